// Log photos on this device: the resized bytes (table `photoBytes`), saved before the log entry
// that shows them, and where each upload stands (table `photos`), so a killed tab, a dropped connection or a refused request never
// loses a photo. Photos of other devices' entries are remembered as `missing` until downloaded.
// It never resizes (media/) and never talks to the network (sync/photos.ts).
import type { UserDatabase } from '$lib/local/db';
import type { PhotoBytesRow, PhotoRow } from '../platform';

/** A photo ready to be kept: resized on this device, attached to a log entry. */
export interface NewPhoto {
	id: string;
	mime: string;
	width: number;
	height: number;
	bytes: Uint8Array;
}

/** Saves the photos of a log entry as waiting to be sent; resolves once they are in IndexedDB. */
export async function savePhotos(
	db: UserDatabase,
	projectId: string,
	entryId: string,
	photos: readonly NewPhoto[]
): Promise<void> {
	const now = Date.now();
	await db.transaction('rw', db.photos, db.photoBytes, async () => {
		await db.photoBytes.bulkPut(photos.map(({ id, bytes }) => ({ id, bytes })));
		await db.photos.bulkPut(
			photos.map(({ bytes, ...p }, index) => ({
				...p,
				projectId,
				entryId,
				size: bytes.length,
				state: 'pending' as const,
				sent: 0,
				createdAt: now + index
			}))
		);
	});
}

/** The bytes of photo `id`, when this device holds them. */
export async function loadPhotoBytes(
	db: UserDatabase,
	id: string
): Promise<Uint8Array | undefined> {
	return (await db.photoBytes.get(id))?.bytes;
}

/** Photos waiting to be sent, oldest first. */
export async function photosToSend(db: UserDatabase): Promise<PhotoRow[]> {
	return db.photos.where('state').equals('pending').sortBy('createdAt');
}

/** Photos waiting to be sent or refused by the server, oldest first (the upload queue). */
export async function loadQueuedPhotos(db: UserDatabase): Promise<PhotoRow[]> {
	return db.photos.where('state').anyOf('pending', 'rejected').sortBy('createdAt');
}

/** The photos of project `projectId` this device knows of, whatever their state. */
export async function loadProjectPhotos(db: UserDatabase, projectId: string): Promise<PhotoRow[]> {
	return db.photos.where('projectId').equals(projectId).toArray();
}

/** The bytes of the photos of `ids` this device holds (absent ones are left out). */
export async function loadPhotosBytes(
	db: UserDatabase,
	ids: readonly string[]
): Promise<PhotoBytesRow[]> {
	return db.photoBytes.where('id').anyOf(ids).toArray();
}

/** Remembers how many bytes of a photo the server holds (only ever grows while pending). */
export async function recordProgress(db: UserDatabase, id: string, sent: number): Promise<void> {
	await db.photos
		.where('id')
		.equals(id)
		.modify((row) => {
			if (row.state === 'pending') row.sent = Math.max(0, Math.min(row.size, sent));
		});
}

/** Marks a photo as stored by the server (the local bytes stay: they are what the log shows). */
export async function markSent(db: UserDatabase, id: string): Promise<void> {
	const sentAt = Date.now();
	await db.photos
		.where('id')
		.equals(id)
		.modify((row) => {
			Object.assign(row, { state: 'sent', sent: row.size, sentAt });
		});
}

/** Marks a photo as refused by the server, with its French reason; its bytes are kept. */
export async function markRejected(db: UserDatabase, id: string, reason: string): Promise<void> {
	await db.photos.update(id, { state: 'rejected', reason });
}

/** Puts refused photos (all, or `ids`) back in the queue, from the start. */
export async function retryPhotos(db: UserDatabase, ids?: string[]): Promise<void> {
	await db.photos
		.where('state')
		.equals('rejected')
		.filter((row) => !ids || ids.includes(row.id))
		.modify({ state: 'pending', sent: 0, reason: undefined });
}

/** Remembers photos referenced by log entries of other devices that this device lacks. */
export async function rememberMissing(
	db: UserDatabase,
	projectId: string,
	refs: readonly { id: string; entryId: string; width: number; height: number }[]
): Promise<void> {
	await db.transaction('rw', db.photos, async () => {
		const known = await db.photos.bulkGet(refs.map((r) => r.id));
		const now = Date.now();
		await db.photos.bulkAdd(
			refs
				.filter((_, index) => !known[index])
				.map((r) => ({
					...r,
					projectId,
					mime: 'image/jpeg',
					size: 0,
					state: 'missing' as const,
					sent: 0,
					createdAt: now
				}))
		);
	});
}

/** Stores the bytes of a photo downloaded from the server (only for a `missing` photo). */
export async function storeDownloaded(
	db: UserDatabase,
	id: string,
	bytes: Uint8Array,
	mime: string
): Promise<void> {
	await db.transaction('rw', db.photos, db.photoBytes, async () => {
		const row = await db.photos.get(id);
		if (row?.state !== 'missing') return;
		await db.photoBytes.put({ id, bytes });
		await db.photos.update(id, { mime, size: bytes.length, sent: bytes.length, state: 'sent' });
	});
}
