// The signed-in élu's quiz results for every screen (the Formation page, a module page, the
// home page): their attempts stored on this device (taken here or received from their other
// devices by sync), as the latest score per module, before and after. Read-only.
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';
import { watch } from '$lib/local/watch';
import { latestResults, type ModuleQuizResult, type QuizAttempt } from '../domain/quiz';
import { loadAttempts } from '../local/attempts';

export class QuizResults {
	attempts = $state.raw<QuizAttempt[]>([]);
	loaded = $state(false);
	/** Latest score per module and phase. */
	readonly byModule = $derived(latestResults(this.attempts));
	#following = false;
	#stop: (() => void) | undefined;

	/** Starts following the attempts of the signed-in user (idempotent). */
	follow(): void {
		if (this.#following) return;
		this.#following = true;
		syncState
			.ready()
			.then((store) => {
				this.#stop = watch(
					() => loadAttempts(store.db),
					(attempts) => {
						this.attempts = attempts;
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('quiz results unavailable', error));
	}

	/** The results of one module, if the élu took its quiz. */
	of(module: string): ModuleQuizResult | undefined {
		return this.byModule.get(module);
	}

	/** The user database to save an attempt in (the signed-in user's). */
	async database() {
		if (!session.user) throw new Error('no signed-in user');
		return (await syncState.ready()).db;
	}

	stop(): void {
		this.#stop?.();
		this.#following = false;
	}
}

/** The page's one set of quiz results. */
export const quizResults = new QuizResults();
