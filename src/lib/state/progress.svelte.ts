// The signed-in élu's curriculum progress for every screen: what is marked done (live, across
// tabs, received from their other devices by sync) and marking or unmarking an item.
import { progressKey, voletProgress } from '$lib/domain/curriculum/progress';
import type { User } from '$lib/domain/users';
import type { LocalStore } from '$lib/local/store';
import { doneKeys, saveProgress } from '$lib/local/progress';
import { watch } from '$lib/local/watch';
import { curriculum, type CurriculumLibrary } from './curriculum.svelte';
import { session } from './session.svelte';
import { syncState } from './sync.svelte';

/** Where the marks are kept, whose they are, and the curriculum they count against (tests). */
export interface ProgressDeps {
	store: () => Promise<LocalStore>;
	user: () => Pick<User, 'id'> | null | undefined;
	library: Pick<CurriculumLibrary, 'content'>;
}

const defaultDeps: ProgressDeps = {
	store: () => syncState.ready(),
	user: () => session.user,
	library: curriculum
};

export class ProgressState {
	// Declared first: the derived progress below reads it.
	readonly #deps: ProgressDeps = defaultDeps;
	// Replaced as a whole on every change (raw state), never mutated: a plain Set is right here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	done = $state.raw<ReadonlySet<string>>(new Set());
	loaded = $state(false);
	/** Progress per volet, from the stored curriculum and the marks. */
	readonly volets = $derived(voletProgress(this.#deps.library.content, this.done));
	#stop: (() => void) | undefined;
	#following = false;

	constructor(deps: ProgressDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Starts following the marks of the signed-in user (idempotent). */
	follow(): void {
		if (this.#following) return;
		this.#following = true;
		this.#deps
			.store()
			.then((store) => {
				this.#stop = watch(
					() => doneKeys(store.db),
					(keys) => {
						this.done = keys;
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('progress unavailable', error));
	}

	isDone(module: string, activity?: string): boolean {
		return this.done.has(progressKey(module, activity));
	}

	/** Marks or unmarks an item; resolves once saved on this device. */
	async set(module: string, activity: string | undefined, done: boolean): Promise<void> {
		const user = this.#deps.user();
		if (!user) return;
		const store = await this.#deps.store();
		await saveProgress(store.db, user.id, { module, activity, done });
	}

	stop(): void {
		this.#stop?.();
		this.#following = false;
	}
}

export const progress = new ProgressState();
