// Concurrent cycles: pushes running at the same time get distinct seqs in commit order, and a
// device pulling while they commit never skips a row (a cursor N means "every row <= N seen").
import PocketBase from 'pocketbase';
import { beforeAll, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { sync } from '../helpers/sync';

const url = inject('pbUrl');
let maire: PocketBase;
let adjoint: PocketBase;
let lagrasse: string;

function update(text: string): string {
	const doc = new Y.Doc();
	doc.getText('log').insert(0, text);
	return encodeBase85(Y.encodeStateAsUpdate(doc));
}

beforeAll(async () => {
	lagrasse = await communeId(url, '11185');
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
});

it('orders concurrent pushes and lets a concurrent reader see every one of them', async () => {
	const admin = await adminClient(url);
	let cursor = 0;
	for (let more = true; more;) {
		const page = await sync(adjoint, { device: 'd-concurrent-reader', cursor, limit: 2000 });
		cursor = page.cursor;
		more = page.more;
	}
	const headBefore = (await admin.collection('sync_counters').getOne('globalsequence0')).value;

	const writers = 24;
	const docs = Array.from({ length: writers }, () => randomId());
	let writing = true;
	const seen: { seq: number; doc: string }[] = [];
	const reader = (async () => {
		// Pull without pause while the writers commit, then once more after the last commit.
		for (let last = false; ;) {
			const page = await sync(adjoint, { device: 'd-concurrent-reader', cursor });
			seen.push(...page.changes);
			expect(page.cursor).toBeGreaterThanOrEqual(cursor);
			cursor = page.cursor;
			if (last && !page.more) return;
			if (!writing) last = true;
		}
	})();
	const pushes = await Promise.all(
		docs.map((doc, i) =>
			sync(maire, {
				device: `d-writer-${i}`,
				cursor: 0,
				limit: 1,
				ops: [
					{ id: `op-${randomId(20)}`, doc, type: 'project', commune: lagrasse, update: update(doc) }
				]
			})
		)
	);
	writing = false;
	await reader;

	expect(pushes.every((p) => p.accepted.length === 1)).toBe(true);
	expect((await admin.collection('sync_counters').getOne('globalsequence0')).value).toBe(
		headBefore + writers
	);
	const mine = seen.filter((c) => docs.includes(c.doc));
	expect(mine.map((c) => c.doc).sort()).toEqual([...docs].sort());
	const seqs = mine.map((c) => c.seq);
	expect(new Set(seqs).size).toBe(writers);
	expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
});
