// The project canvas on real Yjs documents and a real (fake-indexeddb) store: concurrent edits
// from two devices converge whatever the order updates arrive in, documents written before the
// canvas still read, every change carries its history line, and the summary follows.
import { IDBFactory } from 'fake-indexeddb';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { entriesIn } from '$lib/local/outbox';
import {
	addItem,
	addLogEntry,
	addMeasurement,
	createProject,
	moveItem,
	readProject,
	removeItem,
	removeMeasurement,
	setBudget,
	setTags,
	setText,
	syncSummary,
	updateItem,
	updateMeasurement,
	updateProjectMeta
} from './projects';
import { openLocalStore, type LocalStore } from '$lib/local/store';

const maire = { id: 'user00000000001', name: 'Claire Martin' };
const adjoint = { id: 'user00000000002', name: 'Karim Benali' };

/** Two devices that already share `setup`'s state, and their updates kept aside. */
function twoDevices(setup: (doc: Y.Doc) => void = () => undefined) {
	const origin = new Y.Doc();
	setup(origin);
	const base = Y.encodeStateAsUpdate(origin);
	const make = () => {
		const doc = new Y.Doc();
		Y.applyUpdate(doc, base);
		const updates: Uint8Array[] = [];
		doc.on('update', (u: Uint8Array) => updates.push(u));
		return { doc, updates };
	};
	return { a: make(), b: make() };
}

/** A copy of `base` that received `first` then `second`. */
function merged(first: Uint8Array[], second: Uint8Array[], base: Y.Doc): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
	for (const u of [...first, ...second]) Y.applyUpdate(doc, u);
	return doc;
}

const seed = (doc: Y.Doc) => {
	doc.getMap('meta').set('title', 'Jardin partagé');
	doc.getMap('meta').set('status', 'idee');
	setText(doc, 'local_problem', 'Des friches en centre-bourg.');
};

describe('project canvas on two devices', () => {
	it('keeps edits of different fields and both insertions in the same field, in any order', () => {
		const { a, b } = twoDevices(seed);
		// Offline, each élu edits a different field and the same text field.
		setText(a.doc, 'proposed_solution', 'Un jardin cultivé par les habitants.', maire);
		setText(
			a.doc,
			'local_problem',
			'Des friches en centre-bourg. Personne ne les entretient.',
			maire
		);
		setTags(a.doc, 'themes', ['resilience_alimentaire'], maire);
		addItem(
			a.doc,
			'stakeholders',
			{ name: 'Les Jardins de Cocagne', type: 'association', role: 'Encadre' },
			maire
		);
		b.doc.getMap('meta').set('status', 'cadrage'); // the summary is tested apart, with a store
		setText(b.doc, 'local_problem', 'Trois friches en centre-bourg.', adjoint);
		setTags(b.doc, 'themes', ['progres_social'], adjoint);
		addItem(
			b.doc,
			'milestones',
			{ label: 'Réunion publique', date: '2026-12-12', done: false },
			adjoint
		);

		const ab = merged(a.updates, b.updates, a.doc);
		const ba = merged(b.updates, a.updates, b.doc);
		const one = readProject('p', ab);
		const other = readProject('p', ba);
		expect(one).toEqual(other);
		expect(one.proposed_solution).toBe('Un jardin cultivé par les habitants.');
		expect(one.status).toBe('cadrage');
		expect(one.themes).toEqual(['progres_social', 'resilience_alimentaire']);
		expect(one.stakeholders.map((s) => s.name)).toEqual(['Les Jardins de Cocagne']);
		expect(one.milestones.map((m) => m.label)).toEqual(['Réunion publique']);
		// Both insertions in the same Y.Text survive.
		expect(one.local_problem).toContain('Trois friches');
		expect(one.local_problem).toContain('Personne ne les entretient.');
		// The history of both devices is merged.
		expect(new Set(one.history.map((h) => h.name))).toEqual(
			new Set(['Claire Martin', 'Karim Benali'])
		);
		expect(one.history.map((h) => h.section).sort()).toEqual(
			[
				'local_problem',
				'local_problem',
				'milestones',
				'proposed_solution',
				'stakeholders',
				'themes',
				'themes'
			].sort()
		);
	});

	it('merges field edits of the same stakeholder and measurements of the same indicator', () => {
		let stakeholder = '';
		let indicator = '';
		const { a, b } = twoDevices((doc) => {
			stakeholder = addItem(doc, 'stakeholders', {
				name: 'Mairie',
				type: 'collectivite',
				role: ''
			});
			indicator = addItem(doc, 'indicators', {
				name: 'Récolte',
				unit: 'kg',
				baseline: 0,
				target: 500
			});
		});
		updateItem(a.doc, 'stakeholders', stakeholder, { role: 'Prête le terrain' }, maire);
		updateItem(b.doc, 'stakeholders', stakeholder, { name: 'Mairie de Lagrasse' }, adjoint);
		addMeasurement(a.doc, indicator, { date: '2026-06-01', value: 120 }, maire);
		addMeasurement(b.doc, indicator, { date: '2026-05-01', value: 80.5 }, adjoint);
		const ab = readProject('p', merged(a.updates, b.updates, a.doc));
		const ba = readProject('p', merged(b.updates, a.updates, b.doc));
		expect(ab).toEqual(ba);
		expect(ab.stakeholders).toEqual([
			{
				id: stakeholder,
				name: 'Mairie de Lagrasse',
				type: 'collectivite',
				role: 'Prête le terrain'
			}
		]);
		expect(ab.indicators[0]!.measurements.map((m) => [m.date, m.value])).toEqual([
			['2026-05-01', 80.5],
			['2026-06-01', 120]
		]);
	});
});

