// What the platform needs from the feedback feature (read by the registry, src/lib/collections.ts):
// the `session_feedback` record collection — one answer to a module's evaluation (before it,
// right after it, three months later), written once on the device where it was typed, pulled
// back by its writer only, restored and carried in files. The server twin is
// pocketbase/pb_hooks/lib/sync/collections/session_feedback.js. Service-worker safe.
import { defineCollection, type StoredRecord } from '$lib/local/collection';

export type FeedbackRow = StoredRecord;

declare module '$lib/local/db' {
	interface UserDatabase {
		session_feedback: import('dexie').EntityTable<FeedbackRow, 'id'>;
	}
}

export const sessionFeedbackCollection = defineCollection<FeedbackRow>({
	name: 'session_feedback',
	since: 7,
	indexes: 'id, session, module',
	fields: [
		'session',
		'module',
		'kind',
		'participant',
		'satisfaction',
		'objectives',
		'next_step',
		'comment',
		'anonymous',
		'answered_at'
	],
	restore: 'all',
	bundle: 'all',
	messages: 'feedback',
	label: (data) => ({ module: String(data.module ?? '') })
});

export const collections = [sessionFeedbackCollection];
