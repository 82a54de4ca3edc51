// Log photos in `.collabactons` files: a facilitator without any network carries a project to
// another tablet with the photos of its log, not grey placeholders. Exported with their project;
// imported only when they are what they claim (a JPEG or WebP within the server's size cap) and
// never over a photo this device already holds; an imported photo waits to be sent like one
// taken here (the server's upload is idempotent if the original device sent it first).
import { MAX_STORED_BYTES, sniffImage } from '../domain/limits';
import { decodeBase85, encodeBase85 } from '$lib/domain/sync/base85';
import type { BundlePhoto } from '$lib/domain/sync/bundle-format';
import type { UserDatabase } from '$lib/local/db';
import { loadPhotoBytes, savePhotos } from '../local/photos';

/** The photos (with bytes) of the logs of `projectIds`, as bundle entries. */
export async function photoBundleEntries(
	db: UserDatabase,
	projectIds: readonly string[]
): Promise<BundlePhoto[]> {
	const rows = await db.photos.where('projectId').anyOf(projectIds).sortBy('createdAt');
	const stored = await db.photoBytes.bulkGet(rows.map((row) => row.id));
	return rows.flatMap((row, index) => {
		const bytes = stored[index]?.bytes;
		if (!bytes) return [];
		const { id, projectId, entryId, mime, width, height } = row;
		return [{ id, projectId, entryId, mime, width, height, data: encodeBase85(bytes) }];
	});
}

/** Keeps the file's photos this device lacks; resolves with how many were added. */
export async function mergeBundlePhotos(
	db: UserDatabase,
	photos: readonly BundlePhoto[]
): Promise<{ added: number; refused: number }> {
	let added = 0;
	let refused = 0;
	for (const photo of photos) {
		if (await loadPhotoBytes(db, photo.id)) continue;
		let bytes: Uint8Array;
		try {
			bytes = decodeBase85(photo.data);
		} catch {
			refused++;
			continue;
		}
		const format = sniffImage(bytes.subarray(0, 16));
		const expected = photo.mime === 'image/webp' ? 'webp' : 'jpeg';
		if (bytes.length > MAX_STORED_BYTES || format !== expected) {
			refused++;
			continue;
		}
		// A `missing` placeholder (known from the log, never downloaded) is replaced.
		const { id, mime, width, height } = photo;
		await savePhotos(db, photo.projectId, photo.entryId, [{ id, mime, width, height, bytes }]);
		added++;
	}
	return { added, refused };
}
