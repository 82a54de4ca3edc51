// Sends log photos to the server and fetches those of other devices (pocketbase/README.md,
// "Photos"). An upload declares the photo, learns how many bytes the server already holds and
// sends the rest in 64 KB chunks, recording progress in IndexedDB after each one: a dropped
// connection, a killed tab or a closed laptop resumes where the server stopped, never from zero.
// It decides nothing about when to run (the state layer does: after a sync cycle, on Wi-Fi only
// if asked) and never deletes a photo.
import type PocketBase from 'pocketbase';
import { UPLOAD_CHUNK_BYTES } from '../domain/limits';
import type { PhotoRow } from '../platform';
import {
	loadPhotoBytes,
	markRejected,
	markSent,
	photosToSend,
	recordProgress,
	storeDownloaded
} from '../local/photos';
import type { LocalStore } from '$lib/local/store';
import { deviceId } from '$lib/local/sync-state';
import { defaultLock, PHOTOS_LOCK_NAME } from '$lib/sync/lock';

/**
 * One upload run at a time across the tabs and the service worker: two runs would both declare a
 * photo at the same offset and send its first chunk twice.
 */
const uploads = defaultLock(PHOTOS_LOCK_NAME);

/** What one run of the uploader did. */
export interface PhotoRunResult {
	sent: number;
	rejected: number;
	/** Photos still waiting (their project not on the server yet, or the run was stopped). */
	waiting: number;
	/** Why the run stopped early: no network, the session expired, the server failed. */
	stopped?: 'network' | 'reauth' | 'server';
}

interface Answer {
	status: number;
	body: { message?: string; code?: string; received?: number; complete?: boolean };
}

/** Stops a whole run (no answer, expired session, server error): the photo stays pending. */
class StopRun extends Error {
	constructor(readonly reason: 'network' | 'reauth' | 'server') {
		super(reason);
	}
}

/** `fetch` of a route of ours with the signed-in user's token (raw bodies: not the SDK's JSON). */
function authorizedFetch(pb: PocketBase, path: string, init: RequestInit = {}): Promise<Response> {
	return fetch(pb.buildURL(path), {
		...init,
		headers: { ...init.headers, Authorization: pb.authStore.token }
	});
}

async function request(pb: PocketBase, path: string, init: RequestInit): Promise<Answer> {
	let response: Response;
	try {
		response = await authorizedFetch(pb, path, init);
	} catch {
		throw new StopRun('network');
	}
	if (response.status === 401) throw new StopRun('reauth');
	if (response.status >= 500) throw new StopRun('server');
	const body = (await response.json().catch(() => ({}))) as Answer['body'];
	// A device removed from the account: the next sync cycle erases the user's data.
	if (response.status === 403 && body.code === 'device_revoked') throw new StopRun('reauth');
	return { status: response.status, body };
}

const reasonOf = (answer: Answer) =>
	answer.body.message ?? `Le serveur a refusé la photo (HTTP ${answer.status}).`;

/** Sends one photo from where the server stands; resolves with its outcome. */
async function sendPhoto(
	store: LocalStore,
	pb: PocketBase,
	photo: PhotoRow,
	chunk: number
): Promise<'sent' | 'rejected' | 'waiting'> {
	const bytes = await loadPhotoBytes(store.db, photo.id);
	if (!bytes) return 'waiting';
	// Names the device, so that the server refuses one removed from the account.
	const device = await deviceId(store.db);
	const declared = await request(pb, '/api/collab/photos', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'X-Collab-Device': device },
		body: JSON.stringify({
			id: photo.id,
			project: photo.projectId,
			entry: photo.entryId,
			mime: photo.mime,
			bytes: bytes.length,
			width: photo.width,
			height: photo.height
		})
	});
	if (declared.status === 409 && declared.body.code === 'project_unknown') return 'waiting';
	if (declared.status >= 400) {
		await markRejected(store.db, photo.id, reasonOf(declared));
		return 'rejected';
	}
	let { received = 0, complete = false } = declared.body;
	while (!complete && received < bytes.length) {
		await recordProgress(store.db, photo.id, received);
		const answer = await request(pb, `/api/collab/photos/${photo.id}/content?offset=${received}`, {
			method: 'PUT',
			headers: { 'Content-Type': 'application/octet-stream', 'X-Collab-Device': device },
			body: bytes.slice(received, received + chunk)
		});
		// 409 "offset": the server holds another amount (a lost answer): continue from there.
		if (answer.status >= 400 && !(answer.status === 409 && answer.body.code === 'offset')) {
			await markRejected(store.db, photo.id, reasonOf(answer));
			return 'rejected';
		}
		received = answer.body.received ?? received;
		complete = answer.body.complete === true;
	}
	await markSent(store.db, photo.id);
	return 'sent';
}

/**
 * Sends every waiting photo, oldest first, while `canSend()` holds.
 * @param options.chunk bytes per request (tests use small chunks to interrupt mid-photo)
 */
export function sendPhotos(
	store: LocalStore,
	pb: PocketBase,
	options: { canSend?: () => boolean; chunk?: number } = {}
): Promise<PhotoRunResult> {
	return uploads.run(() => sendQueue(store, pb, options));
}

/** Sends the waiting photos one after the other (the body of {@link sendPhotos}). */
async function sendQueue(
	store: LocalStore,
	pb: PocketBase,
	options: { canSend?: () => boolean; chunk?: number }
): Promise<PhotoRunResult> {
	const result: PhotoRunResult = { sent: 0, rejected: 0, waiting: 0 };
	const queue = await photosToSend(store.db);
	for (const [index, photo] of queue.entries()) {
		if (options.canSend && !options.canSend()) {
			result.waiting += queue.length - index;
			break;
		}
		try {
			const outcome = await sendPhoto(store, pb, photo, options.chunk ?? UPLOAD_CHUNK_BYTES);
			result[outcome]++;
		} catch (error) {
			if (!(error instanceof StopRun)) throw error;
			result.stopped = error.reason;
			result.waiting += queue.length - index;
			break;
		}
	}
	return result;
}

/**
 * Downloads a photo of another device's log entry; resolves with whether it is now on this
 * device (false when offline or not fully uploaded yet: it stays `missing`, tried again later).
 */
export async function fetchPhoto(store: LocalStore, pb: PocketBase, id: string): Promise<boolean> {
	try {
		const response = await authorizedFetch(pb, `/api/collab/photos/${id}/content`);
		if (!response.ok) return false;
		const mime = response.headers.get('content-type') ?? 'image/jpeg';
		await storeDownloaded(store.db, id, new Uint8Array(await response.arrayBuffer()), mime);
		return true;
	} catch {
		return false;
	}
}
