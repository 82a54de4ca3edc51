// Project documents on this device: creating one, the writes a screen makes on its meta, texts,
// tags and log, the charters it is committed to, and the summary record (`projects`, same id as
// the document) that follows every change of title, status, themes, levers or summary text; each
// saved in IndexedDB (document, outbox) before it resolves. The document's shape and reading are
// project-doc.ts, its lists project-lists.ts (re-exported here: this is the module screens' state
// imports). It never checks input (domain/ does) and never talks to the network.
import type * as Y from 'yjs';
import { newId } from '$lib/domain/sync/ids';
import { summaryFields } from '../domain/canvas';
import { textDiff } from '../domain/text-diff';
import type {
	ProjectLogEntry,
	ProjectMeta,
	ProjectPhotoRef,
	ProjectStatus,
	ProjectTextField
} from '../domain/types';
import { edit, projectParts, readProject, type ProjectActor } from './project-doc';
import type { ProjectSummaryRow } from '../platform';
import type { UserDatabase } from '$lib/local/db';
import { saveLocalRecord } from '$lib/local/records';
import type { LocalStore } from '$lib/local/store';

export { projectParts, readProject, type ProjectActor } from './project-doc';
export * from './project-lists';

/** Creates a project document and its summary; resolves with its id once saved. */
export async function createProject(
	store: LocalStore,
	init: { title: string; commune: string; id?: string },
	actor?: ProjectActor
): Promise<string> {
	const id = init.id ?? newId();
	await store.docs.create({ id, type: 'project', commune: init.commune, title: init.title });
	await store.docs.use(id, (doc) => {
		edit(doc, actor, 'title', () => {
			const { meta } = projectParts(doc);
			meta.set('title', init.title.trim());
			meta.set('status', 'idee');
			meta.set('commune', init.commune);
			return true;
		});
	});
	await syncSummary(store, id);
	return id;
}

/** Sets meta fields of an open project document; the summary follows. */
export async function updateProjectMeta(
	store: LocalStore,
	id: string,
	doc: Y.Doc,
	patch: Partial<Pick<ProjectMeta, 'title' | 'status'>>,
	actor?: ProjectActor
): Promise<void> {
	const { meta } = projectParts(doc);
	const set = (key: 'title' | 'status', value: string) =>
		edit(doc, actor, key, () => {
			if (meta.get(key) === value) return false;
			meta.set(key, value);
			return true;
		});
	if (patch.title !== undefined) set('title', patch.title.trim());
	if (patch.status !== undefined) set('status', patch.status satisfies ProjectStatus);
	await syncSummary(store, id, doc);
}

/** Replaces `field` with `value`, as the smallest edit (so concurrent edits merge by character). */
export function setText(
	doc: Y.Doc,
	field: ProjectTextField,
	value: string,
	actor?: ProjectActor
): void {
	const target = projectParts(doc)[field];
	edit(doc, actor, field, () => {
		const current = target.toString();
		if (current === value) return false;
		const change = textDiff(current, value);
		target.delete(change.start, change.removed);
		target.insert(change.start, change.inserted);
		return true;
	});
}

/** Makes the set of themes (or levers) exactly `tags`, touching only the boxes that changed. */
export function setTags(
	doc: Y.Doc,
	kind: 'themes' | 'levers',
	tags: readonly string[],
	actor?: ProjectActor
): void {
	const set = projectParts(doc)[kind];
	edit(doc, actor, kind, () => {
		const removed = [...set.keys()].filter((key) => !tags.includes(key));
		const added = tags.filter((key) => !set.has(key));
		removed.forEach((key) => set.delete(key));
		added.forEach((key) => set.set(key, true));
		return removed.length + added.length > 0;
	});
}

