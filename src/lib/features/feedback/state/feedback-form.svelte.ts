// One evaluation form at the end of a module, on the passed-around tablet (the person picks
// their name, or answers anonymously) or on the élu's own device (their participant row is
// given). Saving writes the answer to IndexedDB and clears the form for the next person.
// Owns the form's fields and errors; reads and writes storage only through local/.
import { isoNow } from '$lib/features/sessions';
import type { UserDatabase } from '$lib/local/db';
import { syncState } from '$lib/state/sync.svelte';
import { validateFeedback, type FeedbackData, type FeedbackKind } from '../domain/feedback';
import { saveFeedback } from '../local/feedback';

/** An objective of the module, as the curriculum states it. */
export interface FeedbackObjective {
	id: string;
	text: string;
}

export interface FeedbackFormOptions {
	session: string;
	module: string;
	kind: FeedbackKind;
	objectives: readonly FeedbackObjective[];
	/** On the élu's own device: their participant row (the name list is not shown). */
	participant?: string;
	/** The user database to save in (tests give their own). @default the signed-in user's */
	database?: () => Promise<UserDatabase>;
}

const signedInDatabase = async () => (await syncState.ready()).db;

export class FeedbackForm {
	readonly options: FeedbackFormOptions;
	participant = $state('');
	anonymous = $state(false);
	satisfaction = $state(0);
	objectives = $state<Record<string, number>>({});
	nextStep = $state('');
	comment = $state('');
	errors = $state<Record<string, string>>({});
	saving = $state(false);
	/** How many answers this form saved (the tablet passes from hand to hand). */
	saved = $state(0);
	saveFailed = $state(false);

	constructor(options: FeedbackFormOptions) {
		this.options = options;
		this.participant = options.participant ?? '';
	}

	/** The answer as it would be saved. */
	data(answeredAt = isoNow()): FeedbackData {
		return {
			session: this.options.session,
			module: this.options.module,
			kind: this.options.kind,
			participant: this.anonymous ? '' : this.participant,
			satisfaction: this.options.kind === 'avant' ? 0 : this.satisfaction,
			objectives: Object.fromEntries(
				Object.entries(this.objectives).filter(([, score]) => score > 0)
			),
			next_step: this.nextStep.trim(),
			comment: this.comment.trim(),
			anonymous: this.anonymous,
			answered_at: answeredAt
		};
	}

	/** Checks and saves; true once the answer is in IndexedDB (the form is then cleared). */
	async save(): Promise<boolean> {
		const data = this.data();
		const errors = validateFeedback(data);
		this.errors = Object.fromEntries(errors.map((e) => [e.field, e.message]));
		if (errors.length) return false;
		this.saving = true;
		this.saveFailed = false;
		try {
			await saveFeedback(await (this.options.database ?? signedInDatabase)(), data);
			if (!this.options.database) syncState.noteLocalWrite();
			this.saved++;
			this.#clear();
			return true;
		} catch (error) {
			console.error('feedback not saved', error);
			this.saveFailed = true;
			return false;
		} finally {
			this.saving = false;
		}
	}

	#clear(): void {
		this.participant = this.options.participant ?? '';
		this.anonymous = false;
		this.satisfaction = 0;
		this.objectives = {};
		this.nextStep = '';
		this.comment = '';
	}
}
