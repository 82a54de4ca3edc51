// Project documents on this device: the Yjs shape of a project canvas and the writes a screen
// makes, each saved in IndexedDB (document, outbox) before it resolves. The summary record
// (`projects`, same id as the document) follows every change of title, status, themes, levers
// or summary text. It never checks input (domain/projects does) and never talks to the network.
//
// Shape (every part a top-level type, so a part two devices create offline is the same part):
// - Y.Map `meta` { title, status, commune, budget }: short values, last writer wins per field.
// - Y.Text `local_problem`, `proposed_solution`, `description`: one Y.Text per field, edited
//   as the smallest diff from its current text. Chosen over one string per field in a Y.Map
//   because a map entry is last-writer-wins: two élus typing in the same field offline would
//   lose one text whole, whereas Y.Text keeps both insertions, and separate Y.Texts keep edits
//   of different fields independent.
// - Y.Map `themes`, `levers` { key: true }: a set; two devices ticking different boxes keep both.
// - Y.Array `stakeholders`, `method`, `milestones`, `indicators`, `funders` of Y.Map items
//   (id + fields, last writer wins per field); an indicator holds a Y.Array `measurements`.
//   Yjs cannot move an item: a move deletes it and inserts a copy (same id), so an edit of that
//   item made meanwhile on another device is lost, and two concurrent moves leave two copies, of
//   which readers keep the first.
// - Y.Array `log` (plain entries) and `history` (plain lines: who changed which part, when),
//   the history line appended in the same transaction as the change it describes.
// Documents written before the canvas (meta title/status/commune, description, log) read as a
// canvas with empty parts.
import * as Y from 'yjs';
import { newId } from '$lib/domain/sync/ids';
import { needsHistoryLine, summaryFields } from '$lib/domain/projects/canvas';
import { isImpactTheme, isSymbioticLever } from '$lib/domain/programme';
import {
	isProjectStatus,
	isStakeholderType,
	type Indicator,
	type Measurement,
	type Project,
	type ProjectHistoryEntry,
	type ProjectListItems,
	type ProjectListName,
	type ProjectLogEntry,
	type ProjectMeta,
	type ProjectPhotoRef,
	type ProjectSection,
	type ProjectStatus,
	type ProjectTextField
} from '$lib/domain/projects/types';
import type { LocalStore } from './store';
import { saveLocalRecord } from './records';

/** Who makes a change, as the history records it. */
export interface ProjectActor {
	id: string;
	name: string;
}

type Item = Y.Map<unknown>;

/** The parts of a project document. */
export function projectParts(doc: Y.Doc) {
	return {
		meta: doc.getMap<unknown>('meta'),
		description: doc.getText('description'),
		local_problem: doc.getText('local_problem'),
		proposed_solution: doc.getText('proposed_solution'),
		themes: doc.getMap<boolean>('themes'),
		levers: doc.getMap<boolean>('levers'),
		stakeholders: doc.getArray<Item>('stakeholders'),
		method: doc.getArray<Item>('method'),
		milestones: doc.getArray<Item>('milestones'),
		indicators: doc.getArray<Item>('indicators'),
		funders: doc.getArray<Item>('funders'),
		log: doc.getArray<ProjectLogEntry>('log'),
		history: doc.getArray<ProjectHistoryEntry>('history')
	};
}

const text = (item: Item, key: string) => {
	const value = item.get(key);
	return typeof value === 'string' ? value : '';
};
const numberOrNull = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? value : null;

function readMeasurements(item: Item): Measurement[] {
	const list = item.get('measurements');
	if (!(list instanceof Y.Array)) return [];
	return (list.toArray() as Measurement[])
		.filter((m) => typeof m?.value === 'number')
		.sort((a, b) => a.date.localeCompare(b.date));
}

/** Reads a whole project out of its document (any shape written so far). */
export function readProject(id: string, doc: Y.Doc): Project {
	const parts = projectParts(doc);
	const { meta } = parts;
	const status = meta.get('status');
	// Two devices moving the same item each insert a copy: the first copy wins.
	const items = (list: Y.Array<Item>) => {
		const seen = new Set<unknown>();
		return list.toArray().filter((i) => {
			if (!(i instanceof Y.Map) || seen.has(i.get('id'))) return false;
			seen.add(i.get('id'));
			return true;
		});
	};
	return {
		id,
		title: String(meta.get('title') ?? ''),
		status: isProjectStatus(status) ? status : 'idee',
		commune: String(meta.get('commune') ?? ''),
		description: parts.description.toString(),
		local_problem: parts.local_problem.toString(),
		proposed_solution: parts.proposed_solution.toString(),
		themes: [...parts.themes.keys()].filter(isImpactTheme).sort(),
		levers: [...parts.levers.keys()].filter(isSymbioticLever).sort(),
		stakeholders: items(parts.stakeholders).map((i) => {
			const type = i.get('type');
			return {
				id: text(i, 'id'),
				name: text(i, 'name'),
				type: isStakeholderType(type) ? type : 'autre',
				role: text(i, 'role')
			};
		}),
		method: items(parts.method).map((i) => ({ id: text(i, 'id'), text: text(i, 'text') })),
		milestones: items(parts.milestones).map((i) => ({
			id: text(i, 'id'),
			label: text(i, 'label'),
			date: text(i, 'date'),
			done: i.get('done') === true
		})),
		indicators: items(parts.indicators).map((i): Indicator => ({
			id: text(i, 'id'),
			name: text(i, 'name'),
			unit: text(i, 'unit'),
			baseline: numberOrNull(i.get('baseline')),
			target: numberOrNull(i.get('target')),
			measurements: readMeasurements(i)
		})),
		budget: numberOrNull(meta.get('budget')),
		funders: items(parts.funders).map((i) => ({
			id: text(i, 'id'),
			name: text(i, 'name'),
			amount: numberOrNull(i.get('amount'))
		})),
		log: parts.log.toArray(),
		history: parts.history.toArray()
	};
}

