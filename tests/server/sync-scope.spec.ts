// Who may push and pull what through POST /api/collab/sync and read what through the
// collections' API rules: identity comes from the token only, never from the payload.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { opId, randomId, nextRev } from '../helpers/ids';
import { pullAll, sync } from '../helpers/sync';

const url = inject('pbUrl');
let maire: PocketBase;
let etienne: PocketBase; // an élu of Saint-Étienne (Loire)
let carcassonne: PocketBase; // an élu of Carcassonne (Aude, same département as Lagrasse)
let coordinator: PocketBase; // coordinator of the Aude
let loireCoordinator: PocketBase;
let national: PocketBase;
let facilitator: PocketBase;
let admin: PocketBase;
let ids: { lagrasse: string; carcassonne: string; etienne: string };

function update(text: string): string {
	const doc = new Y.Doc();
	doc.getText('log').insert(0, text);
	return encodeBase85(Y.encodeStateAsUpdate(doc));
}

/** Creates a project document and its summary as `pb`, an élu of `commune`. */
async function createProject(pb: PocketBase, commune: string, title: string): Promise<string> {
	const doc = randomId();
	const response = await sync(pb, {
		device: `d-${randomId(6)}`,
		cursor: 0,
		ops: [{ id: opId(), doc, type: 'project', commune, update: update(title) }],
		records: [
			{
				collection: 'projects',
				rev: nextRev(),
				id: doc,
				data: { commune, title, status: 'en_cours' }
			}
		]
	});
	expect(response.rejected).toEqual([]);
	return doc;
}

beforeAll(async () => {
	admin = await adminClient(url);
	ids = {
		lagrasse: await communeId(url, '11185'),
		carcassonne: await communeId(url, '11069'),
		etienne: await communeId(url, '42218')
	};
	maire = await userClient(url, DEMO.maire);
	coordinator = await userClient(url, DEMO.coordinateur);
	national = await userClient(url, DEMO.national);
	facilitator = await userClient(url, DEMO.facilitateur);
	etienne = await createUser(url, {
		email: 'elu.st-etienne@example.fr',
		role: 'elu',
		communes: [ids.etienne]
	});
	carcassonne = await createUser(url, {
		email: 'elu.carcassonne@example.fr',
		role: 'elu',
		communes: [ids.carcassonne]
	});
	loireCoordinator = await createUser(url, {
		email: 'coord.loire@example.fr',
		role: 'coordinateur',
		territory_kind: 'departement',
		territory_code: '42'
	});
});

