// The signed-in élu's curriculum progress for every screen: what is marked done (live, across
// tabs, received from their other devices by sync) and marking or unmarking an item.
import { progressKey, voletProgress } from '$lib/domain/curriculum/progress';
import { doneKeys, saveProgress } from '$lib/local/progress';
import { watch } from '$lib/local/watch';
import { curriculum } from './curriculum.svelte';
import { session } from './session.svelte';
import { syncState } from './sync.svelte';

export class ProgressState {
	// Replaced as a whole on every change (raw state), never mutated: a plain Set is right here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	done = $state.raw<ReadonlySet<string>>(new Set());
	loaded = $state(false);
	/** Progress per volet, from the stored curriculum and the marks. */
	readonly volets = $derived(voletProgress(curriculum.content, this.done));
	#stop: (() => void) | undefined;
	#following = false;

	/** Starts following the marks of the signed-in user (idempotent). */
	follow(): void {
		if (this.#following) return;
		this.#following = true;
		syncState
			.ready()
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
		const user = session.user;
		if (!user) return;
		const store = await syncState.ready();
		await saveProgress(store.db, user.id, { module, activity, done });
	}

	stop(): void {
		this.#stop?.();
		this.#following = false;
	}
}

export const progress = new ProgressState();
