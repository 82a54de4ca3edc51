// What the platform needs from the learning network (read by the registry, src/lib/collections.ts):
// the `discussions` (threads), `comments` (replies, also to consultations and proposals),
// `reports` (one per post and user) and `notifications` (written by the server, read state sent
// back) record collections. Server twins: pocketbase/pb_hooks/lib/sync/collections/. Posts
// written offline wait in the outbox like any record. Service-worker safe: no Svelte, no state,
// no components.
import { defineCollection, type StoredRecord } from '$lib/local/collection';

/** A stored thread, reply, report or notification: record data plus its id. */
export interface CommunityRow extends StoredRecord {
	id: string;
}

declare module '$lib/local/db' {
	interface UserDatabase {
		discussions: import('dexie').EntityTable<CommunityRow, 'id'>;
		comments: import('dexie').EntityTable<CommunityRow, 'id'>;
		reports: import('dexie').EntityTable<CommunityRow, 'id'>;
		notifications: import('dexie').EntityTable<CommunityRow, 'id'>;
	}
}

/** The data a collection sends: exactly its declared fields (pulled server fields stay home). */
function pick(fields: readonly string[]) {
	return (row: CommunityRow): Record<string, unknown> =>
		Object.fromEntries(fields.filter((f) => row[f] !== undefined).map((f) => [f, row[f]]));
}

const DISCUSSION_FIELDS = ['space_kind', 'space_code', 'title', 'body', 'mentions'] as const;
const COMMENT_FIELDS = ['parent_kind', 'parent', 'body', 'mentions'] as const;
const REPORT_FIELDS = ['target_kind', 'target', 'reason'] as const;
const NOTIFICATION_FIELDS = ['read_at'] as const;

// Posts and replies of other users are pulled too: resending them after a server restore would
// be refused (only an author writes a post), so they are not restored; reports are one's own.
export const discussionsCollection = defineCollection<CommunityRow>({
	name: 'discussions',
	since: 6,
	indexes: 'id, space_kind, space_code, posted',
	fields: DISCUSSION_FIELDS,
	toWire: pick(DISCUSSION_FIELDS),
	restore: 'none',
	bundle: 'never',
	messages: 'discussions',
	label: (data) => ({ title: String(data.title ?? '') })
});

export const commentsCollection = defineCollection<CommunityRow>({
	name: 'comments',
	since: 6,
	indexes: 'id, parent, posted',
	fields: COMMENT_FIELDS,
	toWire: pick(COMMENT_FIELDS),
	restore: 'none',
	bundle: 'never',
	messages: 'discussions',
	label: (data) => ({ title: String(data.body ?? '').slice(0, 60) })
});

export const reportsCollection = defineCollection<CommunityRow>({
	name: 'reports',
	since: 6,
	indexes: 'id, target',
	fields: REPORT_FIELDS,
	toWire: pick(REPORT_FIELDS),
	restore: 'all',
	bundle: 'never',
	messages: 'discussions',
	label: () => ({ title: '' })
});

export const notificationsCollection = defineCollection<CommunityRow>({
	name: 'notifications',
	since: 6,
	indexes: 'id, posted, read_at',
	fields: NOTIFICATION_FIELDS,
	toWire: pick(NOTIFICATION_FIELDS),
	restore: 'none',
	bundle: 'never',
	messages: 'discussions',
	label: (data) => ({ title: String(data.text ?? '').slice(0, 60) })
});

export const collections = [
	discussionsCollection,
	commentsCollection,
	reportsCollection,
	notificationsCollection
];
