// The results of a session's evaluations for its facilitators and overseers: loaded from the
// server on demand (they gather every device's answers), with the offline and refused cases
// said in French. Owns the loading state only.
import { fetchSessionStats, type SessionFeedbackStats } from '../sync/stats';

export type ResultsStatus = 'idle' | 'loading' | 'ready' | 'offline' | 'error';

export class FeedbackResults {
	status = $state<ResultsStatus>('idle');
	stats = $state.raw<SessionFeedbackStats | null>(null);
	readonly #session: string;

	constructor(session: string) {
		this.#session = session;
	}

	async load(): Promise<void> {
		if (typeof navigator !== 'undefined' && !navigator.onLine) {
			this.status = 'offline';
			return;
		}
		this.status = 'loading';
		try {
			this.stats = await fetchSessionStats(this.#session);
			this.status = 'ready';
		} catch (error) {
			console.error('feedback results unavailable', error);
			this.status = 'error';
		}
	}
}