/** Appends a dated log entry; returns it. */
export function addLogEntry(
	doc: Y.Doc,
	entry: { date: string; text: string; author: string; id?: string; photos?: ProjectPhotoRef[] },
	actor?: ProjectActor
): ProjectLogEntry {
	const full: ProjectLogEntry = {
		id: entry.id ?? newId(),
		date: entry.date,
		text: entry.text.trim(),
		author: entry.author,
		createdAt: Date.now(),
		...(entry.photos?.length ? { photos: entry.photos } : {})
	};
	edit(doc, actor, 'log', () => {
		projectParts(doc).log.push([full]);
		return true;
	});
	return full;
}

/** The project summaries on this device (every commune), most recently updated first. */
export async function loadProjectSummaries(db: UserDatabase): Promise<ProjectSummaryRow[]> {
	return db.projects.orderBy('updatedAt').reverse().toArray();
}

/**
 * Re-derives the summaries of the project documents that other devices changed (after a pull),
 * so that the merged title, status, themes and levers reach lists and dashboards even if nobody
 * opens the project. Writes (and queues) only summaries that differ.
 */
export async function refreshProjectSummaries(
	store: LocalStore,
	docs: { id: string; type: string }[]
): Promise<void> {
	for (const doc of docs) if (doc.type === 'project') await syncSummary(store, doc.id);
}

/**
 * Brings the summary (Dexie `projects` row, queued `projects` record, document title in the
 * metadata) in step with the document when its title, status, commune, themes, levers or
 * summary text changed. Resolves with whether anything changed.
 */
export async function syncSummary(store: LocalStore, id: string, open?: Y.Doc): Promise<boolean> {
	const project = open
		? readProject(id, open)
		: await store.docs.use(id, (d) => readProject(id, d));
	const fields = summaryFields(project);
	const current = await store.db.projects.get(id);
	const same =
		current &&
		(Object.keys(fields) as (keyof typeof fields)[]).every(
			(key) =>
				JSON.stringify(current[key] ?? (key === 'summary' ? '' : [])) ===
				JSON.stringify(fields[key])
		);
	if (same) return false;
	await saveLocalRecord(store.db, 'projects', id, fields);
	await store.db.docs.update(id, { title: project.title });
	return true;
}

/** A signed charter that commits to a project, as the project document remembers it. */
export interface ProjectCharterLink {
	/** The charter record id. */
	id: string;
	/** Its receipt code (`XXXX-XXXX-XXXX`) and signing time (ISO), shown on the project page. */
	receipt: string;
	signedAt: string;
	/** The signer's name. */
	signer: string;
}

/**
 * The charters linked to a project, from the top-level Y.Map `charters` { charterId: link }.
 * Why the project holds the link: a signed charter never changes, so a charter signed before
 * its project existed (or with "I'll choose later") can only be linked from the project side.
 * The rule: a project is committed to by every charter whose sealed `project_id` names it, and
 * by every charter listed here; signing with a project also lists it here, so every élu of the
 * commune sees the link on any device. A map keyed by charter id, not one meta field: two élus
 * linking their own charters offline both keep their link.
 */
export function readProjectCharters(doc: Y.Doc): ProjectCharterLink[] {
	const links: ProjectCharterLink[] = [];
	for (const [id, value] of doc.getMap<unknown>('charters').entries()) {
		const link = (value ?? {}) as Partial<ProjectCharterLink>;
		if (typeof link.receipt !== 'string' || typeof link.signedAt !== 'string') continue;
		links.push({
			id,
			receipt: link.receipt,
			signedAt: link.signedAt,
			signer: String(link.signer ?? '')
		});
	}
	return links.sort((a, b) => a.signedAt.localeCompare(b.signedAt));
}

/** Lists `link` among the project's charters (see readProjectCharters); false if already there. */
export function linkProjectCharter(
	doc: Y.Doc,
	link: ProjectCharterLink,
	actor?: ProjectActor
): boolean {
	return edit(doc, actor, 'charters', () => {
		const charters = doc.getMap<unknown>('charters');
		if (charters.has(link.id)) return false;
		charters.set(link.id, {
			receipt: link.receipt,
			signedAt: link.signedAt,
			signer: link.signer
		});
		return true;
	});
}
