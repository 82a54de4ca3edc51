// Sync state survives a server restart and a crash (SIGKILL right after a response): rows,
// the global sequence and idempotency all come back from SQLite. Runs its own PocketBase.
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeBase85, encodeBase85 } from '../../src/lib/domain/sync/base85';
import { DEMO, userClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { randomId, nextRev } from '../helpers/ids';
import { sync } from '../helpers/sync';

let server: TestServer;

beforeAll(async () => {
	server = await startTestServer();
});

afterAll(async () => {
	await server?.dispose();
});

it('keeps documents, records, the sequence and idempotency across a restart and a crash', async () => {
	const maire = await userClient(server.url, DEMO.maire);
	const commune = maire.authStore.record!.communes[0] as string;
	const source = new Y.Doc();
	source.getMap('project').set('title', 'Maison de santé');
	const docId = randomId();
	const request = {
		device: 'd-before-restart',
		cursor: 0,
		ops: [
			{
				id: `op-${randomId(20)}`,
				doc: docId,
				type: 'project',
				commune,
				update: encodeBase85(Y.encodeStateAsUpdate(source))
			}
		],
		records: [
			{ collection: 'projects', rev: nextRev(), id: docId, data: { title: 'Maison de santé' } }
		]
	};
	const first = await sync(maire, request);
	expect(first.accepted).toHaveLength(1);

	await server.restart();
	const replay = await sync(maire, request);
	expect(replay.accepted).toEqual(first.accepted);
	expect(replay.cursor).toBe(first.cursor); // nothing new was stored

	// A second edit, then a crash right after the response: the commit is durable.
	const before = Y.encodeStateVector(source);
	source.getMap('project').set('status', 'en_cours');
	const second = await sync(maire, {
		device: 'd-before-restart',
		cursor: first.cursor,
		ops: [
			{
				id: `op-${randomId(20)}`,
				doc: docId,
				type: 'project',
				commune,
				update: encodeBase85(Y.encodeStateAsUpdate(source, before))
			}
		]
	});
	expect(second.cursor).toBeGreaterThan(first.cursor);
	await server.stop('SIGKILL');
	await server.restart();

	const adjoint = await userClient(server.url, DEMO.adjoint);
	const pulled = await sync(adjoint, { device: 'd-after-restart', cursor: 0 });
	const replica = new Y.Doc();
	for (const change of pulled.changes) {
		if (change.doc === docId) Y.applyUpdate(replica, decodeBase85(change.update));
	}
	expect(replica.getMap('project').toJSON()).toEqual({
		title: 'Maison de santé',
		status: 'en_cours'
	});
	expect(pulled.recordChanges.find((r) => r.id === docId)?.data.title).toBe('Maison de santé');
	expect(pulled.cursor).toBe(second.cursor);

	// The sequence goes on from where it was.
	const third = await sync(maire, {
		device: 'd-before-restart',
		cursor: second.cursor,
		records: [
			{
				collection: 'progress',
				rev: nextRev(),
				id: randomId(),
				data: { module: 'v1-m1', done: true }
			}
		]
	});
	expect(third.cursor).toBe(second.cursor + 1);
});
