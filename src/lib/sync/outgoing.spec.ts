import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeBase85 } from '$lib/domain/sync/base85';
import { MAX_ITEMS_PER_REQUEST } from '$lib/domain/sync/protocol';
import type { DocMeta, OutboxEntry } from '$lib/local/db';
import { backoffDelay } from './backoff';
import { buildOps, buildRecords, packBatches } from './outgoing';

function updates(count: number): Uint8Array[] {
	const doc = new Y.Doc();
	const out: Uint8Array[] = [];
	doc.on('update', (u: Uint8Array) => out.push(u));
	for (let i = 0; i < count; i++) doc.getText('t').insert(0, `edit ${i} `);
	return out;
}

const meta = (id: string): DocMeta => ({ id, type: 'project', commune: 'c1', createdAt: 0 });
const opEntry = (id: string, docId: string, update: Uint8Array): OutboxEntry => ({
	id,
	kind: 'op',
	docId,
	update,
	state: 'pending',
	bytes: update.byteLength,
	createdAt: 0
});

describe('outgoing payloads', () => {
	it('merges every pending update of a document into one op with a stable id', () => {
		const list = updates(50).map((u, i) => opEntry(`e${i}`, 'doc000000000001', u));
		const metas = new Map([['doc000000000001', meta('doc000000000001')]]);
		const ops = buildOps(list, metas);
		expect(ops).toHaveLength(1);
		expect(ops[0]!.entryIds).toHaveLength(50);
		const replica = new Y.Doc();
		Y.applyUpdate(replica, decodeBase85(ops[0]!.op.update));
		expect(replica.getText('t').toString()).toContain('edit 49');
		expect(buildOps(list, metas)[0]!.op.id).toBe(ops[0]!.op.id);
		expect(buildOps(list.slice(1), metas)[0]!.op.id).not.toBe(ops[0]!.op.id);
	});

	it('leaves out documents without metadata and keeps the last version of a record', () => {
		const [update] = updates(1);
		expect(buildOps([opEntry('e1', 'unknown00000001', update!)], new Map())).toEqual([]);
		const record = (id: string, title: string): OutboxEntry => ({
			id,
			kind: 'record',
			collection: 'projects',
			recordId: 'proj00000000001',
			data: { title },
			state: 'pending',
			bytes: 10,
			createdAt: 0
		});
		const records = buildRecords([
			{ ...record('r1', 'ancien'), rev: 10 },
			{ ...record('r2', 'nouveau'), rev: 11 }
		]);
		expect(records).toHaveLength(1);
		expect(records[0]!.record.data.title).toBe('nouveau');
		expect(records[0]!.record.rev).toBe(11);
		expect(records[0]!.entryIds).toEqual(['r1', 'r2']);
		// An entry queued before versions existed goes out with the time it was saved.
		const legacy = { ...record('r3', 'ancien format'), createdAt: 1_700_000_000_000 };
		expect(buildRecords([legacy])[0]!.record.rev).toBe(1_700_000_000_000);
	});

	it('splits more items than one request may carry', () => {
		const [update] = updates(1);
		const metas = new Map<string, DocMeta>();
		const list: OutboxEntry[] = [];
		for (let i = 0; i < MAX_ITEMS_PER_REQUEST + 5; i++) {
			const docId = `doc${String(i).padStart(12, '0')}`;
			metas.set(docId, meta(docId));
			list.push(opEntry(`e${i}`, docId, update!));
		}
		const batches = packBatches(buildOps(list, metas), []);
		expect(batches.length).toBe(2);
		expect(batches.every((b) => b.ops.length <= MAX_ITEMS_PER_REQUEST)).toBe(true);
		expect(batches.reduce((n, b) => n + b.ops.length, 0)).toBe(MAX_ITEMS_PER_REQUEST + 5);
	});
});

describe('backoff', () => {
	it('grows exponentially with jitter and stays under the cap', () => {
		expect(backoffDelay(0, { baseMs: 1000 }, () => 0)).toBe(500);
		expect(backoffDelay(3, { baseMs: 1000 }, () => 1)).toBe(8000);
		expect(backoffDelay(30, { baseMs: 1000, maxMs: 60_000 }, () => 1)).toBe(60_000);
	});
});
