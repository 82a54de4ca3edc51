// The moderation routes (pocketbase/README.md, "Modération"): the queue of reported or hidden
// posts of the moderator's territory, and a decision (hide or show again, with a reason the
// author receives). Online only, like publishing: a decision is deliberate and checked at once.
// Never stores anything.
import type PocketBase from 'pocketbase';
import { requestFailure } from '$lib/sync/failure';

export interface ModerationItem {
	kind: 'discussion' | 'comment' | 'proposal';
	id: string;
	title: string;
	body: string;
	hidden: boolean;
	reports: number;
	reasons: Record<string, number>;
	moderationReason: string;
	spaceKind: string;
	spaceCode: string;
	authorName: string;
	created: string;
}

export type ModerationAnswer =
	{ status: 'ok'; items: ModerationItem[] } | { status: 'offline' | 'forbidden' | 'server' };

/** The queue. Never throws. */
export async function fetchQueue(pb: PocketBase): Promise<ModerationAnswer> {
	try {
		const body = (await pb.send('/api/collab/moderation', { method: 'GET', requestKey: null })) as {
			items?: unknown;
		};
		return {
			status: 'ok',
			items: Array.isArray(body.items) ? (body.items as ModerationItem[]) : []
		};
	} catch (error) {
		const { kind } = requestFailure(error);
		return { status: kind === 'offline' || kind === 'forbidden' ? kind : 'server' };
	}
}

/** Hides or shows a post again; resolves with '' or the server's French reason. Never throws. */
export async function decide(
	pb: PocketBase,
	item: Pick<ModerationItem, 'kind' | 'id'>,
	action: 'hide' | 'unhide',
	reason: string
): Promise<string> {
	try {
		await pb.send(`/api/collab/moderation/${item.kind}/${encodeURIComponent(item.id)}`, {
			method: 'POST',
			body: { action, reason },
			requestKey: null
		});
		return '';
	} catch (error) {
		const { kind, message } = requestFailure(error);
		if (kind === 'offline') return 'pas de connexion à Internet.';
		return message || 'le serveur n’a pas répondu comme prévu.';
	}
}