describe('project document shape', () => {
	it('reads a document written before the canvas, with its old status', () => {
		const old = new Y.Doc();
		old.getMap('meta').set('title', 'Chaufferie bois');
		old.getMap('meta').set('status', 'suspendu');
		old.getMap('meta').set('commune', 'commune00000001');
		old.getText('description').insert(0, 'Une chaufferie pour l’école.');
		old
			.getArray('log')
			.push([
				{ id: 'log000000000001', date: '2026-01-10', text: 'Devis', author: 'u', createdAt: 1 }
			]);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(old));
		const project = readProject('p', doc);
		expect(project).toMatchObject({
			title: 'Chaufferie bois',
			status: 'suspendu',
			description: 'Une chaufferie pour l’école.',
			local_problem: '',
			themes: [],
			stakeholders: [],
			indicators: [],
			budget: null,
			history: []
		});
		expect(project.log).toHaveLength(1);
		for (const status of ['idee', 'cadrage', 'en_cours', 'realise']) {
			old.getMap('meta').set('status', status);
			expect(readProject('p', old).status).toBe(status);
		}
	});

	it('writes the history line in the same update as the change, once per burst of typing', () => {
		const doc = new Y.Doc();
		const updates: Uint8Array[] = [];
		doc.on('update', (u: Uint8Array) => updates.push(u));
		setText(doc, 'proposed_solution', 'Un', maire);
		expect(updates).toHaveLength(1);
		const replica = new Y.Doc();
		Y.applyUpdate(replica, updates[0]!);
		expect(readProject('p', replica).proposed_solution).toBe('Un');
		expect(readProject('p', replica).history).toEqual([
			expect.objectContaining({
				author: maire.id,
				name: 'Claire Martin',
				section: 'proposed_solution'
			})
		]);
		setText(doc, 'proposed_solution', 'Un jardin', maire);
		setText(doc, 'proposed_solution', 'Un jardin', maire); // no change: no line
		setBudget(doc, 12000.5, maire);
		setBudget(doc, 12000.5, maire);
		expect(readProject('p', doc).history.map((h) => h.section)).toEqual([
			'proposed_solution',
			'budget'
		]);
		expect(readProject('p', doc).budget).toBe(12000.5);
		addLogEntry(doc, { date: '2026-11-29', text: 'Visite', author: adjoint.id }, adjoint);
		expect(readProject('p', doc).history.at(-1)).toMatchObject({
			name: 'Karim Benali',
			section: 'log'
		});
	});

	it('keeps one copy of a step two devices moved at the same time', () => {
		let first = '';
		let second = '';
		const { a, b } = twoDevices((doc) => {
			first = addItem(doc, 'method', { text: 'Diagnostic partagé' });
			second = addItem(doc, 'method', { text: 'Atelier' });
		});
		moveItem(a.doc, 'method', second, -1, maire);
		moveItem(b.doc, 'method', second, -1, adjoint);
		const ab = readProject('p', merged(a.updates, b.updates, a.doc));
		expect(ab).toEqual(readProject('p', merged(b.updates, a.updates, b.doc)));
		expect(ab.method.map((s) => s.id)).toEqual([second, first]);
		const both = merged(a.updates, b.updates, a.doc);
		removeItem(both, 'method', second, maire);
		expect(readProject('p', both).method.map((s) => s.id)).toEqual([first]);
	});

	it('moves method steps keeping their ids, and removes them', () => {
		const doc = new Y.Doc();
		const first = addItem(doc, 'method', { text: 'Diagnostic partagé' });
		const second = addItem(doc, 'method', { text: 'Atelier avec les habitants' });
		moveItem(doc, 'method', second, -1, maire);
		expect(readProject('p', doc).method.map((s) => s.id)).toEqual([second, first]);
		moveItem(doc, 'method', second, -1, maire); // already first: nothing
		removeItem(doc, 'method', first, maire);
		expect(readProject('p', doc).method).toEqual([
			{ id: second, text: 'Atelier avec les habitants' }
		]);
	});
});

