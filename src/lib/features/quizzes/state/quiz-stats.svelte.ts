// The per-module quiz aggregate for facilitators, coordinators and the national team, loaded on
// demand from the server (it is not kept on the device: it changes with every élu's attempt).
import { getPocketBase } from '$lib/sync/pocketbase';
import { fetchQuizStats, type QuizStatsAnswer } from '../sync/stats';

export class QuizStats {
	loading = $state(false);
	answer = $state.raw<QuizStatsAnswer | null>(null);

	/** Loads the aggregate; never rejects (the outcome is in `answer`). */
	async load(): Promise<void> {
		if (this.loading) return;
		this.loading = true;
		try {
			this.answer = await fetchQuizStats(await getPocketBase());
		} catch (error) {
			console.error('quiz stats failed', error);
			this.answer = { status: 'server' };
		} finally {
			this.loading = false;
		}
	}
}
