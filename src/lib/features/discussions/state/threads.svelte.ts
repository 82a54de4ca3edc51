// One space of the learning network on screen: its threads (pulled and written here, each with
// its standing) and the form of a new thread, saved on the device first. Talks to local/network;
// never renders, never sends anything itself (the sync engine does).
import { watch } from '$lib/local/watch';
import type { Post } from '../domain/posts';
import { DISCUSSION_LIMITS } from '../domain/limits';
import type { SpaceKind } from '../domain/spaces';
import { loadThreads, saveThread, type WithStanding } from '../local/network';
import { defaultDeps, type NetworkDeps } from './deps';
import { mentionsReason, textReason } from './validate';

export class SpaceThreads {
	threads = $state.raw<WithStanding<Post & { replies: number }>[]>([]);
	loaded = $state(false);
	title = $state('');
	body = $state('');
	mentions = $state<string[]>([]);
	/** The French reason the last attempt to publish failed, or ''. */
	error = $state('');
	saving = $state(false);
	#stop: (() => void) | undefined;
	#deps: NetworkDeps;

	constructor(
		readonly kind: SpaceKind,
		readonly code: string,
		deps: NetworkDeps = defaultDeps
	) {
		this.#deps = deps;
	}

	/** Starts following the space's threads on the device. */
	follow(): void {
		this.#deps
			.db()
			.then((db) => {
				this.#stop = watch(
					() => loadThreads(db, this.kind, this.code),
					(threads) => {
						this.threads = threads;
						this.loaded = true;
					}
				);
			})
			.catch((error: unknown) => console.error('threads unavailable', error));
	}

	/** Saves the new thread on the device; resolves with its id, or '' when refused (see `error`). */
	async publish(): Promise<string> {
		this.error =
			textReason(this.title, DISCUSSION_LIMITS.titleMax) ||
			textReason(this.body, DISCUSSION_LIMITS.bodyMax, false) ||
			mentionsReason(this.mentions);
		if (this.error) return '';
		this.saving = true;
		try {
			const id = await saveThread(await this.#deps.db(), {
				spaceKind: this.kind,
				spaceCode: this.code,
				title: this.title.trim(),
				body: this.body,
				mentions: [...this.mentions]
			});
			this.title = '';
			this.body = '';
			this.mentions = [];
			this.#deps.onSaved();
			return id;
		} catch (error) {
			console.error('thread not saved', error);
			this.error = 'save';
			return '';
		} finally {
			this.saving = false;
		}
	}

	stop(): void {
		this.#stop?.();
	}
}
