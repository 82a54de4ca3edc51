// Log photos in Chromium, on a store in the browser's IndexedDB, offline: the queue counts what
// waits (and how many bytes the server still lacks) and what was refused, "Réessayer" puts a
// refusal back, "Wi-Fi only" holds sending on a cellular connection and is mirrored for the
// service worker; a project's photos say what each shows, a photo of another device included.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain/sync/ids';
import { markRejected, recordProgress, savePhotos } from '$lib/features/photos/local/photos';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { loadPhotosWifiOnly } from '$lib/local/sync-state';
import { deleteUserData } from '$lib/local/user-data';
import { createPocketBase } from '$lib/sync/pocketbase';
import { PhotoQueue, ProjectPhotos } from '$lib/features/photos/state/photos.svelte';
import { Preferences } from '$lib/state/preferences.svelte';

const PROJECT = 'projet000000001';
const ENTRY = 'entree000000001';
const photo = (id: string, size: number) => ({
	id,
	mime: 'image/jpeg',
	width: 1600,
	height: 1200,
	bytes: new Uint8Array(size).fill(7)
});

let store: LocalStore | undefined;
let queue: PhotoQueue | undefined;
afterEach(async () => {
	queue?.detach();
	await store?.close();
	if (store) await deleteUserData(store.userId);
	localStorage.removeItem('collabactons.photosWifiOnly');
	store = undefined;
});

async function offlineQueue() {
	store = await openLocalStore({ userId: `u${newId().slice(1)}` });
	queue = new PhotoQueue({
		client: () => createPocketBase('http://127.0.0.1:9'),
		online: () => false,
		preferences: new Preferences()
	});
	queue.attach(store);
	return { store, queue };
}

describe('PhotoQueue', () => {
	it('counts waiting photos and bytes, refusals, and puts a refusal back on "Réessayer"', async () => {
		const { store, queue } = await offlineQueue();
		const [a, b] = [newId(), newId()];
		await savePhotos(store.db, PROJECT, ENTRY, [photo(a, 100), photo(b, 50)]);
		await expect.poll(() => queue.pending).toBe(2);
		expect(queue.pendingBytes).toBe(150);
		await recordProgress(store.db, a, 40);
		await expect.poll(() => queue.pendingBytes).toBe(110);

		await markRejected(store.db, b, 'Photo trop lourde.');
		await expect.poll(() => queue.rejected).toBe(1);
		expect(queue.pending).toBe(1);
		expect(queue.queued.find((p) => p.id === b)).toMatchObject({ state: 'rejected' });

		await queue.retry();
		await expect.poll(() => queue.rejected).toBe(0);
		expect(queue.pending).toBe(2);
	});

	it('holds photos on a cellular connection when asked, and tells the service worker', async () => {
		const { store, queue } = await offlineQueue();
		queue.connectionType = 'cellular';
		expect(queue.waitingForWifi).toBe(false);
		await queue.setWifiOnly(true);
		expect(queue.waitingForWifi).toBe(true);
		expect(await loadPhotosWifiOnly(store.db)).toBe(true);
		expect(localStorage.getItem('collabactons.photosWifiOnly')).toBe('true');
		queue.connectionType = 'wifi';
		expect(queue.waitingForWifi).toBe(false);
	});
});

describe('ProjectPhotos', () => {
	it('says what each photo shows, a photo of another device’s entry included', async () => {
		const { store, queue } = await offlineQueue();
		const mine = newId();
		const theirs = newId();
		await savePhotos(store.db, PROJECT, ENTRY, [photo(mine, 10)]);
		const photos = new ProjectPhotos(store, PROJECT, queue);
		try {
			expect(photos.state(mine)).toBe('loading');
			await expect.poll(() => photos.state(mine)).toBe('pending');
			await expect.poll(() => photos.bytes[mine]?.length).toBe(10);
			expect(photos.state(theirs)).toBe('missing');

			queue.connectionType = 'cellular';
			await queue.setWifiOnly(true);
			expect(photos.state(mine)).toBe('wifi');

			// Offline, the other device's photo cannot be fetched: it is remembered as missing.
			const entry = {
				id: 'entree000000002',
				date: '2026-12-04',
				text: 'Broyage',
				author: 'x',
				createdAt: 0
			};
			await photos.ensure([{ ...entry, photos: [{ id: theirs, width: 800, height: 600 }] }]);
			await expect.poll(() => photos.rows[theirs]?.state).toBe('missing');
			expect(photos.bytes[theirs]).toBeUndefined();
		} finally {
			photos.destroy();
		}
	});
});
