// The sync engine against a real PocketBase: round trip between two devices, refused changes
// kept and shown, replays stored once, paging, and an expired session that loses nothing.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	createProject,
	projectParts,
	readProject
} from '../../src/lib/features/projects/local/projects';
import { entriesIn, loadOutbox, retryRejected } from '../../src/lib/local/outbox';
import { saveCursor } from '../../src/lib/local/sync-state';
import { SyncEngine } from '../../src/lib/sync/engine';
import { PocketBaseTransport, type SyncTransport } from '../../src/lib/sync/transport';
import type { SyncRequest } from '../../src/lib/domain/sync/protocol';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { simulatedDevices } from '../helpers/devices';

const url = inject('pbUrl');
let lagrasse: string;
let carcassonne: string;

beforeAll(async () => {
	lagrasse = await communeId(url, '11185');
	carcassonne = await communeId(url, '11069');
});

const simulated = simulatedDevices();

/** A simulated device: its own IndexedDB, its own signed-in client. */
const device = (pb: PocketBase, transport?: SyncTransport, limit?: number) =>
	simulated(pb, { transport, limit });

describe('SyncEngine against PocketBase', () => {
	it('carries a project from one device to another, summary included', async () => {
		const a = await device(await userClient(url, DEMO.maire));
		const b = await device(await userClient(url, DEMO.adjoint));
		const id = await createProject(a.store, { title: 'Jardin partagé', commune: lagrasse });
		await a.store.docs.use(id, (doc) => projectParts(doc).description.insert(0, 'Au bourg'));
		const pushed = await a.engine.cycle();
		expect(pushed.status).toBe('ok');
		expect(pushed.requests).toBe(1);
		expect(await entriesIn(a.store.db, ['pending', 'sending', 'rejected'])).toHaveLength(0);

		const pulled = await b.engine.cycle();
		expect(pulled.status).toBe('ok');
		const project = await b.store.docs.use(id, (doc) => readProject(id, doc));
		expect(project).toMatchObject({ title: 'Jardin partagé', description: 'Au bourg' });
		expect((await b.store.db.projects.get(id))?.title).toBe('Jardin partagé');
		expect(await b.store.db.outbox.count()).toBe(0);
	});

	it('keeps a refused change, with the server’s reason, until the user retries it', async () => {
		const a = await device(await userClient(url, DEMO.maire));
		const id = await createProject(a.store, { title: 'Ailleurs', commune: carcassonne });
		const first = await a.engine.cycle();
		expect(first.rejected).toBeGreaterThan(0);
		const refused = await entriesIn(a.store.db, ['rejected']);
		expect(refused.length).toBeGreaterThan(0);
		expect(refused[0]).toMatchObject({ status: 403, code: 'forbidden' });
		expect(refused[0]!.reason).toMatch(/commune/i);

		await a.engine.cycle();
		expect(await entriesIn(a.store.db, ['rejected'])).toHaveLength(refused.length);
		expect(await a.store.docs.use(id, (d) => readProject(id, d).title)).toBe('Ailleurs');

		expect(await retryRejected(a.store.db)).toBe(refused.length);
		await a.engine.cycle();
		expect(await entriesIn(a.store.db, ['rejected'])).toHaveLength(refused.length);
	});

	it('stores a replayed request once', async () => {
		const pb = await userClient(url, DEMO.maire);
		const sent: SyncRequest[] = [];
		const real = new PocketBaseTransport(pb);
		const twice: SyncTransport = {
			send: async (request) => {
				sent.push(request);
				await real.send(request);
				return real.send(request);
			}
		};
		const a = await device(pb, twice);
		const id = await createProject(a.store, { title: 'Rejoué', commune: lagrasse });
		await a.store.docs.use(id, (doc) => projectParts(doc).description.insert(0, 'une fois'));
		expect((await a.engine.cycle()).status).toBe('ok');
		// The same body a third time, much later.
		await real.send(sent[0]!);
		const admin = await adminClient(url);
		const rows = await admin
			.collection('doc_updates')
			.getFullList({ filter: admin.filter('doc = {:id}', { id }) });
		expect(rows).toHaveLength(1);

		const b = await device(await userClient(url, DEMO.adjoint));
		await b.engine.cycle();
		expect(await b.store.docs.use(id, (d) => readProject(id, d).description)).toBe('une fois');
	});

	it('pages a long catch-up and gets every document', async () => {
		const a = await device(await userClient(url, DEMO.maire));
		const ids: string[] = [];
		for (let i = 0; i < 7; i++) {
			ids.push(await createProject(a.store, { title: `Projet ${i}`, commune: lagrasse }));
		}
		expect((await a.engine.cycle()).status).toBe('ok');
		const b = await device(await userClient(url, DEMO.adjoint), undefined, 2);
		const result = await b.engine.cycle();
		expect(result.status).toBe('ok');
		expect(result.requests).toBeGreaterThanOrEqual(4);
		for (const [i, id] of ids.entries()) {
			expect(await b.store.docs.use(id, (d) => readProject(id, d).title)).toBe(`Projet ${i}`);
		}
	});

	it('stops on an expired session and keeps every change for later', async () => {
		const pb = await userClient(url, DEMO.maire);
		const record = pb.authStore.record!;
		const a = await device(pb);
		const id = await createProject(a.store, { title: 'Hors session', commune: lagrasse });
		pb.authStore.save('not-a-valid-token', record);
		const result = await a.engine.sync();
		expect(result.status).toBe('reauth');
		expect(result.requests).toBe(1);
		expect((await entriesIn(a.store.db, ['pending'])).length).toBeGreaterThan(0);

		await pb.collection('users').authWithPassword(DEMO.maire, 'collabactons-demo');
		expect((await a.engine.cycle()).status).toBe('ok');
		expect(await entriesIn(a.store.db, ['pending', 'rejected'])).toHaveLength(0);
		const b = await device(await userClient(url, DEMO.adjoint));
		await b.engine.cycle();
		expect(await b.store.docs.use(id, (d) => readProject(id, d).title)).toBe('Hors session');
	});

	it('does not give another commune’s documents to an élu', async () => {
		const other = await createUser(url, {
			email: 'elu.carcassonne@collabactons.fr',
			role: 'elu',
			communes: [carcassonne]
		});
		const a = await device(await userClient(url, DEMO.maire));
		const id = await createProject(a.store, { title: 'Privé', commune: lagrasse });
		await a.engine.cycle();
		const c = await device(other);
		await c.engine.cycle();
		expect(await c.store.db.docs.get(id)).toBeUndefined();
		expect(await c.store.db.projects.get(id)).toBeUndefined();
	});
});

