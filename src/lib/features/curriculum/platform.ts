// What the platform needs from the curriculum feature (read by the registry,
// src/lib/collections.ts): the `progress` record collection — which élu marked which module or
// activity done (one deterministic id per élu and item). The rest of the curriculum (content
// download, search, screens) still lives by layer and moves here when next reworked.
import { defineCollection } from '$lib/local/collection';

/** A `progress` record (which élu completed which module or activity). */
export interface ProgressRow {
	id: string;
	[field: string]: unknown;
}

declare module '$lib/local/db' {
	interface UserDatabase {
		progress: import('dexie').EntityTable<ProgressRow, 'id'>;
	}
}

export const progressCollection = defineCollection<ProgressRow>({
	name: 'progress',
	since: 1,
	indexes: 'id',
	fields: ['module', 'activity', 'done', 'done_at'],
	restore: 'all',
	bundle: 'all',
	messages: 'progress',
	label: (data) => ({ item: String(data.activity || data.module || '') })
});

export const collections = [progressCollection];
