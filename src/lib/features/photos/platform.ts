// What the platform needs from the photos feature: its device tables (read by the registry,
// src/lib/collections.ts) and the photo steps the sync runs after each cycle and that files carry
// (the uploader and the bundle entries, re-exported for sync/ and the service worker).
// Photos are not records: they travel by their own resumable upload route. Service-worker safe.
import type { DeviceTable } from '$lib/local/collection';

/**
 * Where a log photo stands on this device: waiting to be sent (`pending`, also after an
 * interrupted upload: `sent` says how far the server got), sent, refused by the server, or
 * known from another device's log entry but not downloaded yet (`missing`, no bytes).
 */
export type PhotoState = 'pending' | 'sent' | 'rejected' | 'missing';

/**
 * A photo of a project log entry: what it is and where its upload stands. Its bytes (the resized
 * JPEG, at most ~300 KB) live in `photoBytes`, so that the upload progress written after every
 * chunk, and the screens that watch it, never re-read megabytes of images.
 */
export interface PhotoRow {
	id: string;
	projectId: string;
	entryId: string;
	mime: string;
	width: number;
	height: number;
	/** Size of the photo in bytes (0 while `missing`). */
	size: number;
	state: PhotoState;
	/** Bytes the server confirmed holding (resumes an interrupted upload). */
	sent: number;
	/** The server's reason (French) when refused. */
	reason?: string;
	createdAt: number;
	sentAt?: number;
}

/** The bytes of a photo (same id as its `photos` row); they never change once stored. */
export interface PhotoBytesRow {
	id: string;
	bytes: Uint8Array;
}

declare module '$lib/local/db' {
	interface UserDatabase {
		photos: import('dexie').EntityTable<PhotoRow, 'id'>;
		photoBytes: import('dexie').EntityTable<PhotoBytesRow, 'id'>;
	}
}

export const tables: DeviceTable[] = [
	{ name: 'photos', since: 3, indexes: 'id, projectId, state, createdAt' },
	{ name: 'photoBytes', since: 3, indexes: 'id' }
];

export { connectionAllowsPhotos } from './domain/limits';
export { mergeBundlePhotos, photoBundleEntries } from './sync/bundle';
export { fetchPhoto, sendPhotos, type PhotoRunResult } from './sync/uploader';
