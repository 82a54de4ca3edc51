// Sync cycles carrying many documents: one round trip each way, bytes close to the size of the
// Yjs updates themselves (z85 = 1.25×, plus a small envelope per change), the cap on `limit` and
// the page budget. How long it takes is a figure of `npm run bench` (sync.push_500_docs_ms),
// never a test. Runs its own PocketBase: thousands of rows would slow every other file's catch-up.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeBase85, encodeBase85 } from '../../src/lib/domain/sync/base85';
import { DEMO, userClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { randomId } from '../helpers/ids';

const OPS = 500;
let server: TestServer;
let maire: PocketBase;
let adjoint: PocketBase;
let lagrasse: string;

async function post(pb: PocketBase, body: unknown) {
	const text = JSON.stringify(body);
	const response = await fetch(`${server.url}/api/collab/sync`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: pb.authStore.token },
		body: text
	});
	const reply = await response.text();
	expect(response.status, reply.slice(0, 300)).toBe(200);
	return {
		sent: Buffer.byteLength(text),
		received: Buffer.byteLength(reply),
		json: JSON.parse(reply)
	};
}

beforeAll(async () => {
	server = await startTestServer();
	maire = await userClient(server.url, DEMO.maire);
	adjoint = await userClient(server.url, DEMO.adjoint);
	lagrasse = maire.authStore.record!.communes[0] as string;
});

afterAll(async () => {
	await server?.dispose();
});

it(`pushes ${OPS} documents in one request and another device pulls them in one`, async () => {
	const { cursor } = (await post(adjoint, { v: 1, device: 'd-load-reader', cursor: 0 })).json;
	let raw = 0;
	const ops = Array.from({ length: OPS }, (_, i) => {
		const doc = new Y.Doc();
		doc.getMap('project').set('title', `Projet ${i}`);
		doc.getText('log').insert(0, `Compte rendu de la réunion ${i} : `.repeat(20));
		const update = Y.encodeStateAsUpdate(doc);
		raw += update.length;
		return {
			id: `op-${randomId(20)}`,
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update: encodeBase85(update)
		};
	});

	const push = await post(maire, { v: 1, device: 'd-load-writer', cursor: 0, ops });
	expect(push.json.accepted).toHaveLength(OPS);
	const pull = await post(adjoint, { v: 1, device: 'd-load-reader', cursor });
	expect(pull.json.more).toBe(false);
	expect(pull.json.changes).toHaveLength(OPS);
	let pulledRaw = 0;
	for (const change of pull.json.changes) pulledRaw += decodeBase85(change.update).length;
	expect(pulledRaw).toBe(raw);
	const idle = await post(adjoint, { v: 1, device: 'd-load-reader', cursor: pull.json.cursor });
	expect(idle.json.changes).toEqual([]);

	// Bytes: z85 (1.25×) plus an envelope of at most ~130 bytes per change.
	expect(pull.received).toBeLessThan(raw * 1.25 + OPS * 130);
	expect(push.sent).toBeLessThan(raw * 1.25 + OPS * 130);
});

it('caps `limit` at 2000', async () => {
	const { cursor } = (await post(adjoint, { v: 1, device: 'd-cap', cursor: 0 })).json;
	const doc = new Y.Doc();
	doc.getText('log').insert(0, 'cap');
	const update = encodeBase85(Y.encodeStateAsUpdate(doc));
	// 2 requests of 1000 ops + 1 more: 2001 rows after the cursor.
	for (const n of [1000, 1000, 1]) {
		const ops = Array.from({ length: n }, () => ({
			id: `op-${randomId(20)}`,
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update
		}));
		const pushed = await post(maire, { v: 1, device: 'd-cap-writer', cursor: 0, limit: 1, ops });
		expect(pushed.json.accepted).toHaveLength(n);
	}
	const page = await post(adjoint, { v: 1, device: 'd-cap', cursor, limit: 5000 });
	expect(page.json.changes).toHaveLength(2000);
	expect(page.json.more).toBe(true);
	const rest = await post(adjoint, {
		v: 1,
		device: 'd-cap',
		cursor: page.json.cursor,
		limit: 5000
	});
	expect(rest.json.changes).toHaveLength(1);
	expect(rest.json.more).toBe(false);
});

it('ends a page at about 4 MB of payload, before `limit`', async () => {
	let cursor = 0;
	for (let more = true; more;) {
		const page = await post(adjoint, { v: 1, device: 'd-budget', cursor, limit: 2000 });
		cursor = page.json.cursor;
		more = page.json.more;
	}
	// 7 updates of 512 KB = 7 × 655,361 z85 characters: 4.59 M, over the 4 MiB budget.
	const big = encodeBase85(new Uint8Array(512 * 1024).fill(42));
	for (const n of [4, 3]) {
		const ops = Array.from({ length: n }, () => ({
			id: `op-${randomId(20)}`,
			doc: randomId(),
			type: 'project',
			commune: lagrasse,
			update: big
		}));
		const pushed = await post(maire, { v: 1, device: 'd-budget-writer', cursor: 0, limit: 1, ops });
		expect(pushed.json.accepted).toHaveLength(n);
	}
	const first = await post(adjoint, { v: 1, device: 'd-budget', cursor });
	expect(first.json.changes).toHaveLength(6);
	expect(first.json.more).toBe(true);
	expect(first.received).toBeLessThan(4 * 1024 * 1024 + 6 * 200);
	const second = await post(adjoint, { v: 1, device: 'd-budget', cursor: first.json.cursor });
	expect(second.json.changes).toHaveLength(1);
	expect(second.json.more).toBe(false);
});
