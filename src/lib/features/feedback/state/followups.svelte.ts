// The three-month follow-up of an élu's modules, for the card on their home page: the modules
// they attended under seal (the sessions feature's "Mes sessions" data), minus those already
// answered `froid` on this account (its own answers, pulled back by sync), due 90 days after the
// half-day. Computed on the device, offline; reads storage only through local/.
import { localToday, sessionsBoard, type EluItem } from '$lib/features/sessions';
import { syncState } from '$lib/state/sync.svelte';
import { watch } from '$lib/local/watch';
import { followupsDue, type AttendedModule, type FeedbackData } from '../domain/feedback';
import { loadFeedback } from '../local/feedback';

/** The modules of each half-day an élu attended under seal, with its date. */
export function attendedModules(items: readonly EluItem[]): AttendedModule[] {
	const out: AttendedModule[] = [];
	for (const item of items) {
		for (const slot of item.session.slots) {
			if (!item.attended.includes(slot.key)) continue;
			const modules = slot.modules.length ? slot.modules : item.session.modules;
			for (const module of modules) out.push({ session: item.session.id, module, date: slot.date });
		}
	}
	return out;
}

export class FeedbackFollowups {
	answers = $state.raw<FeedbackData[]>([]);
	today = $state(localToday());
	readonly due = $derived(
		followupsDue(attendedModules(sessionsBoard.attending), this.answers, this.today)
	);
	#stop: (() => void) | undefined;

	/** Follows the answers of this device and the élu's sessions (idempotent). */
	start(): void {
		if (this.#stop) return;
		this.#stop = () => {};
		sessionsBoard.follow();
		syncState
			.ready()
			.then((store) => {
				this.#stop = watch(
					() => loadFeedback(store.db),
					(rows) => {
						this.answers = rows;
						this.today = localToday();
					}
				);
			})
			.catch((error: unknown) => console.error('feedback follow-ups unavailable', error));
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}
}

export const feedbackFollowups = new FeedbackFollowups();