describe('correcting and removing measurements', () => {
	it('corrects one measurement in place and removes another, each with its history line', () => {
		const doc = new Y.Doc();
		const indicator = addItem(doc, 'indicators', {
			name: 'Déchets verts',
			unit: 't',
			baseline: 40,
			target: 20
		});
		addMeasurement(doc, indicator, { date: '2026-10-01', value: 35 }, maire);
		addMeasurement(doc, indicator, { date: '2026-11-01', value: 300 }, maire);
		const [first, typo] = readProject('p', doc).indicators[0]!.measurements;
		updateMeasurement(doc, indicator, typo!.id, { date: '2026-11-02', value: 30 }, adjoint);
		let measurements = readProject('p', doc).indicators[0]!.measurements;
		expect(measurements).toEqual([first, { id: typo!.id, date: '2026-11-02', value: 30 }]);
		removeMeasurement(doc, indicator, first!.id, adjoint);
		measurements = readProject('p', doc).indicators[0]!.measurements;
		expect(measurements.map((m) => m.value)).toEqual([30]);
		// An unknown measurement changes nothing (another device removed it first).
		const before = Y.encodeStateVector(doc);
		removeMeasurement(doc, indicator, 'missing00000000', adjoint);
		updateMeasurement(doc, indicator, 'missing00000000', { date: '2026-11-02', value: 1 });
		expect(Y.encodeStateVector(doc)).toEqual(before);
		expect(
			readProject('p', doc).history.filter(
				(h) => h.author === adjoint.id && h.section === 'indicators'
			)
		).not.toHaveLength(0);
	});
});

describe('project summary', () => {
	const opened: LocalStore[] = [];
	afterEach(async () => {
		while (opened.length) await opened.pop()!.close();
	});

	it('follows title, status, themes, levers and the local problem', async () => {
		expect.hasAssertions();
		const store = await openLocalStore({ userId: 'u1', indexedDB: new IDBFactory() });
		opened.push(store);
		const id = await createProject(
			store,
			{ title: 'Jardin partagé', commune: 'commune00000001' },
			maire
		);
		const local = await store.docs.acquire(id);
		setTags(local.doc, 'themes', ['eau', 'emploi'], maire);
		setTags(local.doc, 'levers', ['permaculture'], maire);
		setText(local.doc, 'local_problem', 'Des friches   en\ncentre-bourg.', maire);
		await updateProjectMeta(store, id, local.doc, { status: 'lance' }, maire);
		await local.whenSaved();
		expect(await store.db.projects.get(id)).toMatchObject({
			title: 'Jardin partagé',
			status: 'lance',
			themes: ['eau', 'emploi'],
			levers: ['permaculture'],
			summary: 'Des friches en centre-bourg.'
		});
		const queued = (await entriesIn(store.db, ['pending'])).filter((e) => e.kind === 'record');
		expect(queued).toHaveLength(1);
		expect(queued[0]!.data).toMatchObject({ status: 'lance', themes: ['eau', 'emploi'] });
		expect(await syncSummary(store, id, local.doc)).toBe(false);
		await local.release();
	});
});