/**
 * Runs `change` in one transaction and, when it changed something and an actor is given, appends
 * the history line in the same transaction (unless the same person just changed the same part).
 */
function edit(
	doc: Y.Doc,
	actor: ProjectActor | undefined,
	section: ProjectSection,
	change: () => boolean
): boolean {
	let changed = false;
	doc.transact(() => {
		changed = change();
		if (!changed || !actor) return;
		const { history } = projectParts(doc);
		const line = { author: actor.id, name: actor.name, at: Date.now(), section };
		if (needsHistoryLine(history.toArray(), line)) history.push([line]);
	});
	return changed;
}

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
		let start = 0;
		while (start < current.length && start < value.length && current[start] === value[start]) {
			start++;
		}
		let end = 0;
		while (
			end < current.length - start &&
			end < value.length - start &&
			current[current.length - 1 - end] === value[value.length - 1 - end]
		) {
			end++;
		}
		target.delete(start, current.length - start - end);
		target.insert(start, value.slice(start, value.length - end));
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

function findItem(doc: Y.Doc, list: ProjectListName, id: string): [Item, number] | null {
	const array = projectParts(doc)[list];
	for (let index = 0; index < array.length; index++) {
		const item = array.get(index);
		if (item instanceof Y.Map && item.get('id') === id) return [item, index];
	}
	return null;
}

/** Appends an item to a canvas list; returns its id. */
export function addItem<L extends ProjectListName>(
	doc: Y.Doc,
	list: L,
	fields: ProjectListItems[L],
	actor?: ProjectActor
): string {
	const id = newId();
	edit(doc, actor, list === 'funders' ? 'budget' : list, () => {
		const item = new Y.Map<unknown>();
		item.set('id', id);
		for (const [key, value] of Object.entries(fields)) item.set(key, value);
		if (list === 'indicators') item.set('measurements', new Y.Array<Measurement>());
		projectParts(doc)[list].push([item]);
		return true;
	});
	return id;
}

/** Changes fields of an item of a canvas list (the others keep their value). */
export function updateItem<L extends ProjectListName>(
	doc: Y.Doc,
	list: L,
	id: string,
	patch: Partial<ProjectListItems[L]>,
	actor?: ProjectActor
): void {
	edit(doc, actor, list === 'funders' ? 'budget' : list, () => {
		const found = findItem(doc, list, id);
		if (!found) return false;
		let changed = false;
		for (const [key, value] of Object.entries(patch)) {
			if (value !== undefined && found[0].get(key) !== value) {
				found[0].set(key, value);
				changed = true;
			}
		}
		return changed;
	});
}

/** Removes an item of a canvas list (every copy of it, see "move" above). */
export function removeItem(doc: Y.Doc, list: ProjectListName, id: string, actor?: ProjectActor) {
	edit(doc, actor, list === 'funders' ? 'budget' : list, () => {
		const array = projectParts(doc)[list];
		let removed = false;
		for (let index = array.length - 1; index >= 0; index--) {
			const item = array.get(index);
			if (item instanceof Y.Map && item.get('id') === id) {
				array.delete(index, 1);
				removed = true;
			}
		}
		return removed;
	});
}

/** Moves an item of a canvas list one place up (-1) or down (+1), keeping its id and fields. */
export function moveItem(
	doc: Y.Doc,
	list: 'method' | 'milestones' | 'stakeholders',
	id: string,
	delta: -1 | 1,
	actor?: ProjectActor
): void {
	edit(doc, actor, list, () => {
		const array = projectParts(doc)[list];
		const found = findItem(doc, list, id);
		if (!found) return false;
		const [item, index] = found;
		const to = index + delta;
		if (to < 0 || to >= array.length) return false;
		// A Yjs type cannot be re-inserted: the moved item is a copy with the same id.
		const copy = new Y.Map<unknown>();
		for (const [key, value] of item.entries()) copy.set(key, value);
		array.delete(index, 1);
		array.insert(to, [copy]);
		return true;
	});
}

/** Adds a dated measurement to an indicator. */
export function addMeasurement(
	doc: Y.Doc,
	indicatorId: string,
	measurement: { date: string; value: number },
	actor?: ProjectActor
): void {
	edit(doc, actor, 'indicators', () => {
		const found = findItem(doc, 'indicators', indicatorId);
		if (!found) return false;
		let list = found[0].get('measurements');
		if (!(list instanceof Y.Array)) {
			list = new Y.Array<Measurement>();
			found[0].set('measurements', list);
		}
		(list as Y.Array<Measurement>).push([{ id: newId(), ...measurement }]);
		return true;
	});
}

/** Sets (or clears, with null) the total budget in euros. */
export function setBudget(doc: Y.Doc, amount: number | null, actor?: ProjectActor): void {
	const { meta } = projectParts(doc);
	edit(doc, actor, 'budget', () => {
		if ((meta.get('budget') ?? null) === amount) return false;
		if (amount === null) meta.delete('budget');
		else meta.set('budget', amount);
		return true;
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

/**
 * Brings the summary (Dexie `projects` row, queued `projects` record, document title in the
 * metadata) in step with the document when its title, status, commune, themes, levers or
 * summary text changed. Resolves with whether anything changed.
 */
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
export function linkProjectCharter(doc: Y.Doc, link: ProjectCharterLink): boolean {
	const charters = doc.getMap<unknown>('charters');
	if (charters.has(link.id)) return false;
	charters.set(link.id, {
		receipt: link.receipt,
		signedAt: link.signedAt,
		signer: link.signer
	});
	return true;
}
