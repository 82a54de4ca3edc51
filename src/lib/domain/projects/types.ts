// A project of a commune, as the app and the server name it: its document (meta, description,
// log) and its summary record. Pure types and constants: no storage, no Yjs.

/** Where a project stands. */
export const PROJECT_STATUSES = ['idee', 'cadrage', 'en_cours', 'realise', 'suspendu'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The fields of a project document's `meta` map. */
export interface ProjectMeta {
	title: string;
	status: ProjectStatus;
	/** The `communes` record id. */
	commune: string;
}

/** One dated entry of a project log. */
export interface ProjectLogEntry {
	id: string;
	/** The day it happened, `YYYY-MM-DD`. */
	date: string;
	text: string;
	/** The author's user id. */
	author: string;
	/** When it was written (ms since epoch), to order entries of the same day. */
	createdAt: number;
}

/** A whole project as screens read it. */
export interface Project extends ProjectMeta {
	id: string;
	description: string;
	log: ProjectLogEntry[];
}

/** The `projects` record kept in step with the document (same id as the document). */
export interface ProjectSummary {
	id: string;
	commune: string;
	title: string;
	status: ProjectStatus;
	updatedAt: number;
}

/** Is `value` a known status? */
export function isProjectStatus(value: unknown): value is ProjectStatus {
	return typeof value === 'string' && (PROJECT_STATUSES as readonly string[]).includes(value);
}

/** Log entries newest first (by date, then by time of writing). */
export function sortLog(entries: readonly ProjectLogEntry[]): ProjectLogEntry[] {
	return [...entries].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}
