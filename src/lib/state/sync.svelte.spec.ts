// The sync state on a real (fake-indexeddb) store, with no server: what the Synchronisation screen
// lists (each change named in the user's words, newest first, with its state), the pending and
// refused counts the header shows (log photos included), framing drafts that never sync, "Réessayer",
// and a .collabactons file carried from one device to another. Server outcomes are written with
// the engine's own outbox functions, as a cycle would.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFraming } from '$lib/features/projects/domain/framing';
import type { User } from '$lib/domain/users';
import { saveFraming } from '$lib/features/projects/local/framings';
import { entriesIn, setState } from '$lib/local/outbox';
import { savePhotos } from '$lib/features/photos/local/photos';
import { saveProgress } from '$lib/local/progress';
import { createProject } from '$lib/features/projects/local/projects';
import { openLocalStore } from '$lib/local/store';
import { createPocketBase } from '$lib/sync/pocketbase';
import { deputy, LAGRASSE, mayor } from '../../../tests/helpers/state';
import { PhotoQueue } from '$lib/features/photos/state/photos.svelte';
import { itemState, SyncState, worstState } from './sync.svelte';

const states: SyncState[] = [];
afterEach(async () => {
	for (const state of states.splice(0)) await state.follow(null);
});

/** A device signed in as `user`, offline (no cycle runs), on its own IndexedDB. */
async function device(user: User) {
	const session = $state({ status: 'signed-in' as const, user, needsReauth: false });
	const indexedDB = new IDBFactory();
	const sync = new SyncState({
		session,
		photos: new PhotoQueue(),
		openStore: (userId) => openLocalStore({ userId, indexedDB }),
		// Nothing listens there: a cycle would find the network down.
		client: () => createPocketBase('http://127.0.0.1:9')
	});
	states.push(sync);
	sync.online = false;
	await sync.follow(user);
	// Runs the first cycle now (it sends nothing offline): no cycle is left to start later.
	await sync.syncNow();
	return { sync, session, store: sync.store! };
}

describe('SyncState', () => {
	it('lists each change in the user’s words, newest first, and counts what waits', async () => {
		const { sync, store } = await device(mayor);
		expect(sync.status).toBe('offline');
		await saveProgress(store.db, mayor.id, { module: 'ic-1', activity: 'ic-1-a1', done: true });
		const projectId = await createProject(store, {
			title: 'Verger communal',
			commune: LAGRASSE.id
		});

		await vi.waitFor(() => expect(sync.items.length).toBeGreaterThanOrEqual(3));
		const progress = sync.items.find((item) => item.kind === 'record' && !item.docId);
		expect(progress).toMatchObject({ state: 'device', name: expect.stringContaining('ic-1-a1') });
		const project = sync.items.filter((item) => item.docId === projectId);
		expect(project.map((item) => item.name)).toEqual(project.map(() => 'Verger communal'));
		expect(sync.items.map((item) => item.createdAt)).toEqual(
			[...sync.items.map((item) => item.createdAt)].sort((a, b) => b - a)
		);
		expect(sync.pending).toBe(sync.items.length);
		expect(sync.rejected).toBe(0);

		sync.online = true;
		expect(sync.status).toBe('pending');
	});

	it('says an account waiting for its validation is waiting, not in error', async () => {
		const { sync, session } = await device({ ...deputy, pending: true });
		sync.online = true;
		expect(sync.status).toBe('waiting');
		session.user = { ...deputy };
		expect(sync.status).not.toBe('waiting');
	});

	it('counts refusals and log photos, and "Réessayer" puts refusals back in the queue', async () => {
		const { sync, store } = await device(mayor);
		sync.online = true;
		await saveProgress(store.db, mayor.id, { module: 'ic-2', done: true });
		await saveProgress(store.db, mayor.id, { module: 'ic-3', done: true });
		const [first, second] = await entriesIn(store.db, ['pending']);
		await setState(store.db, [first!.id], 'confirmed');
		await setState(store.db, [second!.id], 'rejected', { reason: 'Refusé', code: 'forbidden' });

		await vi.waitFor(() => expect(sync.rejected).toBe(1));
		expect(sync.pending).toBe(0);
		expect(sync.status).toBe('error');
		expect(sync.items.find((i) => i.id === second!.id)).toMatchObject({
			state: 'rejected',
			reason: 'Refusé',
			code: 'forbidden'
		});
		expect(sync.items.find((i) => i.id === first!.id)?.state).toBe('confirmed');

		const bytes = new Uint8Array([1, 2, 3]);
		await savePhotos(store.db, 'projet000000001', 'entree000000001', [
			{ id: 'photo0000000001', mime: 'image/jpeg', width: 4, height: 3, bytes }
		]);
		await vi.waitFor(() => expect(sync.pending).toBe(1));

		sync.online = false; // "Réessayer" syncs at once: offline, the cycle does nothing.
		await sync.retry([second!.id]);
		await vi.waitFor(() => expect(sync.rejected).toBe(0));
		expect(sync.pending).toBe(2);
	});

	it('counts framing drafts that never became a project', async () => {
		const { sync, store } = await device(mayor);
		await saveFraming(store.db, { ...emptyFraming('es-4', LAGRASSE.id), title: 'Cantine' });
		await vi.waitFor(() => expect(sync.localDrafts).toBe(1));
		await saveFraming(store.db, { ...emptyFraming('es-4'), projectId: 'projet000000001' });
		await vi.waitFor(() => expect(sync.localDrafts).toBe(0));
		expect(sync.pending).toBe(0);
	});

	it('empties everything on sign-out and opens the next user’s store', async () => {
		const { sync, store } = await device(mayor);
		await saveProgress(store.db, mayor.id, { module: 'ic-1', done: true });
		await vi.waitFor(() => expect(sync.items).toHaveLength(1));
		await sync.follow(null);
		expect(sync.store).toBeNull();
		expect(sync.items).toEqual([]);

		await sync.follow(deputy);
		expect(sync.store?.userId).toBe(deputy.id);
		expect(await sync.ready()).toBe(sync.store);
	});

	it('carries a project to another device in a .collabactons file', async () => {
		const a = await device(mayor);
		const b = await device(deputy);
		const id = await createProject(a.store, { title: 'Broyeur partagé', commune: LAGRASSE.id });

		const file = await a.sync.exportFile();
		expect(file.name).toMatch(/\.collabactons$/);
		const preview = await b.sync.previewFile(file);
		await b.sync.merge(preview);
		expect(await b.store.docs.use(id, (doc) => doc.getMap('meta').get('title'))).toBe(
			'Broyeur partagé'
		);
	});
});

describe('item states', () => {
	it('names an outbox state as the user sees it, and a document by its least advanced entry', () => {
		expect(itemState({ state: 'pending' })).toBe('device');
		expect(itemState({ state: 'sending' })).toBe('sending');
		expect(worstState([])).toBe('confirmed');
		expect(worstState(['confirmed', 'device', 'sending'])).toBe('device');
		expect(worstState(['device', 'rejected', 'confirmed'])).toBe('rejected');
	});
});