describe('SyncEngine after a server restored from an older backup', () => {
	it('pushes back what the server lost', async () => {
		const lagrasse = await communeId(url, '11185');
		const a = await device(await userClient(url, DEMO.maire));
		const id = await createProject(a.store, { title: 'Sauvegarde', commune: lagrasse });
		await a.store.docs.use(id, (doc) => projectParts(doc).description.insert(0, 'à restaurer'));
		expect((await a.engine.cycle()).status).toBe('ok');
		// The backup predates this project, and its seqs stop well below this device's cursor.
		const admin = await adminClient(url);
		await admin.collection('projects').delete(id);
		await admin.collection('docs').delete(id);
		await saveCursor(a.store.db, 1_000_000_000);

		const result = await a.engine.cycle();
		expect(result.status).toBe('ok');
		expect(result.cursor).toBeLessThan(1_000_000_000);
		const b = await device(await userClient(url, DEMO.adjoint));
		await b.engine.cycle();
		expect(await b.store.docs.use(id, (d) => readProject(id, d))).toMatchObject({
			title: 'Sauvegarde',
			description: 'à restaurer'
		});
		expect((await b.store.db.projects.get(id))?.title).toBe('Sauvegarde');
	});

	it('pushes back a document whose full state is over 512 KB, in several parts', async () => {
		const lagrasse = await communeId(url, '11185');
		const a = await device(await userClient(url, DEMO.maire));
		const id = await createProject(a.store, { title: 'Gros dossier', commune: lagrasse });
		const paragraph = 'Délibération du conseil municipal sur le projet de la commune. '.repeat(100);
		for (let i = 0; i < 110; i++) {
			await a.store.docs.use(id, (doc) => projectParts(doc).description.insert(0, paragraph));
		}
		const state = await a.store.docs.encodeState(id);
		expect(state.byteLength).toBeGreaterThan(600 * 1024);
		expect((await a.engine.cycle()).status).toBe('ok');
		// The backup predates this project: its rows are gone and its seqs stop below the cursor.
		const admin = await adminClient(url);
		for (const row of await admin
			.collection('doc_updates')
			.getFullList({ filter: admin.filter('doc = {:id}', { id }), fields: 'id' })) {
			await admin.collection('doc_updates').delete(row.id);
		}
		await admin.collection('projects').delete(id);
		await admin.collection('docs').delete(id);
		await saveCursor(a.store.db, 1_000_000_000);

		const result = await a.engine.cycle();
		expect(result.status).toBe('ok');
		// The mayor's tablet also holds rows other people wrote (the demo sessions she attends):
		// the server refuses them from her, and they are dropped, not shown to her as refused.
		expect(result.rejected).toBe(0);
		expect(await loadOutbox(a.store.db)).toSatisfy((entries: { state: string }[]) =>
			entries.every((e) => e.state === 'confirmed')
		);
		const b = await device(await userClient(url, DEMO.adjoint));
		await b.engine.cycle();
		const description = await b.store.docs.use(id, (d) => readProject(id, d).description);
		expect(description.length).toBe(110 * paragraph.length);
	}, 120_000);
});

