// POST /api/collab/sync against a real PocketBase: push and pull between devices, idempotent
// replays, validation of whole requests and of single ops, limits, paging.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { decodeBase85, encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { opId, randomId, nextRev } from '../helpers/ids';
import { pullAll, sync, type DocChange, type SyncResponse } from '../helpers/sync';

const url = inject('pbUrl');
let maire: PocketBase;
let adjoint: PocketBase;
let admin: PocketBase;
let lagrasse: string;

/** Sends one sync request with fetch (to see the status and count the bytes). */
async function post(
	pb: PocketBase | null,
	body: unknown
): Promise<{ status: number; json: Record<string, unknown> }> {
	const response = await fetch(`${url}/api/collab/sync`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			...(pb ? { Authorization: pb.authStore.token } : {})
		},
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	return { status: response.status, json: await response.json() };
}

/** A Y.Doc edited as a project canvas; returns the doc and its full state as z85. */
function projectDoc(title: string) {
	const doc = new Y.Doc();
	doc.getMap('project').set('title', title);
	doc.getText('log').insert(0, `Journal de ${title}`);
	return doc;
}
const stateOf = (doc: Y.Doc) => encodeBase85(Y.encodeStateAsUpdate(doc));

function applyChanges(doc: Y.Doc, changes: DocChange[], docId: string) {
	for (const change of changes) {
		if (change.doc === docId) Y.applyUpdate(doc, decodeBase85(change.update));
	}
}

async function counter(): Promise<number> {
	const row = await admin.collection('sync_counters').getOne('globalsequence0');
	return row.value as number;
}

async function storedRows(docId: string) {
	return admin
		.collection('doc_updates')
		.getFullList({ filter: admin.filter('doc = {:doc} && seq > 0', { doc: docId }), sort: 'seq' });
}

beforeAll(async () => {
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	admin = await adminClient(url);
	lagrasse = await communeId(url, '11185');
});

describe('push and pull', () => {
	it('carries a document from one device to another device of the same commune', async () => {
		const { cursor: start } = await pullAll(adjoint, 'd-adjoint-tablet', 0);
		const docId = randomId();
		const local = projectDoc('Jardin partagé');
		const pushed = await sync(maire, {
			device: 'd-maire-tablet',
			cursor: 0,
			ops: [{ id: opId(), doc: docId, type: 'project', commune: lagrasse, update: stateOf(local) }]
		});
		expect(pushed.accepted).toHaveLength(1);
		expect(pushed.rejected).toEqual([]);
		// The pushing device does not get its own update back.
		expect(pushed.changes.filter((c) => c.doc === docId)).toEqual([]);

		const pulled = await sync(adjoint, { device: 'd-adjoint-tablet', cursor: start });
		const mine = pulled.changes.filter((c) => c.doc === docId);
		expect(mine).toHaveLength(1);
		expect(mine[0]).toMatchObject({ type: 'project', commune: lagrasse, snapshot: false });
		const remote = new Y.Doc();
		applyChanges(remote, mine, docId);
		expect(remote.getMap('project').toJSON()).toEqual({ title: 'Jardin partagé' });
		expect(pulled.cursor).toBeGreaterThanOrEqual(mine[0]!.seq);

		// The adjoint edits, pushes; the maire merges both edits.
		const before = Y.encodeStateVector(remote);
		remote.getText('log').insert(remote.getText('log').length, ' — semis en mars');
		const edit = encodeBase85(Y.encodeStateAsUpdate(remote, before));
		const second = await sync(adjoint, {
			device: 'd-adjoint-tablet',
			cursor: pulled.cursor,
			ops: [{ id: opId(), doc: docId, type: 'project', commune: lagrasse, update: edit }]
		});
		expect(second.accepted).toHaveLength(1);
		const back = await sync(maire, { device: 'd-maire-tablet', cursor: pushed.cursor });
		applyChanges(local, back.changes, docId);
		expect(local.getText('log').toString()).toBe('Journal de Jardin partagé — semis en mars');
		const doc = await maire.collection('docs').getOne(docId);
		expect(doc).toMatchObject({ head: second.cursor, rows: 2, commune: lagrasse, type: 'project' });
	});

	it('hands out strictly increasing seqs across doc updates and records', async () => {
		const { cursor: start } = await pullAll(adjoint, 'd-order-reader', 0);
		const docA = randomId();
		const docB = randomId();
		await sync(maire, {
			device: 'd-order-writer',
			cursor: start,
			ops: [
				{
					id: opId(),
					doc: docA,
					type: 'project',
					commune: lagrasse,
					update: stateOf(projectDoc('A'))
				},
				{
					id: opId(),
					doc: docB,
					type: 'project',
					commune: lagrasse,
					update: stateOf(projectDoc('B'))
				}
			],
			records: [{ collection: 'projects', rev: nextRev(), id: docA, data: { title: 'A' } }]
		});
		const page = await sync(adjoint, { device: 'd-order-reader', cursor: start });
		const seqs = [...page.changes, ...page.recordChanges].map((c) => c.seq).sort((a, b) => a - b);
		expect(seqs).toHaveLength(3);
		expect(new Set(seqs).size).toBe(3);
		expect(seqs[0]).toBeGreaterThan(start);
		expect(page.cursor).toBe(seqs[2]);
		expect(page.changes.map((c) => c.doc)).toEqual([docA, docB]);
	});
	it('brings back a cursor beyond the server’s head (server restored from a backup)', async () => {
		const head = await counter();
		const ahead = await sync(adjoint, { device: 'd-restored', cursor: head + 1000 });
		expect(ahead.cursor).toBe(head);
		expect(ahead.more).toBe(false);
		// From the returned cursor, the next push is not missed.
		const docId = randomId();
		await sync(maire, {
			device: 'd-restored-writer',
			cursor: 0,
			limit: 1,
			ops: [
				{
					id: opId(),
					doc: docId,
					type: 'project',
					commune: lagrasse,
					update: stateOf(projectDoc('r'))
				}
			]
		});
		const next = await sync(adjoint, { device: 'd-restored', cursor: ahead.cursor });
		expect(next.changes.map((c) => c.doc)).toEqual([docId]);
	});
});

