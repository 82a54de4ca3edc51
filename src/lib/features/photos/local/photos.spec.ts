// Log photos on a device, in fake-indexeddb: saved before the entry, queued oldest first,
// progress only grows, a refusal keeps the bytes, missing photos of other devices are filled
// by a download but never overwrite a photo this device holds.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import {
	loadPhotoBytes,
	markRejected,
	markSent,
	photosToSend,
	recordProgress,
	rememberMissing,
	retryPhotos,
	savePhotos,
	storeDownloaded
} from './photos';

const PROJECT = 'p'.repeat(15);
const ENTRY = 'e'.repeat(15);
const photo = (id: string, size = 1000) => ({
	id,
	mime: 'image/jpeg',
	width: 1600,
	height: 1200,
	bytes: new Uint8Array(size).fill(7)
});

let db: UserDatabase;
beforeEach(async () => {
	db = new UserDatabase('u-photos', new IDBFactory());
	await db.open();
});
afterEach(() => db.close());

describe('log photos on the device', () => {
	it('queues saved photos oldest first and forgets them once sent', async () => {
		await savePhotos(db, PROJECT, ENTRY, [photo('a'.repeat(15)), photo('b'.repeat(15))]);
		expect((await photosToSend(db)).map((p) => p.id)).toEqual(['a'.repeat(15), 'b'.repeat(15)]);
		await markSent(db, 'a'.repeat(15));
		expect((await photosToSend(db)).map((p) => p.id)).toEqual(['b'.repeat(15)]);
		expect(await db.photos.get('a'.repeat(15))).toMatchObject({ state: 'sent', sent: 1000 });
		// The bytes stay: they are what the log shows on this device.
		expect((await loadPhotoBytes(db, 'a'.repeat(15)))?.length).toBe(1000);
	});

	it('records upload progress within the photo, and only while it waits', async () => {
		const id = 'c'.repeat(15);
		await savePhotos(db, PROJECT, ENTRY, [photo(id)]);
		await recordProgress(db, id, 640);
		expect((await db.photos.get(id))?.sent).toBe(640);
		await recordProgress(db, id, 99_999);
		expect((await db.photos.get(id))?.sent).toBe(1000);
		await markSent(db, id);
		await recordProgress(db, id, 10);
		expect((await db.photos.get(id))?.sent).toBe(1000);
	});

	it('keeps a refused photo with its reason, and queues it again from the start on retry', async () => {
		const id = 'd'.repeat(15);
		await savePhotos(db, PROJECT, ENTRY, [photo(id)]);
		await recordProgress(db, id, 500);
		await markRejected(db, id, 'Photo trop lourde.');
		expect(await photosToSend(db)).toEqual([]);
		expect(await db.photos.get(id)).toMatchObject({
			state: 'rejected',
			reason: 'Photo trop lourde.'
		});
		await retryPhotos(db);
		expect(await db.photos.get(id)).toMatchObject({ state: 'pending', sent: 0 });
		expect((await db.photos.get(id))?.reason).toBeUndefined();
	});

	it('remembers photos of other devices as missing until downloaded, never over a local one', async () => {
		const mine = 'f'.repeat(15);
		const theirs = 'g'.repeat(15);
		await savePhotos(db, PROJECT, ENTRY, [photo(mine)]);
		const refs = [mine, theirs].map((id) => ({ id, entryId: ENTRY, width: 800, height: 600 }));
		await rememberMissing(db, PROJECT, refs);
		await rememberMissing(db, PROJECT, refs);
		expect(await db.photos.get(mine)).toMatchObject({ state: 'pending', width: 1600 });
		expect(await db.photos.get(theirs)).toMatchObject({ state: 'missing', size: 0 });
		expect(await photosToSend(db)).toHaveLength(1);
		await storeDownloaded(db, theirs, new Uint8Array(300).fill(1), 'image/jpeg');
		await storeDownloaded(db, mine, new Uint8Array(3), 'image/jpeg');
		expect(await db.photos.get(theirs)).toMatchObject({ state: 'sent', size: 300 });
		expect((await loadPhotoBytes(db, mine))?.length).toBe(1000);
	});
});
