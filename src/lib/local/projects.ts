// Project documents on this device: the Yjs shape of a project (built to grow into the full
// canvas) and the writes a screen makes, each saved in IndexedDB (document, outbox) before it
// resolves. The summary record (`projects`, same id as the document) follows every change of
// title or status. It never checks input (domain/projects does) and never talks to the network.
//
// Shape: Y.Map `meta` { title, status, commune } (last writer wins per field), Y.Text
// `description` (concurrent edits merge by character), Y.Array `log` of plain entries.
import * as Y from 'yjs';
import { newId } from '$lib/domain/sync/ids';
import {
	isProjectStatus,
	type Project,
	type ProjectLogEntry,
	type ProjectMeta,
	type ProjectStatus
} from '$lib/domain/projects/types';
import type { LocalStore } from './store';
import { saveLocalRecord } from './records';

/** The parts of a project document. */
export function projectParts(doc: Y.Doc) {
	return {
		meta: doc.getMap<unknown>('meta'),
		description: doc.getText('description'),
		log: doc.getArray<ProjectLogEntry>('log')
	};
}

/** Reads a whole project out of its document. */
export function readProject(id: string, doc: Y.Doc): Project {
	const { meta, description, log } = projectParts(doc);
	const status = meta.get('status');
	return {
		id,
		title: String(meta.get('title') ?? ''),
		status: isProjectStatus(status) ? status : 'idee',
		commune: String(meta.get('commune') ?? ''),
		description: description.toString(),
		log: log.toArray()
	};
}

/** Creates a project document and its summary; resolves with its id once saved. */
export async function createProject(
	store: LocalStore,
	init: { title: string; commune: string; id?: string }
): Promise<string> {
	const id = init.id ?? newId();
	await store.docs.create({ id, type: 'project', commune: init.commune, title: init.title });
	await store.docs.use(id, (doc) => {
		doc.transact(() => {
			const { meta } = projectParts(doc);
			meta.set('title', init.title.trim());
			meta.set('status', 'idee');
			meta.set('commune', init.commune);
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
	patch: Partial<Pick<ProjectMeta, 'title' | 'status'>>
): Promise<void> {
	doc.transact(() => {
		const { meta } = projectParts(doc);
		if (patch.title !== undefined && meta.get('title') !== patch.title.trim()) {
			meta.set('title', patch.title.trim());
		}
		if (patch.status !== undefined && meta.get('status') !== patch.status) {
			meta.set('status', patch.status satisfies ProjectStatus);
		}
	});
	await syncSummary(store, id, doc);
}

/** Replaces the description with `text`, as a minimal edit (so concurrent edits merge). */
export function setDescription(doc: Y.Doc, text: string): void {
	const { description } = projectParts(doc);
	const current = description.toString();
	if (current === text) return;
	let start = 0;
	while (start < current.length && start < text.length && current[start] === text[start]) start++;
	let end = 0;
	while (
		end < current.length - start &&
		end < text.length - start &&
		current[current.length - 1 - end] === text[text.length - 1 - end]
	) {
		end++;
	}
	doc.transact(() => {
		description.delete(start, current.length - start - end);
		description.insert(start, text.slice(start, text.length - end));
	});
}

/** Appends a dated log entry; returns it. */
export function addLogEntry(
	doc: Y.Doc,
	entry: { date: string; text: string; author: string }
): ProjectLogEntry {
	const full: ProjectLogEntry = {
		id: newId(),
		date: entry.date,
		text: entry.text.trim(),
		author: entry.author,
		createdAt: Date.now()
	};
	projectParts(doc).log.push([full]);
	return full;
}

/**
 * Brings the summary (Dexie `projects` row, queued `projects` record, document title in the
 * metadata) in step with the document when its title, status or commune changed. Resolves
 * with whether anything changed.
 */
export async function syncSummary(store: LocalStore, id: string, open?: Y.Doc): Promise<boolean> {
	const project = open
		? readProject(id, open)
		: await store.docs.use(id, (d) => readProject(id, d));
	const current = await store.db.projects.get(id);
	if (
		current &&
		current.title === project.title &&
		current.status === project.status &&
		current.commune === project.commune
	) {
		return false;
	}
	await saveLocalRecord(store.db, 'projects', id, {
		commune: project.commune,
		title: project.title,
		status: project.status
	});
	await store.db.docs.update(id, { title: project.title });
	return true;
}