describe('idempotency', () => {
	it('stores a request replayed three times once', async () => {
		const docId = randomId();
		const progressId = randomId();
		const body = {
			device: 'd-replay',
			cursor: 0,
			ops: [
				{
					id: opId(),
					doc: docId,
					type: 'project',
					commune: lagrasse,
					update: stateOf(projectDoc('Rejoué'))
				}
			],
			records: [
				{
					collection: 'projects',
					rev: nextRev(),
					id: docId,
					data: { title: 'Rejoué', themes: ['eau'] }
				},
				{
					collection: 'progress',
					rev: nextRev(),
					id: progressId,
					data: { module: 'v1-m1', done: true, done_at: '2026-11-02T09:30:00.000Z' }
				}
			]
		};
		const first = await sync(maire, body);
		expect(first.accepted).toEqual([body.ops[0]!.id]);
		expect(first.records).toEqual([docId, progressId]);
		const seqAfterFirst = await counter();
		const rowsAfterFirst = await storedRows(docId);
		const project = await maire.collection('projects').getOne(docId);

		for (let i = 0; i < 3; i++) {
			const again = await sync(maire, body);
			expect(again.accepted).toEqual(first.accepted);
			expect(again.records).toEqual(first.records);
			expect(again.rejected).toEqual([]);
		}
		expect(await counter()).toBe(seqAfterFirst);
		expect(await storedRows(docId)).toEqual(rowsAfterFirst);
		expect(rowsAfterFirst).toHaveLength(1);
		expect(await maire.collection('projects').getOne(docId)).toEqual(project);
		const doc = await maire.collection('docs').getOne(docId);
		expect(doc.rows).toBe(1);

		// Another device pulls exactly one copy of each.
		const { changes } = await pullAll(adjoint, 'd-replay-reader', 0);
		expect(changes.filter((c) => c.doc === docId)).toHaveLength(1);
	});

	it('accepts the same op twice in one request and stores it once', async () => {
		const docId = randomId();
		const op = {
			id: opId(),
			doc: docId,
			type: 'project',
			commune: lagrasse,
			update: stateOf(projectDoc('x'))
		};
		const response = await sync(maire, { device: 'd-dup', cursor: 0, ops: [op, op] });
		expect(response.accepted).toEqual([op.id, op.id]);
		expect(await storedRows(docId)).toHaveLength(1);
	});
});

