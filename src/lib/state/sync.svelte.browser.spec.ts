// The sync state following the session, in Chromium where Svelte's effects run: a sign-in opens
// that user's store, an expired session shows "reauth" before anything else, a sign-out closes
// the store and empties the lists. Real IndexedDB, real engine and scheduler, offline.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/sync/ids';
import type { User } from '$lib/domain/users';
import { saveProgress } from '$lib/local/progress';
import { openLocalStore } from '$lib/local/store';
import { deleteUserData } from '$lib/local/user-data';
import { createPocketBase } from '$lib/sync/pocketbase';
import { PhotoQueue } from '$lib/features/photos/state/photos.svelte';
import { Preferences } from './preferences.svelte';
import type { SessionStatus } from './session.svelte';
import { SyncState } from './sync.svelte';

const mayor: User = {
	id: `u${newId().slice(1)}`,
	email: 'maire@example.fr',
	name: 'Lucie Ferrand',
	role: 'elu',
	communes: [{ id: 'commune00000001', insee: '11185', name: 'Lagrasse' }]
};

afterEach(() => deleteUserData(mayor.id));

/** A sync state following a session that starts loading, on a server that never answers. */
function offlineSyncState() {
	const session = $state({
		status: 'loading' as SessionStatus,
		user: null as User | null,
		needsReauth: false
	});
	const client = () => createPocketBase('http://127.0.0.1:9');
	const sync = new SyncState({
		session,
		photos: new PhotoQueue({ client, online: () => false, preferences: new Preferences() }),
		openStore: (userId) => openLocalStore({ userId }),
		client
	});
	return { session, sync };
}

describe('SyncState.start', () => {
	it('opens the signed-in user’s store, says when to sign in again, and closes on sign-out', async () => {
		const { session, sync } = offlineSyncState();
		sync.online = false;
		sync.start();
		expect(sync.store).toBeNull();

		session.user = mayor;
		session.status = 'signed-in';
		await expect.poll(() => sync.store?.userId).toBe(mayor.id);
		await saveProgress(sync.store!.db, mayor.id, { module: 'ic-1', done: true });
		await expect.poll(() => sync.items.length).toBe(1);
		expect(sync.status).toBe('offline');

		session.needsReauth = true;
		expect(sync.status).toBe('reauth');
		session.needsReauth = false;

		session.user = null;
		session.status = 'signed-out';
		await expect.poll(() => sync.store).toBeNull();
		expect(sync.items).toEqual([]);
	});

	it('does not make the effect that waits for the store run again when the store opens', async () => {
		const { session, sync } = offlineSyncState();
		sync.online = false;
		let runs = 0;
		let ready: Promise<unknown> = Promise.resolve();
		// As a screen does: build its view in an effect that asks for the store.
		const stop = $effect.root(() => {
			$effect(() => {
				runs++;
				ready = sync.ready();
			});
		});
		flushSync();
		session.user = mayor;
		session.status = 'signed-in';
		await ready;
		flushSync();
		expect(sync.store?.userId).toBe(mayor.id);
		expect(runs).toBe(1);
		stop();
		session.user = null;
		session.status = 'signed-out';
		await expect.poll(() => sync.store).toBeNull();
	});
});
