// The follow-up reminder of an élu's project, for the home page: reads the project's start (its
// first history line, written when it was framed) and its log from the Yjs document on this
// device, the calendar from the curriculum resource `suivi-un-an`, and says which check-in is due
// today. Read-only and offline: it never writes the log and never talks to the network.
import type { LocalDoc } from '$lib/local/docs';
import { localDay, readProject } from '$lib/features/projects';
import { curriculum } from '$lib/state/curriculum.svelte';
import { syncState } from '$lib/state/sync.svelte';
import { dueCheckIn } from '../domain/due';

/** The resource that holds the follow-up calendar (`data.followup`). */
export const FOLLOWUP_RESOURCE = 'suivi-un-an';

export class FollowupReminder {
	/** The project's first day (`YYYY-MM-DD`), '' until read or when it has no history. */
	start = $state('');
	/** The days of its log entries: the day written and the day of writing, both count. */
	logDays = $state.raw<string[]>([]);
	/** The device's calendar day, read when following starts. */
	today = $state(localDay(Date.now()));
	/** The calendar of check-ins, from the stored curriculum. */
	readonly points = $derived(curriculum.resource(FOLLOWUP_RESOURCE)?.data.followup ?? []);
	/** The check-in to ask for now, or null. */
	readonly due = $derived(dueCheckIn(this.start, this.points, this.today, this.logDays));

	/**
	 * Follows the project `id` on this device; returns the stop function.
	 * @param fallbackStart a day to count from when the project has no history (e.g. the day the
	 *   élu signed the charter), `YYYY-MM-DD` or ''
	 */
	follow(id: string, fallbackStart = ''): () => void {
		let local: LocalDoc | undefined;
		let closed = false;
		const read = () => {
			if (!local) return;
			const project = readProject(id, local.doc);
			const first = project.history.reduce((min, line) => Math.min(min, line.at), Infinity);
			this.start = Number.isFinite(first) ? localDay(first) : fallbackStart;
			this.logDays = project.log.flatMap((entry) => [entry.date, localDay(entry.createdAt)]);
			this.today = localDay(Date.now());
		};
		syncState
			.ready()
			.then((store) => store.docs.acquire(id))
			.then((acquired) => {
				if (closed) return acquired.release();
				local = acquired;
				read();
				acquired.doc.on('update', read);
			})
			.catch((error: unknown) => console.error('follow-up unavailable', error));
		return () => {
			closed = true;
			local?.doc.off('update', read);
			void local?.release();
		};
	}
}
