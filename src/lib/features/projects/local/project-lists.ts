// The lists of a project canvas (stakeholders, method steps, milestones, indicators with their
// measurements, funders) and the budget: each write one transaction with its history line, on
// an open document that the caller saves (store.docs). Never checks input (domain/ does).
import * as Y from 'yjs';
import { newId } from '$lib/domain/sync/ids';
import type { Measurement, ProjectListItems, ProjectListName } from '../domain/types';
import { edit, projectParts, type Item, type ProjectActor } from './project-doc';

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

function measurements(doc: Y.Doc, indicatorId: string): Y.Array<Measurement> | null {
	const list = findItem(doc, 'indicators', indicatorId)?.[0].get('measurements');
	return list instanceof Y.Array ? (list as Y.Array<Measurement>) : null;
}

/** Corrects a measurement's date or value (a measurement is a plain value: replaced whole). */
export function updateMeasurement(
	doc: Y.Doc,
	indicatorId: string,
	measurementId: string,
	patch: { date: string; value: number },
	actor?: ProjectActor
): void {
	edit(doc, actor, 'indicators', () => {
		const list = measurements(doc, indicatorId);
		const index = list?.toArray().findIndex((m) => m.id === measurementId) ?? -1;
		if (!list || index < 0) return false;
		const old = list.get(index);
		if (old.date === patch.date && old.value === patch.value) return false;
		list.delete(index, 1);
		list.insert(index, [{ ...old, ...patch }]);
		return true;
	});
}

/** Removes a measurement of an indicator. */
export function removeMeasurement(
	doc: Y.Doc,
	indicatorId: string,
	measurementId: string,
	actor?: ProjectActor
): void {
	edit(doc, actor, 'indicators', () => {
		const list = measurements(doc, indicatorId);
		const index = list?.toArray().findIndex((m) => m.id === measurementId) ?? -1;
		if (!list || index < 0) return false;
		list.delete(index, 1);
		return true;
	});
}
