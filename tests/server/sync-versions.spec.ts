// Record versions (`rev`) on a real PocketBase: a replayed request, a duplicate, or the late first
// delivery of an older version never rolls a record back; the device that sent it is answered
// with the newer version (`superseded`) so that it stops resending and adopts it; a version is
// required and strictly an integer.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, randomId } from '../helpers/ids';

const url = inject('pbUrl');

interface RecordChange {
	seq: number;
	collection: string;
	id: string;
	rev: number;
	data: Record<string, unknown>;
}
interface SyncResponse {
	records: string[];
	rejected: { id: string; status: number; code: string; reason: string }[];
	superseded: RecordChange[];
	recordChanges: RecordChange[];
	cursor: number;
}

let maire: PocketBase;
let adjoint: PocketBase;
let admin: PocketBase;
let lagrasse = '';

async function sync(pb: PocketBase, body: Record<string, unknown>): Promise<SyncResponse> {
	const response = await fetch(`${url}/api/collab/sync`, {
		method: 'POST',
		headers: { Authorization: pb.authStore.token, 'Content-Type': 'application/json' },
		body: JSON.stringify({ v: 1, device: 'd-versions', cursor: 0, ...body })
	});
	const text = await response.text();
	expect(response.status, text).toBe(200);
	return JSON.parse(text) as SyncResponse;
}

function project(id: string, rev: number, title: string) {
	return { collection: 'projects', id, rev, data: { commune: lagrasse, title } };
}

async function stored(id: string) {
	return admin.collection('projects').getOne(id);
}

describe('record versions', () => {
	beforeAll(async () => {
		maire = await userClient(url, DEMO.maire);
		adjoint = await userClient(url, DEMO.adjoint);
		admin = await adminClient(url);
		lagrasse = await communeId(url, '11185');
	});

	it('ignores a replay of an older request and answers it with the newer version', async () => {
		const id = randomId();
		const first = { device: 'd-tablet', records: [project(id, nextRev(), 'Ancien titre')] };
		const second = { device: 'd-tablet', records: [project(id, nextRev(), 'Nouveau titre')] };
		expect((await sync(maire, first)).records).toEqual([id]);
		expect((await sync(maire, second)).records).toEqual([id]);
		const seq = (await stored(id)).seq;
		const replay = await sync(maire, first);
		expect(replay.records).toEqual([id]);
		expect(replay.rejected).toEqual([]);
		expect(replay.superseded).toEqual([
			expect.objectContaining({
				collection: 'projects',
				id,
				rev: second.records[0]!.rev,
				data: expect.objectContaining({ title: 'Nouveau titre' })
			})
		]);
		expect(await stored(id)).toMatchObject({ title: 'Nouveau titre', seq });
	});

	it('ignores the late first delivery of an older version from another device', async () => {
		const id = randomId();
		// The deputy's tablet saved first, but its request reaches the server last.
		const late = project(id, nextRev(), 'Écrit en premier');
		const newer = project(id, nextRev(), 'Écrit ensuite');
		expect((await sync(maire, { device: 'd-maire', records: [newer] })).superseded).toEqual([]);
		const answer = await sync(adjoint, { device: 'd-adjoint', records: [late] });
		expect(answer.records).toEqual([id]);
		expect(answer.superseded.map((r) => [r.id, r.rev, r.data.title])).toEqual([
			[id, newer.rev, 'Écrit ensuite']
		]);
		expect((await stored(id)).title).toBe('Écrit ensuite');
		// A third device pulling from scratch sees the newer version only.
		const pulled = await sync(maire, { device: 'd-fresh', cursor: 0, limit: 2000 });
		const mine = pulled.recordChanges.filter((r) => r.id === id);
		expect(mine.map((r) => [r.rev, r.data.title])).toEqual([[newer.rev, 'Écrit ensuite']]);
	});

	it('keeps the newest of two versions in one request, whatever their order', async () => {
		const id = randomId();
		const older = project(id, nextRev(), 'Version 1');
		const newer = project(id, nextRev(), 'Version 2');
		const answer = await sync(maire, { records: [newer, older] });
		expect(answer.records).toEqual([id, id]);
		expect((await stored(id)).title).toBe('Version 2');
	});

	it('remembers a newer version with the same data, so an older one still loses', async () => {
		const id = randomId();
		const v1 = project(id, nextRev(), 'Même titre');
		const v2 = project(id, nextRev(), 'Autre titre');
		const v3 = project(id, nextRev(), 'Même titre');
		await sync(maire, { records: [v1] });
		const seq = (await stored(id)).seq;
		await sync(maire, { records: [v3] });
		expect(await stored(id)).toMatchObject({ seq, rev: v3.rev });
		expect((await sync(adjoint, { device: 'd-other', records: [v2] })).superseded).toHaveLength(1);
		expect((await stored(id)).title).toBe('Même titre');
	});

	it('applies to progress records too', async () => {
		const id = randomId();
		const done = {
			collection: 'progress',
			id,
			rev: nextRev(),
			data: { module: 'v1-m1', done: true }
		};
		const undone = { ...done, rev: nextRev(), data: { module: 'v1-m1', done: false } };
		await sync(maire, { records: [undone] });
		const answer = await sync(maire, { records: [done] });
		expect(answer.superseded.map((r) => r.data.done)).toEqual([false]);
		expect((await admin.collection('progress').getOne(id)).done).toBe(false);
	});

	it.each([
		['absent', undefined],
		['zero', 0],
		['negative', -5],
		['a fraction', 1.5],
		['a string', '12'],
		['beyond 2^53', 2 ** 60]
	])('refuses a record whose version is %s', async (_label, rev) => {
		const id = randomId();
		const answer = await sync(maire, {
			records: [
				{ collection: 'projects', id, rev, data: { commune: lagrasse, title: 'Sans version' } }
			]
		});
		expect(answer.rejected).toEqual([
			expect.objectContaining({ id, status: 400, code: 'malformed' })
		]);
		expect(answer.rejected[0]!.reason).toContain('version');
		await expect(stored(id)).rejects.toMatchObject({ status: 404 });
	});
});
