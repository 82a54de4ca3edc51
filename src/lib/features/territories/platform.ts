// What the platform needs from the territories feature (read by the registry,
// src/lib/collections.ts): the device-only `territorySummaries` table, where a coordinator's or
// the national team's device keeps the last summaries it read, to show them offline with their
// date. Nothing here is synced as records: summaries come from GET /api/collab/territories/...
// Service-worker safe: no Svelte, no state, no components.
import type { DeviceTable } from '$lib/local/collection';

/** A kept summary: the server's answer as read (domain/summary.ts), when this device fetched it. */
export interface TerritorySummaryRow {
	/** `kind:code` (domain/summary.ts summaryKey). */
	key: string;
	summary: unknown;
	fetchedAt: number;
}

declare module '$lib/local/db' {
	interface UserDatabase {
		territorySummaries: import('dexie').EntityTable<TerritorySummaryRow, 'key'>;
	}
}

export const tables: DeviceTable[] = [
	{ name: 'territorySummaries', since: 15, indexes: 'key, fetchedAt' }
];
