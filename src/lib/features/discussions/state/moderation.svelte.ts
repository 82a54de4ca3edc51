// The moderation queue on screen, for coordinators and the national team: loaded on demand from
// the server, a decision (hide or show again with a reason) sent at once. Online only. Never
// renders, never stores anything.
import { getPocketBase } from '$lib/sync/pocketbase';
import { decide, fetchQueue, type ModerationAnswer, type ModerationItem } from '../sync/moderation';

export class ModerationQueue {
	loading = $state(false);
	answer = $state.raw<ModerationAnswer | null>(null);
	/** The reason typed for each item, by id. */
	reasons = $state<Record<string, string>>({});
	/** The outcome of the last decision per item: '' done, else the French reason. */
	outcome = $state<Record<string, string>>({});

	async load(): Promise<void> {
		if (this.loading) return;
		this.loading = true;
		try {
			this.answer = await fetchQueue(await getPocketBase());
		} catch (error) {
			console.error('moderation queue failed', error);
			this.answer = { status: 'server' };
		} finally {
			this.loading = false;
		}
	}

	/** Hides or shows `item` again with the typed reason, then reloads the queue. */
	async decide(item: ModerationItem, action: 'hide' | 'unhide'): Promise<void> {
		const problem = await decide(await getPocketBase(), item, action, this.reasons[item.id] ?? '');
		this.outcome = { ...this.outcome, [item.id]: problem };
		if (!problem) await this.load();
	}
}
