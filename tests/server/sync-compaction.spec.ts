// Compaction by snapshot through POST /api/collab/sync: a snapshot replaces exactly the rows it
// covers, a device starting from cursor 0 rebuilds the same document from it, stale or late
// snapshots change nothing, and replays of compacted ops stay no-ops.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { decodeBase85, encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { opId, randomId } from '../helpers/ids';
import { pullAll, sync, type DocChange } from '../helpers/sync';

const url = inject('pbUrl');
let maire: PocketBase;
let adjoint: PocketBase;
let admin: PocketBase;
let lagrasse: string;

function rebuild(changes: DocChange[], docId: string): Y.Doc {
	const doc = new Y.Doc();
	for (const change of changes) {
		if (change.doc === docId) Y.applyUpdate(doc, decodeBase85(change.update));
	}
	return doc;
}

/** Live (not compacted) rows of a doc, by seq. */
async function liveRows(docId: string) {
	return admin
		.collection('doc_updates')
		.getFullList({ filter: admin.filter('doc = {:doc} && seq > 0', { doc: docId }), sort: 'seq' });
}

/**
 * The maire writes `edits` separate updates to a new doc, one request each (as a device that
 * syncs after every edit). Returns the doc id, the writer's Y.Doc and the ops sent.
 */
async function writeEdits(edits: number, docId = randomId(), source = new Y.Doc()) {
	const ops: { id: string; doc: string; type: string; commune: string; update: string }[] = [];
	for (let i = 0; i < edits; i++) {
		const before = Y.encodeStateVector(source);
		source.getArray<string>('log').push([`entrée ${i}`]);
		const op = {
			id: opId(),
			doc: docId,
			type: 'project',
			commune: lagrasse,
			update: encodeBase85(Y.encodeStateAsUpdate(source, before))
		};
		ops.push(op);
		const response = await sync(maire, { device: 'd-writer', cursor: 0, ops: [op] });
		expect(response.accepted).toEqual([op.id]);
	}
	return { docId, source, ops };
}

/** The adjoint's device pulls everything, then pushes a snapshot of the doc covering its cursor. */
async function snapshotFromReader(docId: string, covers?: number) {
	const { changes, cursor } = await pullAll(adjoint, 'd-compactor', 0);
	const replica = rebuild(changes, docId);
	const op = {
		id: opId(),
		doc: docId,
		type: 'project',
		commune: lagrasse,
		update: encodeBase85(Y.encodeStateAsUpdate(replica)),
		covers: covers ?? cursor
	};
	const response = await sync(adjoint, { device: 'd-compactor', cursor, ops: [op] });
	return { op, response, replica };
}

beforeAll(async () => {
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	admin = await adminClient(url);
	lagrasse = await communeId(url, '11185');
});

