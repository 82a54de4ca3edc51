// Identities a client could borrow, over HTTP: a device id is a name within one account (another
// user presenting it never makes the owner's device skip their edits), device ids never reach
// other users (pulled data, readable fields), op ids belong to their author, and a document id
// belongs to the commune that used it first (as a document or as a project summary's id).
import PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedDemoCharter } from '../../scripts/seed/charter.mjs';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, opId, randomId } from '../helpers/ids';

const url = inject('pbUrl');

interface SyncResponse {
	accepted: string[];
	records: string[];
	rejected: { id: string; status: number; code: string; reason: string }[];
	changes: { doc: string; seq: number }[];
	recordChanges: { id: string; collection: string; data: Record<string, unknown> }[];
	cursor: number;
}

let admin: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;
let etienne: PocketBase;
let lagrasse = '';
let saintEtienne = '';

function update(text: string): string {
	const doc = new Y.Doc();
	doc.getText('t').insert(0, text);
	return encodeBase85(Y.encodeStateAsUpdate(doc));
}

async function sync(pb: PocketBase, body: Record<string, unknown>): Promise<SyncResponse> {
	return pb.send('/api/collab/sync', {
		method: 'POST',
		body: { v: 1, cursor: 0, limit: 2000, ...body }
	});
}

async function headOf(pb: PocketBase, device: string): Promise<number> {
	return (await sync(pb, { device, cursor: 1e12 })).cursor;
}

describe('borrowed identities', () => {
	beforeAll(async () => {
		admin = await adminClient(url);
		maire = await userClient(url, DEMO.maire);
		adjoint = await userClient(url, DEMO.adjoint);
		lagrasse = await communeId(url, '11185');
		saintEtienne = await communeId(url, '42218');
		etienne = await createUser(url, {
			email: 'identity.etienne@collabactons.fr',
			role: 'elu',
			communes: [saintEtienne]
		});
	});

	it('never lets a borrowed device id make the owner’s device skip another user’s edits', async () => {
		const device = `d-mayor-${randomId(6)}`;
		const cursor = await headOf(maire, device);
		// The deputy presents the mayor's device id (read anywhere) with their own edits.
		const doc = randomId();
		const op = { id: opId(), doc, type: 'project', commune: lagrasse, update: update('adjoint') };
		const summary = {
			collection: 'projects',
			id: doc,
			rev: nextRev(),
			data: { commune: lagrasse, title: 'Écrit par l’adjoint' }
		};
		const pushed = await sync(adjoint, { device, ops: [op], records: [summary] });
		expect(pushed.accepted).toEqual([op.id]);
		expect(pushed.records).toEqual([doc]);
		// The mayor's device, with that id, still receives both.
		const pulled = await sync(maire, { device, cursor });
		expect(pulled.changes.map((c) => c.doc)).toContain(doc);
		expect(pulled.recordChanges.map((r) => r.id)).toContain(doc);
		// While the deputy's own device (same name, same account) is not sent back its own rows.
		const own = await sync(adjoint, { device, cursor });
		expect(own.changes.map((c) => c.doc)).not.toContain(doc);
		expect(own.recordChanges.map((r) => r.id)).not.toContain(doc);
	});

	it('keeps device ids out of pulled data and out of every field another user reads', async () => {
		const device = `d-secret-${randomId(6)}`;
		const doc = randomId();
		const charter = signedDemoCharter({
			communeInsee: '11185',
			communeName: 'Lagrasse',
			signerName: `Identité ${randomId(4)}`
		});
		const cursor = await headOf(adjoint, 'd-reader');
		await sync(maire, {
			device,
			ops: [{ id: opId(), doc, type: 'project', commune: lagrasse, update: update('x') }],
			records: [
				{
					collection: 'projects',
					id: doc,
					rev: nextRev(),
					data: { commune: lagrasse, title: 'Secret' }
				},
				{ collection: 'progress', id: randomId(), rev: nextRev(), data: { module: 'v1-m1' } },
				{ ...charter.record, id: randomId(), rev: nextRev() }
			]
		});
		const pulled = await sync(adjoint, { device: 'd-reader', cursor });
		expect(pulled.recordChanges.length).toBeGreaterThan(0);
		expect(JSON.stringify(pulled)).not.toContain(device);
		for (const pb of [adjoint, maire, await userClient(url, DEMO.national)]) {
			for (const collection of ['projects', 'progress', 'charters', 'docs', 'photos']) {
				const rows = await pb.collection(collection).getFullList();
				for (const row of rows) expect(row, `${collection} ${row.id}`).not.toHaveProperty('device');
			}
		}
	});

	it('gives each user op ids of their own', async () => {
		const id = opId();
		// Another commune takes an id first (it could compute the ids Lagrasse's devices will use).
		const theirs = {
			id,
			doc: randomId(),
			type: 'project',
			commune: saintEtienne,
			update: update('a')
		};
		expect((await sync(etienne, { device: 'd-squat', ops: [theirs] })).accepted).toEqual([id]);
		const mine = { id, doc: randomId(), type: 'project', commune: lagrasse, update: update('b') };
		expect((await sync(maire, { device: 'd-owner', ops: [mine] })).accepted).toEqual([id]);
		expect((await admin.collection('docs').getOne(mine.doc)).commune).toBe(lagrasse);
	});

	it('binds a document id to the commune whose summary used it first', async () => {
		const id = randomId();
		const summary = {
			collection: 'projects',
			id,
			rev: nextRev(),
			data: { commune: saintEtienne, title: 'Pris d’avance' }
		};
		expect((await sync(etienne, { device: 'd-squat', records: [summary] })).records).toEqual([id]);
		const op = { id: opId(), doc: id, type: 'project', commune: lagrasse, update: update('c') };
		const answer = await sync(maire, { device: 'd-owner', ops: [op] });
		expect(answer.rejected).toEqual([
			expect.objectContaining({ id: op.id, status: 403, code: 'forbidden' })
		]);
		expect(answer.rejected[0]!.reason).toContain('autre commune');
		await expect(admin.collection('docs').getOne(id)).rejects.toMatchObject({ status: 404 });
		// Its own commune may still create the document under that id.
		const own = { ...op, id: opId(), commune: saintEtienne };
		expect((await sync(etienne, { device: 'd-squat', ops: [own] })).accepted).toEqual([own.id]);
	});

	it('refuses a summary for a document another commune owns', async () => {
		const doc = randomId();
		await sync(maire, {
			device: 'd-owner',
			ops: [{ id: opId(), doc, type: 'project', commune: lagrasse, update: update('d') }]
		});
		const answer = await sync(etienne, {
			device: 'd-squat',
			records: [
				{
					collection: 'projects',
					id: doc,
					rev: nextRev(),
					data: { commune: saintEtienne, title: 'Volé' }
				}
			]
		});
		expect(answer.rejected).toEqual([expect.objectContaining({ id: doc, status: 403 })]);
		await expect(admin.collection('projects').getOne(doc)).rejects.toMatchObject({ status: 404 });
	});
});