describe('an élu of another commune', () => {
	it('can neither push to a Lagrasse document nor create one, whatever the payload claims', async () => {
		const doc = await createProject(maire, ids.lagrasse, 'Halle de Lagrasse');
		const before = await admin.collection('docs').getOne(doc);
		const intruder = [
			// an existing Lagrasse doc, claiming Lagrasse
			{ id: opId(), doc, type: 'project', commune: ids.lagrasse, update: update('pirate 1') },
			// an existing Lagrasse doc, claiming their own commune and another author
			{
				id: opId(),
				doc,
				type: 'project',
				commune: ids.etienne,
				author: maire.authStore.record!.id,
				update: update('pirate 2')
			},
			// a new doc claiming Lagrasse
			{
				id: opId(),
				doc: randomId(),
				type: 'project',
				commune: ids.lagrasse,
				update: update('pirate 3')
			}
		];
		const response = await sync(etienne, { device: 'd-intruder', cursor: 0, ops: intruder });
		expect(response.accepted).toEqual([]);
		expect(response.rejected.map((r) => [r.id, r.status, r.code])).toEqual(
			intruder.map((op) => [op.id, 403, 'forbidden'])
		);
		expect(await admin.collection('docs').getOne(doc)).toEqual(before);
		await expect(admin.collection('docs').getOne(intruder[2]!.doc)).rejects.toMatchObject({
			status: 404
		});
		const stored = await admin
			.collection('doc_updates')
			.getFullList({ filter: admin.filter('doc = {:doc}', { doc }) });
		expect(stored).toHaveLength(1);
		expect(stored[0]!.author).toBe(maire.authStore.record!.id);
	});

	it('has op ids of their own: reusing a Lagrasse op id neither replays nor blocks it', async () => {
		const doc = randomId();
		const op = {
			id: opId(),
			doc,
			type: 'project',
			commune: ids.lagrasse,
			update: update('à nous')
		};
		// Saint-Étienne takes the id first: Lagrasse's device computing it later is not refused.
		const theirs = { ...op, doc: randomId(), commune: ids.etienne, update: update('copie') };
		const response = await sync(etienne, { device: 'd-intruder', cursor: 0, ops: [theirs] });
		expect(response.accepted).toEqual([op.id]);
		expect((await sync(maire, { device: 'd-owner', cursor: 0, ops: [op] })).accepted).toEqual([
			op.id
		]);
		// Sent again by Saint-Étienne aimed at the Lagrasse doc, it is a replay of their own op:
		// accepted, nothing stored, the Lagrasse doc keeps its one row.
		expect(
			(await sync(etienne, { device: 'd-intruder', cursor: 0, ops: [{ ...op, doc }] })).accepted
		).toEqual([op.id]);
		const rows = await admin
			.collection('doc_updates')
			.getFullList({ filter: admin.filter('op = {:op}', { op: op.id }), sort: 'seq' });
		expect(rows.map((r) => [r.doc, r.author])).toEqual([
			[theirs.doc, etienne.authStore.record!.id],
			[doc, maire.authStore.record!.id]
		]);
	});

	it('can neither overwrite nor create a Lagrasse project summary', async () => {
		const doc = await createProject(maire, ids.lagrasse, 'Verger communal');
		const response = await sync(etienne, {
			device: 'd-intruder',
			cursor: 0,
			records: [
				{
					collection: 'projects',
					rev: nextRev(),
					id: doc,
					data: { title: 'Volé', commune: ids.etienne }
				},
				{
					collection: 'projects',
					rev: nextRev(),
					id: randomId(),
					data: { title: 'Faux', commune: ids.lagrasse }
				}
			]
		});
		expect(response.records).toEqual([]);
		expect(response.rejected.map((r) => r.status)).toEqual([403, 403]);
		expect((await admin.collection('projects').getOne(doc)).title).toBe('Verger communal');
	});

	it('pulls nothing of Lagrasse and cannot read its docs or summaries through the API', async () => {
		const doc = await createProject(maire, ids.lagrasse, 'Lavoir');
		const own = await createProject(etienne, ids.etienne, 'Tiers-lieu');
		const pulled = await pullAll(etienne, 'd-other-reader');
		expect(pulled.changes.map((c) => c.doc)).not.toContain(doc);
		expect(pulled.changes.every((c) => c.commune === ids.etienne)).toBe(true);
		expect(pulled.recordChanges.map((r) => r.id)).not.toContain(doc);
		// Their own project comes through (from another device of theirs).
		expect(pulled.changes.map((c) => c.doc)).toContain(own);
		expect(pulled.recordChanges.map((r) => r.id)).toContain(own);

		await expect(etienne.collection('docs').getOne(doc)).rejects.toMatchObject({ status: 404 });
		await expect(etienne.collection('projects').getOne(doc)).rejects.toMatchObject({ status: 404 });
		const listed = await etienne.collection('docs').getFullList();
		expect(listed.map((d) => d.commune)).toEqual(listed.map(() => ids.etienne));
		await expect(etienne.collection('doc_updates').getList(1, 1)).rejects.toMatchObject({
			status: 403
		});
	});
});

describe('authorship comes from the token', () => {
	it('ignores updated_by / user fields in record data', async () => {
		const doc = randomId();
		const progressId = randomId();
		const other = etienne.authStore.record!.id;
		const response = await sync(maire, {
			device: 'd-author',
			cursor: 0,
			records: [
				{
					collection: 'projects',
					rev: nextRev(),
					id: doc,
					data: { commune: ids.lagrasse, title: 'Marché', updated_by: other }
				},
				{
					collection: 'progress',
					rev: nextRev(),
					id: progressId,
					data: { module: 'v2-m1', done: true, user: other }
				}
			]
		});
		expect(response.records).toEqual([doc, progressId]);
		expect((await admin.collection('projects').getOne(doc)).updated_by).toBe(
			maire.authStore.record!.id
		);
		expect((await admin.collection('progress').getOne(progressId)).user).toBe(
			maire.authStore.record!.id
		);
		// Someone else cannot take that progress record over by its id.
		const stolen = await sync(etienne, {
			device: 'd-author',
			cursor: 0,
			records: [
				{
					collection: 'progress',
					rev: nextRev(),
					id: progressId,
					data: { module: 'v2-m1', done: false }
				}
			]
		});
		expect(stolen.rejected).toEqual([
			expect.objectContaining({ id: progressId, status: 403, code: 'forbidden' })
		]);
		expect((await admin.collection('progress').getOne(progressId)).done).toBe(true);
	});

	it('keeps the commune of a project summary', async () => {
		const doc = await createProject(maire, ids.lagrasse, 'Cantine');
		const response = await sync(maire, {
			device: 'd-author',
			cursor: 0,
			records: [
				{
					collection: 'projects',
					rev: nextRev(),
					id: doc,
					data: { commune: ids.carcassonne, title: 'Cantine' }
				}
			]
		});
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: doc, status: 409, code: 'immutable' })
		]);
		expect((await admin.collection('projects').getOne(doc)).commune).toBe(ids.lagrasse);
	});
});

