// Sync figures (recorded, never judged):
// - sync.requests_per_cycle: 20 project documents × 50 edits made offline, then one cycle;
//   baseline: one SDK create per update (1000 requests).
// - sync.upload_bytes_ratio / sync.download_bytes_ratio: JSON bytes on the wire / raw bytes of
//   the Yjs updates made. Baselines: one request per update (upload), the whole document state
//   pushed after every edit (download).
// - sync.engine_cycles_per_s / sync.engine_p95_ms: 50 devices of the real sync engine (25
//   communes × 2 élus, fake-indexeddb, all in this Node process) cycling concurrently against one
//   real PocketBase, bounded in cycles and time; bound by the in-process client, so the server's
//   own throughput is server.sync_* (server-load.bench.spec.ts).
// - sync.push_500_docs_ms / sync.pull_500_docs_ms: one request carrying 500 new documents, and
//   another device's one request pulling them (tests/server/sync-load.spec.ts checks the bytes).
import { IDBFactory } from 'fake-indexeddb';
import type PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	addLogEntry,
	createProject,
	projectParts
} from '../../src/lib/features/projects/local/projects';
import { openLocalStore, type LocalStore } from '../../src/lib/local/store';
import { SyncEngine } from '../../src/lib/sync/engine';
import { PocketBaseTransport, type SyncTransport } from '../../src/lib/sync/transport';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { randomId } from '../helpers/ids';
import { adminClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { recordMetric } from './metrics';

const BIG_PUSH = 500;
const DOCS = 20;
const EDITS = 50;
const DEVICES = 50;
const CYCLES_PER_DEVICE = 10;
const LOAD_TIME_LIMIT_MS = 60_000;

let server: TestServer;
let admin: PocketBase;
const stores: LocalStore[] = [];

async function elu(n: number, commune: string): Promise<PocketBase> {
	const user = await admin.collection('users').create({
		email: `bench.${n}@collabactons.fr`,
		password: 'collabactons-demo',
		passwordConfirm: 'collabactons-demo',
		role: 'elu',
		communes: [commune],
		verified: true
	});
	const client = await admin.collection('users').impersonate(user.id, 3600);
	client.autoCancellation(false);
	return client;
}

async function commune(n: number): Promise<string> {
	const insee = `8B${String(n).padStart(3, '0')}`;
	return (await admin.collection('communes').create({ insee, name: `Banc ${n}`, population: 300 }))
		.id;
}

/** Round-trip times of every sync request, in ms (what the server costs a device). */
const requestTimes: number[] = [];

async function device(pb: PocketBase) {
	const store = await openLocalStore({
		userId: pb.authStore.record!.id,
		indexedDB: new IDBFactory()
	});
	stores.push(store);
	const real = new PocketBaseTransport(pb);
	const timed: SyncTransport = {
		send: async (request) => {
			const t0 = performance.now();
			try {
				return await real.send(request);
			} finally {
				requestTimes.push(performance.now() - t0);
			}
		}
	};
	return { store, engine: new SyncEngine({ store, transport: timed }) };
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Base64 length of `bytes` bytes (what a JSON body of the naive client would carry). */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

describe('sync benchmarks', () => {
	beforeAll(async () => {
		server = await startTestServer({ seedDemo: false });
		admin = await adminClient(server.url);
	});

	afterAll(async () => {
		for (const store of stores) await store.close();
		await server?.dispose();
	});

	it('pushes 20 documents × 50 offline edits in one cycle, bytes close to the changes', async () => {
		const place = await commune(0);
		const writer = await device(await elu(0, place));
		const reader = await device(await elu(1, place));
		let rawBytes = 0;
		let naiveUploadBytes = 0;
		let wholeStateBytes = 0;
		for (let d = 0; d < DOCS; d++) {
			const id = await createProject(writer.store, { title: `Projet ${d}`, commune: place });
			await writer.store.docs.use(id, async (doc) => {
				const sizes: number[] = [];
				const onUpdate = (update: Uint8Array) => sizes.push(update.byteLength);
				doc.on('update', onUpdate);
				for (let e = 0; e < EDITS; e++) {
					if (e % 2) projectParts(doc).description.insert(0, `Modification ${e}. `);
					else
						addLogEntry(doc, { date: '2026-11-29', text: `Entrée ${e} du journal`, author: 'u' });
					wholeStateBytes += Y.encodeStateAsUpdate(doc).byteLength;
				}
				doc.off('update', onUpdate);
				for (const size of sizes) {
					rawBytes += size;
					naiveUploadBytes += JSON.stringify({
						doc: id,
						update: 'x'.repeat(base64Length(size))
					}).length;
				}
			});
		}
		const pushed = await writer.engine.cycle();
		expect(pushed.status).toBe('ok');
		const pulled = await reader.engine.cycle();
		expect(pulled.status).toBe('ok');
		expect(pulled.pulled).toBeGreaterThanOrEqual(DOCS);

		recordMetric({
			name: 'sync.requests_per_cycle',
			value: pushed.requests,
			unit: 'requests',
			baseline: DOCS * EDITS,
			ratio: (DOCS * EDITS) / pushed.requests,
			note: `${DOCS} docs × ${EDITS} offline edits, one cycle; baseline: one SDK create per update`
		});
		const upload = pushed.bytesSent / rawBytes;
		const naiveUpload = naiveUploadBytes / rawBytes;
		recordMetric({
			name: 'sync.upload_bytes_ratio',
			value: upload,
			unit: '× raw',
			baseline: naiveUpload,
			ratio: naiveUpload / upload,
			note: `${pushed.bytesSent} B sent for ${rawBytes} B of Yjs updates; baseline: one JSON+base64 request per update`
		});
		const download = pulled.bytesReceived / rawBytes;
		const wholeState = base64Length(wholeStateBytes) / rawBytes;
		recordMetric({
			name: 'sync.download_bytes_ratio',
			value: download,
			unit: '× raw',
			baseline: wholeState,
			ratio: wholeState / download,
			note: `${pulled.bytesReceived} B received; baseline: the whole document state after every edit`
		});
	});

	it('serves 50 devices cycling at once', async () => {
		const devices: Awaited<ReturnType<typeof device>>[] = [];
		const docs: string[] = [];
		for (let c = 0; c < DEVICES / 2; c++) {
			const place = await commune(100 + c);
			for (let k = 0; k < 2; k++) {
				const d = await device(await elu(100 + c * 2 + k, place));
				devices.push(d);
				if (k === 0)
					docs.push(await createProject(d.store, { title: `Projet ${c}`, commune: place }));
				else docs.push(docs.at(-1)!);
			}
		}
		const latencies: number[] = [];
		requestTimes.length = 0;
		let failures = 0;
		const start = performance.now();
		await Promise.all(
			devices.map(async (d, i) => {
				for (let n = 0; n < CYCLES_PER_DEVICE; n++) {
					if (performance.now() - start > LOAD_TIME_LIMIT_MS) return;
					await d.store.docs.use(docs[i]!, (doc) =>
						addLogEntry(doc, { date: '2026-11-29', text: `cycle ${n} appareil ${i}`, author: 'u' })
					);
					const t0 = performance.now();
					const result = await d.engine.cycle();
					latencies.push(performance.now() - t0);
					if (result.status !== 'ok') failures++;
				}
			})
		);
		const elapsed = (performance.now() - start) / 1000;
		latencies.sort((a, b) => a - b);
		const requests = [...requestTimes].sort((a, b) => a - b);
		const p95 = percentile(requests, 0.95);
		expect(latencies.length).toBeGreaterThan(0);
		expect(failures).toBe(0);
		recordMetric({
			name: 'sync.engine_cycles_per_s',
			value: latencies.length / elapsed,
			unit: 'cycles/s',
			note: `${DEVICES} devices × up to ${CYCLES_PER_DEVICE} cycles (edit + push + pull), one PocketBase, client and server on the same 2-core machine`
		});
		recordMetric({
			name: 'sync.engine_p95_ms',
			value: p95,
			unit: 'ms',
			note:
				`p95 HTTP round trip of ${requests.length} sync requests under ${DEVICES} concurrent devices ` +
				`(median ${Math.round(percentile(requests, 0.5))} ms); whole cycle incl. local IndexedDB work ` +
				`of 50 devices in one Node process: p95 ${Math.round(percentile(latencies, 0.95))} ms`
		});
	});
	it('pushes 500 documents in one request and pulls them in one', async () => {
		const place = await commune(999);
		const writer = await elu(998, place);
		const reader = await elu(999, place);
		/** One raw sync request; its round-trip time in ms and the parsed reply. */
		const timed = async (pb: PocketBase, body: object) => {
			const t0 = performance.now();
			const response = await fetch(`${server.url}/api/collab/sync`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Authorization: pb.authStore.token },
				body: JSON.stringify({ v: 1, ops: [], records: [], ...body })
			});
			const json = (await response.json()) as { accepted: string[]; changes: unknown[] };
			const ms = performance.now() - t0;
			expect(response.status).toBe(200);
			return { ms, json };
		};
		let rawBytes = 0;
		const ops = Array.from({ length: BIG_PUSH }, (_, i) => {
			const doc = new Y.Doc();
			doc.getMap('project').set('title', `Projet ${i}`);
			doc.getText('log').insert(0, `Compte rendu de la réunion ${i} : `.repeat(20));
			const update = Y.encodeStateAsUpdate(doc);
			rawBytes += update.byteLength;
			return {
				id: `op-${randomId(20)}`,
				doc: randomId(),
				type: 'project',
				commune: place,
				update: encodeBase85(update)
			};
		});
		const push = await timed(writer, { device: 'd-big-writer', cursor: 0, ops });
		expect(push.json.accepted).toHaveLength(BIG_PUSH);
		const pull = await timed(reader, { device: 'd-big-reader', cursor: 0, limit: 2000 });
		expect(pull.json.changes).toHaveLength(BIG_PUSH);
		recordMetric({
			name: 'sync.push_500_docs_ms',
			value: Math.round(push.ms),
			unit: 'ms',
			note: `one request of ${BIG_PUSH} new documents, ${Math.round(rawBytes / 1024)} KB of Yjs updates`
		});
		recordMetric({
			name: 'sync.pull_500_docs_ms',
			value: Math.round(pull.ms),
			unit: 'ms',
			note: `another device pulls those ${BIG_PUSH} documents in one request`
		});
	});
});
