// The Yjs shape of a project document, how to read it, and the one way to change it (`edit`:
// a change and its history line in one transaction). Shared by the project repositories
// (projects.ts, project-lists.ts); never saves a summary and never talks to the network.
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
// - Y.Array `log` (plain entries; photos named by id, their bytes in local/photos) and `history` (plain lines: who changed which part, when),
//   the history line appended in the same transaction as the change it describes.
// Documents written before the canvas (meta title/status/commune, description, log) read as a
// canvas with empty parts.
// - Y.Map `charters` { charterId: link }: the charters committed to the project (projects.ts).
import * as Y from 'yjs';
import { isImpactTheme, isSymbioticLever } from '$lib/domain/programme';
import { needsHistoryLine } from '../domain/canvas';
import {
	isProjectStatus,
	isStakeholderType,
	type Indicator,
	type Measurement,
	type Project,
	type ProjectHistoryEntry,
	type ProjectLogEntry,
	type ProjectSection
} from '../domain/types';

/** Who makes a change, as the history records it. */
export interface ProjectActor {
	id: string;
	name: string;
}

/** An item of a canvas list. */
export type Item = Y.Map<unknown>;

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
			done: i.get('done') === true,
			...(text(i, 'doneOn') ? { doneOn: text(i, 'doneOn') } : {})
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
export function edit(
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