describe('progress', () => {
	it('is pulled by the user’s other devices only, and readable by them and the national team', async () => {
		const progressId = randomId();
		await sync(maire, {
			device: 'd-progress-1',
			cursor: 0,
			records: [
				{
					collection: 'progress',
					rev: nextRev(),
					id: progressId,
					data: { module: 'v1-m2', activity: 'a3', done: true, done_at: '2026-11-03T14:00:00Z' }
				}
			]
		});
		const sameUser = await pullAll(maire, 'd-progress-2');
		expect(sameUser.recordChanges.find((r) => r.id === progressId)).toMatchObject({
			collection: 'progress',
			data: { module: 'v1-m2', activity: 'a3', done: true, done_at: '2026-11-03 14:00:00.000Z' }
		});
		const otherUser = await pullAll(await userClient(url, DEMO.adjoint), 'd-progress-3');
		expect(otherUser.recordChanges.map((r) => r.id)).not.toContain(progressId);
		await expect(etienne.collection('progress').getOne(progressId)).rejects.toMatchObject({
			status: 404
		});
		expect((await national.collection('progress').getOne(progressId)).module).toBe('v1-m2');
	});
});

describe('territories', () => {
	let inLagrasse: string;
	let inCarcassonne: string;
	let inEtienne: string;

	beforeAll(async () => {
		inLagrasse = await createProject(maire, ids.lagrasse, 'Chemin de l’eau');
		inCarcassonne = await createProject(carcassonne, ids.carcassonne, 'Recyclerie');
		inEtienne = await createProject(etienne, ids.etienne, 'Ceinture maraîchère');
	});

	it('shows a coordinator the project summaries of their département only', async () => {
		const list = await coordinator.collection('projects').getFullList();
		const seen = list.map((p) => p.id);
		expect(seen).toContain(inLagrasse);
		expect(seen).toContain(inCarcassonne);
		expect(seen).not.toContain(inEtienne);
		expect(new Set(list.map((p) => p.commune))).toEqual(new Set([ids.lagrasse, ids.carcassonne]));

		const loire = (await loireCoordinator.collection('projects').getFullList()).map((p) => p.id);
		expect(loire).toContain(inEtienne);
		expect(loire).not.toContain(inLagrasse);
	});

	it('gives a coordinator summaries of their territory through sync, and no documents', async () => {
		const pulled = await pullAll(coordinator, 'd-coordinator');
		expect(pulled.changes).toEqual([]);
		const seen = pulled.recordChanges.filter((r) => r.collection === 'projects').map((r) => r.id);
		expect(seen).toEqual(expect.arrayContaining([inLagrasse, inCarcassonne]));
		expect(seen).not.toContain(inEtienne);
		expect(await coordinator.collection('docs').getFullList()).toEqual([]);
	});

	it('shows the national team every summary and a facilitator none', async () => {
		const all = (await national.collection('projects').getFullList()).map((p) => p.id);
		expect(all).toEqual(expect.arrayContaining([inLagrasse, inCarcassonne, inEtienne]));
		const pulled = await pullAll(national, 'd-national');
		expect(pulled.changes).toEqual([]);
		expect(pulled.recordChanges.map((r) => r.id)).toEqual(
			expect.arrayContaining([inLagrasse, inCarcassonne, inEtienne])
		);

		expect(await facilitator.collection('projects').getFullList()).toEqual([]);
		const facilitatorPull = await pullAll(facilitator, 'd-facilitator');
		// No project document; the boards of the facilitator's own sessions only (the demo one).
		expect(facilitatorPull.changes.filter((c) => c.type !== 'board')).toEqual([]);
		expect(new Set(facilitatorPull.changes.map((c) => c.commune))).toEqual(
			new Set(facilitatorPull.changes.length ? ['sessiondemo0002'] : [])
		);
		expect(facilitatorPull.recordChanges.filter((r) => r.collection === 'projects')).toEqual([]);
	});

	it('refuses documents to a coordinator even for a commune of their territory', async () => {
		const response = await sync(coordinator, {
			device: 'd-coordinator',
			cursor: 0,
			ops: [
				{
					id: opId(),
					doc: inLagrasse,
					type: 'project',
					commune: ids.lagrasse,
					update: update('coord')
				}
			]
		});
		expect(response.rejected).toEqual([
			expect.objectContaining({ status: 403, code: 'forbidden' })
		]);
	});
});