describe('compaction', () => {
	it('replaces the covered rows by one snapshot from which a new device rebuilds the same doc', async () => {
		const { docId, source } = await writeEdits(8);
		const rowsBefore = await liveRows(docId);
		expect(rowsBefore).toHaveLength(8);

		const { op, response } = await snapshotFromReader(docId);
		expect(response.accepted).toEqual([op.id]);
		const rowsAfter = await liveRows(docId);
		expect(rowsAfter).toHaveLength(1);
		expect(rowsAfter[0]).toMatchObject({ op: op.id, snapshot: true, covers: op.covers });
		// Stored at the highest replaced seq: devices past it already had everything.
		expect(rowsAfter[0]!.seq).toBe(rowsBefore[7]!.seq);
		expect((await admin.collection('docs').getOne(docId)).rows).toBe(1);

		const fresh = await pullAll(maire, 'd-new-tablet', 0);
		const own = fresh.changes.filter((c) => c.doc === docId);
		expect(own).toHaveLength(1);
		expect(own[0]!.snapshot).toBe(true);
		const rebuilt = rebuild(fresh.changes, docId);
		expect(rebuilt.getArray('log').toJSON()).toEqual(source.getArray('log').toJSON());
		expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(source));
	});

	it('never deletes a row the snapshot does not cover', async () => {
		const { docId, source } = await writeEdits(3);
		const rows = await liveRows(docId);
		// Covers only the first two rows: the third must stay.
		const covered = rows[1]!.seq;
		const early = new Y.Doc();
		for (const row of rows.slice(0, 2)) Y.applyUpdate(early, decodeBase85(row.update));
		const op = {
			id: opId(),
			doc: docId,
			type: 'project',
			commune: lagrasse,
			update: encodeBase85(Y.encodeStateAsUpdate(early)),
			covers: covered
		};
		const response = await sync(adjoint, { device: 'd-compactor', cursor: covered, ops: [op] });
		expect(response.accepted).toEqual([op.id]);
		const after = await liveRows(docId);
		expect(after.map((r) => [r.seq, r.op])).toEqual([
			[covered, op.id],
			[rows[2]!.seq, rows[2]!.op]
		]);
		const rebuilt = rebuild((await pullAll(maire, 'd-check', 0)).changes, docId);
		expect(rebuilt.getArray('log').toJSON()).toEqual(source.getArray('log').toJSON());
	});

	it('treats a stale snapshot (covering less than a stored one) as an accepted no-op', async () => {
		const { docId } = await writeEdits(4);
		const rows = await liveRows(docId);
		const { response } = await snapshotFromReader(docId);
		expect(response.rejected).toEqual([]);
		const compacted = await liveRows(docId);
		expect(compacted).toHaveLength(1);

		// Two devices that compacted earlier send their snapshots late: one covers rows that
		// are gone, the other reaches the seq where the stored snapshot sits (but covers no more).
		for (const upTo of [2, 3]) {
			const staleDoc = new Y.Doc();
			for (const row of rows.slice(0, upTo + 1)) Y.applyUpdate(staleDoc, decodeBase85(row.update));
			const stale = {
				id: opId(),
				doc: docId,
				type: 'project',
				commune: lagrasse,
				update: encodeBase85(Y.encodeStateAsUpdate(staleDoc)),
				covers: rows[upTo]!.seq
			};
			const counterBefore = (await admin.collection('sync_counters').getOne('globalsequence0'))
				.value;
			const staleResponse = await sync(maire, { device: 'd-late', cursor: 0, ops: [stale] });
			expect(staleResponse.accepted).toEqual([stale.id]);
			expect(await liveRows(docId)).toEqual(compacted);
			expect((await admin.collection('sync_counters').getOne('globalsequence0')).value).toBe(
				counterBefore
			);
		}
	});

	it('accepts a snapshot up to 2 MB, where a normal update stops at 512 KB', async () => {
		const { docId, source } = await writeEdits(1);
		source.getText('annexe').insert(0, 'é'.repeat(900 * 1024)); // ≈ 1.8 MB of UTF-8
		const state = Y.encodeStateAsUpdate(source);
		expect(state.length).toBeGreaterThan(512 * 1024);
		expect(state.length).toBeLessThanOrEqual(2 * 1024 * 1024);
		const head = (await admin.collection('sync_counters').getOne('globalsequence0')).value;
		const base = { doc: docId, type: 'project', commune: lagrasse, update: encodeBase85(state) };
		const asUpdate = { ...base, id: opId() };
		const tooBig = {
			...base,
			id: opId(),
			update: encodeBase85(new Uint8Array(2 * 1024 * 1024 + 1)),
			covers: head
		};
		const asSnapshot = { ...base, id: opId(), covers: head };
		// One request each: together they would exceed the 4 MB body limit.
		const responses = [];
		for (const op of [asUpdate, tooBig, asSnapshot]) {
			responses.push(await sync(adjoint, { device: 'd-big-snapshot', cursor: head, ops: [op] }));
		}
		expect(responses.flatMap((r) => r.rejected).map((r) => [r.id, r.status, r.code])).toEqual([
			[asUpdate.id, 413, 'too_large'],
			[tooBig.id, 413, 'too_large']
		]);
		expect(responses.flatMap((r) => r.accepted)).toEqual([asSnapshot.id]);
		const rows = await liveRows(docId);
		expect(rows.map((r) => [r.op, r.size])).toEqual([[asSnapshot.id, state.length]]);
		const rebuilt = rebuild((await pullAll(maire, 'd-big-reader', head - 1)).changes, docId);
		expect(rebuilt.getText('annexe').length).toBe(900 * 1024);
	});

	it('rejects a snapshot that claims to cover seqs the server has not handed out', async () => {
		const { docId } = await writeEdits(1);
		const head = (await admin.collection('sync_counters').getOne('globalsequence0'))
			.value as number;
		const op = {
			id: opId(),
			doc: docId,
			type: 'project',
			commune: lagrasse,
			update: encodeBase85(Y.encodeStateAsUpdate(new Y.Doc())),
			covers: head + 1000
		};
		const response = await sync(maire, { device: 'd-future', cursor: 0, ops: [op] });
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: op.id, status: 400, code: 'malformed' })
		]);
		expect(await liveRows(docId)).toHaveLength(1);
	});

	it('still recognises a replay of an op that a snapshot compacted away', async () => {
		const { docId, ops } = await writeEdits(3);
		await snapshotFromReader(docId);
		const compacted = await liveRows(docId);
		const replay = await sync(maire, { device: 'd-writer', cursor: 0, ops });
		expect(replay.accepted).toEqual(ops.map((op) => op.id));
		expect(await liveRows(docId)).toEqual(compacted);
	});

	it('asks for a snapshot once a doc has more than 50 rows', async () => {
		const docId = randomId();
		const source = new Y.Doc();
		const ops = [];
		for (let i = 0; i < 51; i++) {
			const before = Y.encodeStateVector(source);
			source.getArray<number>('n').push([i]);
			ops.push({
				id: opId(),
				doc: docId,
				type: 'project',
				commune: lagrasse,
				update: encodeBase85(Y.encodeStateAsUpdate(source, before))
			});
		}
		const first = await sync(maire, { device: 'd-hint', cursor: 0, ops: ops.slice(0, 50) });
		expect(first.compact).not.toContain(docId);
		const second = await sync(maire, {
			device: 'd-hint',
			cursor: first.cursor,
			ops: ops.slice(50)
		});
		expect(second.compact).toContain(docId);
		// A reader that is up to date after pulling rows of the doc gets the hint too.
		const reader = await pullAll(adjoint, 'd-hint-reader', 0);
		const rows = reader.changes.filter((c) => c.doc === docId);
		expect(rows).toHaveLength(51);
		const tail = await sync(adjoint, { device: 'd-hint-reader', cursor: rows[49]!.seq });
		expect(tail.more).toBe(false);
		expect(tail.compact).toContain(docId);

		const { response } = await snapshotFromReader(docId);
		expect(response.compact).not.toContain(docId);
		expect((await admin.collection('docs').getOne(docId)).rows).toBe(1);
	});
});
