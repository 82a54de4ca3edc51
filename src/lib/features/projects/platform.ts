// What the platform needs from the projects feature (read by the registry,
// src/lib/collections.ts): the `projects` record collection — the summary of each project
// document, same id as the document, re-derived from it after every merge — and the device-only
// `framings` table (an élu's framing drafts, never synced), and what sync/ and the service worker
// call: re-deriving summaries after a merge, a summary for a file bundle, unsent drafts.
import type { Framing } from './domain/framing';
import { defineCollection, type DeviceTable } from '$lib/local/collection';

export { countUnsentDrafts } from './local/framings';

type ProjectsModule = typeof import('./local/projects');

// local/projects saves summaries through local/records, which reaches the registry
// (src/lib/collections.ts), which reads this file: imported on call, not at load, so that the
// registry never meets this module half-evaluated (the service worker failed to start so).

/** Re-derives the summary of every project document on this device (after a merge). */
export async function refreshProjectSummaries(
	...args: Parameters<ProjectsModule['refreshProjectSummaries']>
): ReturnType<ProjectsModule['refreshProjectSummaries']> {
	const local = await import('./local/projects');
	return local.refreshProjectSummaries(...args);
}

/** Saves the summary of one project document (for a file bundle or after an edit). */
export async function syncSummary(
	...args: Parameters<ProjectsModule['syncSummary']>
): ReturnType<ProjectsModule['syncSummary']> {
	const local = await import('./local/projects');
	return local.syncSummary(...args);
}

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