describe('validation of whole requests', () => {
	async function expectNothingStored(run: () => Promise<void>) {
		const before = await counter();
		await run();
		expect(await counter()).toBe(before);
	}

	it('answers 401 in French without a token', async () => {
		const { status, json } = await post(null, { v: 1, device: 'd-x', cursor: 0 });
		expect(status).toBe(401);
		expect(json.message as string).toMatch(/Connectez-vous/);
	});

	it('answers 403 to a superuser token', async () => {
		const { status, json } = await post(admin, { v: 1, device: 'd-x', cursor: 0 });
		expect(status).toBe(403);
		expect(json.message as string).toMatch(/comptes utilisateurs/);
	});

	it('answers 400 to a body that is not JSON, and stores nothing', async () => {
		await expectNothingStored(async () => {
			const { status, json } = await post(maire, '{"v":1,"device":"d-x","cursor":0,"ops":[');
			expect(status).toBe(400);
			expect(json.message as string).toMatch(/JSON valide/);
		});
	});

	it.each([
		['v', { v: 2 }, /Version/],
		['device', { device: 'd x"' }, /appareil/],
		['cursor', { cursor: '12' }, /curseur/],
		['cursor', { cursor: -1 }, /curseur/],
		['limit', { limit: 0 }, /limite/],
		['ops', { ops: 'nope' }, /ops/],
		['records', { records: {} }, /records/],
		['op id', { extraOps: [{ doc: 'x' }] }, /n° 2 n’a pas d’identifiant/],
		['op type', { extraOps: [42] }, /n° 2 n’est pas un objet/],
		[
			'record id',
			{ records: [{ collection: 'projects', rev: nextRev(), id: 'UPPER', data: {} }] },
			/fiche n° 1/
		]
	])(
		'answers 400 to a wrong %s, and stores nothing (even the valid op)',
		async (_, patch, reason) => {
			const { extraOps, ...rest } = patch as { extraOps?: unknown[] };
			const valid = {
				id: opId(),
				doc: randomId(),
				type: 'project',
				commune: lagrasse,
				update: stateOf(projectDoc('v'))
			};
			await expectNothingStored(async () => {
				const { status, json } = await post(maire, {
					v: 1,
					device: 'd-valid',
					cursor: 0,
					ops: [valid, ...(extraOps ?? [])],
					...rest
				});
				expect(status).toBe(400);
				expect(json.message as string).toMatch(reason);
			});
			await expect(admin.collection('docs').getOne(valid.doc)).rejects.toMatchObject({
				status: 404
			});
		}
	);

	it('answers 413 to a body over 4 MB, and stores nothing', async () => {
		const op = {
			id: opId(),
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update: stateOf(projectDoc('grand'))
		};
		await expectNothingStored(async () => {
			const { status, json } = await post(maire, {
				v: 1,
				device: 'd-big',
				cursor: 0,
				ops: [op],
				padding: 'x'.repeat(4 * 1024 * 1024)
			});
			expect(status).toBe(413);
			expect(json.message as string).toMatch(/4 Mo/);
		});
	});

	it('answers 413 to a chunked body (no Content-Length) over 4 MB', async () => {
		const chunk = new TextEncoder().encode(' '.repeat(1024 * 1024));
		let sent = 0;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent === 0)
					controller.enqueue(new TextEncoder().encode('{"v":1,"device":"d-chunked","cursor":0'));
				if (sent++ < 5) controller.enqueue(chunk);
				else {
					controller.enqueue(new TextEncoder().encode('}'));
					controller.close();
				}
			}
		});
		const before = await counter();
		const response = await fetch(`${url}/api/collab/sync`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: maire.authStore.token },
			body,
			duplex: 'half'
		} as RequestInit);
		expect(response.status).toBe(413);
		expect(((await response.json()) as { message: string }).message).toMatch(/4 Mo/);
		expect(await counter()).toBe(before);
	});

	it('answers 413 to more than 1000 ops and records', async () => {
		const update = stateOf(projectDoc('n'));
		const ops = Array.from({ length: 1001 }, () => ({
			id: opId(),
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update
		}));
		await expectNothingStored(async () => {
			const { status, json } = await post(maire, { v: 1, device: 'd-many', cursor: 0, ops });
			expect(status).toBe(413);
			expect(json.message as string).toMatch(/au plus 1000/);
		});
	});
});

