// The signed-in user's notifications on screen: replies, mentions of their commune, questions to
// their practice, moderation decisions; how many are unread; marking them read (the read time
// travels to their other devices through sync). Talks to local/network; never renders.
import { watch } from '$lib/local/watch';
import type { Notice } from '../domain/posts';
import { loadNotices, markRead } from '../local/network';
import { defaultDeps, type NetworkDeps } from './deps';

export class Notices {
	items = $state.raw<Notice[]>([]);
	readonly unread = $derived(this.items.filter((n) => !n.readAt).length);
	#stop: (() => void) | undefined;
	#deps: NetworkDeps;

	constructor(deps: NetworkDeps = defaultDeps) {
		this.#deps = deps;
	}

	follow(): void {
		this.#deps
			.db()
			.then((db) => {
				this.#stop = watch(
					() => loadNotices(db),
					(items) => (this.items = items)
				);
			})
			.catch((error: unknown) => console.error('notifications unavailable', error));
	}

	/** Marks every unread notification read. */
	async markAllRead(): Promise<void> {
		const ids = this.items.filter((n) => !n.readAt).map((n) => n.id);
		if (!ids.length) return;
		await markRead(await this.#deps.db(), ids);
		this.#deps.onSaved();
	}

	stop(): void {
		this.#stop?.();
	}
}
