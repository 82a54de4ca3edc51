// One thread on screen: the thread itself (with its standing) and its replies (a Comments of
// the thread). Talks to local/network; never renders, never sends anything itself.
import { watch } from '$lib/local/watch';
import type { Post } from '../domain/posts';
import { loadThread, type WithStanding } from '../local/network';
import { Comments } from './comments.svelte';
import { defaultDeps, type NetworkDeps } from './deps';

export class ThreadView {
	thread = $state.raw<WithStanding<Post> | null>(null);
	loaded = $state(false);
	readonly comments: Comments;
	#stop: (() => void) | undefined;
	#deps: NetworkDeps;

	constructor(
		readonly id: string,
		deps: NetworkDeps = defaultDeps
	) {
		this.#deps = deps;
		this.comments = new Comments('discussion', id, deps);
	}

	follow(): void {
		this.comments.follow();
		this.#deps
			.db()
			.then((db) => {
				this.#stop = watch(
					() => loadThread(db, this.id),
					(found) => {
						this.thread = found?.thread ?? null;
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('thread unavailable', error));
	}

	stop(): void {
		this.#stop?.();
		this.comments.stop();
	}
}