describe('rejection of single ops', () => {
	it('rejects an update over 512 KB with 413 too_large, stores nothing of it, keeps the rest', async () => {
		const big = new Uint8Array(512 * 1024 + 1).fill(7);
		const tooLarge = {
			id: opId(),
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update: encodeBase85(big)
		};
		const fine = {
			id: opId(),
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update: stateOf(projectDoc('ok'))
		};
		const response = await sync(maire, { device: 'd-large', cursor: 0, ops: [tooLarge, fine] });
		expect(response.accepted).toEqual([fine.id]);
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: tooLarge.id, kind: 'op', status: 413, code: 'too_large' })
		]);
		expect(response.rejected[0]!.reason).toMatch(/trop volumineuse/);
		await expect(admin.collection('docs').getOne(tooLarge.doc)).rejects.toMatchObject({
			status: 404
		});
		expect(
			await admin
				.collection('doc_updates')
				.getList(1, 1, { filter: admin.filter('op = {:op}', { op: tooLarge.id }) })
		).toMatchObject({ totalItems: 0 });
		expect(await storedRows(fine.doc)).toHaveLength(1);
	});

	it('accepts an update of exactly 512 KB', async () => {
		const exact = {
			id: opId(),
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update: encodeBase85(new Uint8Array(512 * 1024))
		};
		const response = await sync(maire, { device: 'd-large', cursor: 0, ops: [exact] });
		expect(response.accepted).toEqual([exact.id]);
		expect((await storedRows(exact.doc))[0]!.size).toBe(512 * 1024);
	});

	it.each([
		['a quote in the alphabet', '0abc"e'],
		['a bad length', '0abcd'],
		['a bad pad digit', '5abcde'],
		['no data', '0'],
		['a number', 12345]
	])('rejects z85 with %s as 400 malformed', async (_, update) => {
		const op = { id: opId(), doc: randomId(), type: 'project', commune: lagrasse, update };
		const response = await sync(maire, { device: 'd-z85', cursor: 0, ops: [op] });
		expect(response.accepted).toEqual([]);
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: op.id, status: 400, code: 'malformed' })
		]);
		await expect(admin.collection('docs').getOne(op.doc)).rejects.toMatchObject({ status: 404 });
	});

	it('rejects an unknown document type as 422 unknown_type', async () => {
		const op = {
			id: opId(),
			doc: randomId(),
			type: 'recette',
			commune: lagrasse,
			update: stateOf(projectDoc('t'))
		};
		const response = await sync(maire, { device: 'd-type', cursor: 0, ops: [op] });
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: op.id, status: 422, code: 'unknown_type' })
		]);
	});

	it('rejects an unknown record collection as 422 and malformed data as 400', async () => {
		const response = await sync(maire, {
			device: 'd-rec',
			cursor: 0,
			records: [
				{ collection: 'users', rev: nextRev(), id: randomId(), data: { role: 'national' } },
				{
					collection: 'projects',
					rev: nextRev(),
					id: randomId(),
					data: { commune: lagrasse, title: 42 }
				},
				{
					collection: 'progress',
					rev: nextRev(),
					id: randomId(),
					data: { module: 'm', done_at: 'hier' }
				}
			]
		});
		expect(response.records).toEqual([]);
		expect(response.rejected.map((r) => [r.status, r.code])).toEqual([
			[422, 'unknown_type'],
			[400, 'malformed'],
			[400, 'malformed']
		]);
	});
});

describe('paging', () => {
	it('returns at most `limit` changes per page, in seq order, with `more` until the end', async () => {
		const { cursor: start } = await pullAll(adjoint, 'd-pager', 0);
		const docs = Array.from({ length: 5 }, () => randomId());
		await sync(maire, {
			device: 'd-pager-writer',
			cursor: 0,
			ops: docs.map((doc) => ({
				id: opId(),
				doc,
				type: 'project',
				commune: lagrasse,
				update: stateOf(projectDoc(doc))
			}))
		});
		const pages: SyncResponse[] = [];
		let cursor = start;
		for (;;) {
			const page = await sync(adjoint, { device: 'd-pager', cursor, limit: 2 });
			pages.push(page);
			cursor = page.cursor;
			if (!page.more) break;
		}
		expect(pages.map((p) => p.changes.length)).toEqual([2, 2, 1]);
		expect(pages.map((p) => p.more)).toEqual([true, true, false]);
		const all = pages.flatMap((p) => p.changes);
		expect(all.map((c) => c.doc)).toEqual(docs);
		const seqs = all.map((c) => c.seq);
		expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
		expect(pages[0]!.cursor).toBe(seqs[1]);
		// Nothing left after the last page.
		expect((await sync(adjoint, { device: 'd-pager', cursor })).changes).toEqual([]);
	});
});