describe('SyncEngine cycles of one user', () => {
	it('never run two at once, even from two engines of the same store', async () => {
		const pb = await userClient(url, DEMO.maire);
		const real = new PocketBaseTransport(pb);
		let inFlight = 0;
		let most = 0;
		const watched: SyncTransport = {
			send: async (request) => {
				most = Math.max(most, ++inFlight);
				try {
					return await real.send(request);
				} finally {
					inFlight--;
				}
			}
		};
		const a = await device(pb, watched);
		const second = new SyncEngine({ store: a.store, transport: watched });
		const lagrasse = await communeId(url, '11185');
		await createProject(a.store, { title: 'Un seul cycle à la fois', commune: lagrasse });
		const results = await Promise.all([
			a.engine.cycle(),
			second.cycle(),
			a.engine.cycle(),
			second.cycle()
		]);
		expect(results.every((r) => r.status === 'ok')).toBe(true);
		expect(most).toBe(1);
		expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(2);
	});
});

describe('SyncEngine and damaged server rows', () => {
	it('skips a change it cannot decode, reports it, and still moves on', async () => {
		const lagrasse = await communeId(url, '11185');
		const a = await device(await userClient(url, DEMO.maire));
		const id = await createProject(a.store, { title: 'Intact', commune: lagrasse });
		await a.engine.cycle();
		const pb = await userClient(url, DEMO.adjoint);
		const real = new PocketBaseTransport(pb);
		const damaging: SyncTransport = {
			send: async (request) => {
				const body = (await real.send(request)) as { changes: { update: string }[] };
				// A block overflow (`#####` > 2^32) and bytes that are not a Yjs update.
				body.changes.unshift(
					{ ...body.changes[0]!, update: '0#####' },
					{ ...body.changes[0]!, update: '0abcdeabcde' }
				);
				return body;
			}
		};
		const b = await device(pb, damaging);
		const result = await b.engine.cycle();
		expect(result.status).toBe('ok');
		expect(result.skipped).toBe(2);
		expect(result.cursor).toBeGreaterThan(0);
		expect(await b.store.docs.use(id, (d) => readProject(id, d).title)).toBe('Intact');
	});
});
