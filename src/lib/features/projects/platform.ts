// What the platform needs from the projects feature (read by the registry,
// src/lib/collections.ts): the `projects` record collection — the summary of each project
// document, same id as the document, re-derived from it after every merge — and the device-only
// `framings` table (an élu's framing drafts, never synced), and unsent drafts for the sync
// screen. It never imports local/projects: that module saves summaries through local/records,
// which reaches the registry (src/lib/collections.ts), which reads this file — a cycle that left
// the service worker unable to start. The sync engine's callers and the worker import the
// summary functions (refreshProjectSummaries, syncSummary) from local/projects directly.
import type { Framing } from './domain/framing';
import { defineCollection, type DeviceTable } from '$lib/local/collection';

export { countUnsentDrafts } from './local/framings';
// A rule of the project log the photos feature applies when photos are picked: read from here,
// not from index.ts, whose state imports the photos feature back (a cycle at load).
export { MAX_PHOTOS_PER_ENTRY } from './domain/validation';

/** A project summary (the `projects` record of a project document, same id as the document). */
export interface ProjectSummaryRow {
	id: string;
	commune: string;
	title: string;
	status: string;
	updatedAt: number;
	[field: string]: unknown;
}

/** An élu's framing draft (module es-4), kept on this device only: see ./local/framings.ts. */
export type FramingRow = Framing;

declare module '$lib/local/db' {
	interface UserDatabase {
		projects: import('dexie').EntityTable<ProjectSummaryRow, 'id'>;
		framings: import('dexie').EntityTable<FramingRow, 'id'>;
	}
}

export const projectsCollection = defineCollection<ProjectSummaryRow>({
	name: 'projects',
	since: 1,
	indexes: 'id, commune, updatedAt',
	fields: ['commune', 'title', 'status', 'summary', 'themes', 'levers'],
	// Only summaries of documents this device holds: a coordinator's pulled summaries are not theirs
	// to write back.
	restore: 'with-doc',
	bundle: 'with-doc',
	docLinked: true,
	messages: 'projects',
	label: (data) => ({ title: String(data.title ?? '') })
});

export const collections = [projectsCollection];
export const tables: DeviceTable[] = [{ name: 'framings', since: 4, indexes: 'id' }];
