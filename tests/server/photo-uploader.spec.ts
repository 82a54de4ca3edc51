// The device side of photo uploads (src/lib/features/photos/sync/uploader.ts) against a real PocketBase, with a
// local store in fake-indexeddb: a photo waits until its project reaches the server, an upload
// cut off mid-photo resumes at the server's offset without resending what arrived, a refused
// photo keeps its bytes with the server's French reason, and another élu's device downloads it.
import { afterEach, beforeAll, expect, inject, it } from 'vitest';
import { addLogEntry, createProject } from '../../src/lib/features/projects/local/projects';
import { loadPhotoBytes, rememberMissing, savePhotos } from '$lib/features/photos/local/photos';
import { fetchPhoto, sendPhotos } from '$lib/features/photos/sync/uploader';
import { communeId, DEMO, userClient } from '../helpers/pocketbase';
import { simulatedDevices } from '../helpers/devices';
import { randomId } from '../helpers/ids';

const url = inject('pbUrl');
const CHUNK = 16 * 1024;
let lagrasse: string;
const realFetch = globalThis.fetch;

beforeAll(async () => {
	lagrasse = await communeId(url, '11185');
});

afterEach(() => {
	globalThis.fetch = realFetch;
});

const tablet = simulatedDevices();

function jpegLike(size: number, seed: number): Uint8Array {
	const bytes = new Uint8Array(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 253;
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	bytes.set([0xff, 0xd9], size - 2);
	return bytes;
}

/** A project with one log entry holding `photo`, saved on the tablet only. */
async function entryWithPhoto(device: Awaited<ReturnType<typeof tablet>>, bytes: Uint8Array) {
	const projectId = await createProject(device.store, {
		title: 'Jardin partagé',
		commune: lagrasse
	});
	const photo = { id: randomId(), mime: 'image/jpeg', width: 1600, height: 1200, bytes };
	const entry = await device.store.docs.use(projectId, (doc) =>
		addLogEntry(doc, {
			date: '2026-11-29',
			text: 'Plantation',
			author: device.pb.authStore.record!.id
		})
	);
	await savePhotos(device.store.db, projectId, entry.id, [photo]);
	return { projectId, entryId: entry.id, photo };
}

/** Records the offsets of chunk requests; makes the `failAt`-th chunk request fail (no answer). */
function watchChunks(failAt?: number) {
	const offsets: number[] = [];
	globalThis.fetch = async (input, init) => {
		const target = String(input);
		const offset = /\/content\?offset=(\d+)/.exec(target);
		if (offset && init?.method === 'PUT') {
			offsets.push(Number(offset[1]));
			if (offsets.length === failAt) throw new TypeError('Failed to fetch');
		}
		return realFetch(input, init);
	};
	return offsets;
}

it('waits for the project to reach the server, then sends the photo', async () => {
	const maire = await tablet(await userClient(url, DEMO.maire));
	const { photo } = await entryWithPhoto(maire, jpegLike(40_000, 1));
	const early = await sendPhotos(maire.store, maire.pb, { chunk: CHUNK });
	expect(early).toEqual({ sent: 0, rejected: 0, waiting: 1 });
	expect((await maire.store.db.photos.get(photo.id))?.state).toBe('pending');
	await maire.engine.cycle();
	expect(await sendPhotos(maire.store, maire.pb, { chunk: CHUNK })).toEqual({
		sent: 1,
		rejected: 0,
		waiting: 0
	});
	expect(await maire.store.db.photos.get(photo.id)).toMatchObject({ state: 'sent', sent: 40_000 });
});

it('resumes an interrupted upload at the server offset, without resending a byte', async () => {
	const maire = await tablet(await userClient(url, DEMO.maire));
	const bytes = jpegLike(70_000, 2);
	const { photo, projectId } = await entryWithPhoto(maire, bytes);
	await maire.engine.cycle();
	const first = watchChunks(3);
	const cut = await sendPhotos(maire.store, maire.pb, { chunk: CHUNK });
	expect(cut).toMatchObject({ sent: 0, waiting: 1, stopped: 'network' });
	expect(first).toEqual([0, CHUNK, 2 * CHUNK]);
	expect(await maire.store.db.photos.get(photo.id)).toMatchObject({
		state: 'pending',
		sent: 2 * CHUNK
	});

	const second = watchChunks();
	expect(await sendPhotos(maire.store, maire.pb, { chunk: CHUNK })).toMatchObject({ sent: 1 });
	expect(second).toEqual([2 * CHUNK, 3 * CHUNK, 4 * CHUNK]);

	// The deputy's tablet learns of the photo from the log and downloads it whole.
	const adjoint = await tablet(await userClient(url, DEMO.adjoint));
	await rememberMissing(adjoint.store.db, projectId, [
		{ id: photo.id, entryId: 'x'.repeat(15), width: 1600, height: 1200 }
	]);
	expect(await fetchPhoto(adjoint.store, adjoint.pb, photo.id)).toBe(true);
	const copy = await adjoint.store.db.photos.get(photo.id);
	expect(copy?.state).toBe('sent');
	expect(
		Buffer.from((await loadPhotoBytes(adjoint.store.db, photo.id))!).equals(Buffer.from(bytes))
	).toBe(true);
});

it('keeps a refused photo with the reason, and goes on with the next one', async () => {
	const maire = await tablet(await userClient(url, DEMO.maire));
	const broken = new TextEncoder().encode('pas une image '.repeat(100));
	const { photo: refused } = await entryWithPhoto(maire, broken);
	const { photo: good } = await entryWithPhoto(maire, jpegLike(5_000, 3));
	await maire.engine.cycle();
	expect(await sendPhotos(maire.store, maire.pb, { chunk: CHUNK })).toMatchObject({
		sent: 1,
		rejected: 1
	});
	const row = await maire.store.db.photos.get(refused.id);
	expect(row?.state).toBe('rejected');
	expect(row?.reason).toMatch(/n’est pas une image/);
	expect((await loadPhotoBytes(maire.store.db, refused.id))?.length).toBe(broken.length);
	expect((await maire.store.db.photos.get(good.id))?.state).toBe('sent');
});
