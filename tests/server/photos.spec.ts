// Resumable photo uploads on a real PocketBase (pb_hooks/photos.pb.js): declare, send chunks at
// the offset the server reports, resume after an interruption without duplicating a byte, and
// refuse what is not an élu's JPEG/WebP photo of their own commune's project, changing nothing.
import PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { opId, randomId } from '../helpers/ids';

const url = inject('pbUrl');
const CHUNK = 64 * 1024;

/** Bytes shaped like a JPEG (start and end markers around random data), `size` long. */
function jpegLike(size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + 13) % 251;
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	bytes.set([0xff, 0xd9], size - 2);
	return bytes;
}

async function newProject(pb: PocketBase, commune: string): Promise<string> {
	const doc = randomId();
	const ydoc = new Y.Doc();
	ydoc.getMap('meta').set('title', 'Verger partagé');
	const response = await pb.send('/api/collab/sync', {
		method: 'POST',
		body: {
			v: 1,
			device: `d-${randomId(6)}`,
			cursor: 0,
			ops: [
				{
					id: opId(),
					doc,
					type: 'project',
					commune,
					update: encodeBase85(Y.encodeStateAsUpdate(ydoc))
				}
			],
			records: []
		}
	});
	expect(response.rejected).toEqual([]);
	return doc;
}

async function call(pb: PocketBase, path: string, init: RequestInit = {}) {
	const response = await fetch(`${url}${path}`, {
		...init,
		headers: { Authorization: pb.authStore.token, ...(init.headers ?? {}) }
	});
	const type = response.headers.get('content-type') ?? '';
	const body = type.includes('json')
		? await response.json()
		: new Uint8Array(await response.arrayBuffer());
	return { status: response.status, body };
}

function declare(pb: PocketBase, photo: Record<string, unknown>) {
	return call(pb, '/api/collab/photos', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(photo)
	});
}

function sendChunk(pb: PocketBase, id: string, offset: number, chunk: Uint8Array) {
	return call(pb, `/api/collab/photos/${id}/content?offset=${offset}`, {
		method: 'PUT',
		headers: { 'Content-Type': 'application/octet-stream' },
		body: chunk as Uint8Array<ArrayBuffer>
	});
}

describe('photo uploads', () => {
	let maire: PocketBase;
	let adjoint: PocketBase;
	let lagrasse: string;
	let project: string;

	beforeAll(async () => {
		maire = await userClient(url, DEMO.maire);
		adjoint = await userClient(url, DEMO.adjoint);
		lagrasse = await communeId(url, '11185');
		project = await newProject(maire, lagrasse);
	});

	const photoOf = (bytes: Uint8Array) => ({
		id: randomId(),
		project,
		entry: randomId(),
		mime: 'image/jpeg',
		bytes: bytes.length,
		width: 1600,
		height: 1200
	});

	it('stores a photo sent in chunks, byte for byte, and lets another élu download it', async () => {
		const bytes = jpegLike(200_000);
		const photo = photoOf(bytes);
		const declared = await declare(maire, photo);
		expect(declared.status).toBe(201);
		expect(declared.body).toMatchObject({ received: 0, complete: false });
		let offset = 0;
		while (offset < bytes.length) {
			const answer = await sendChunk(
				maire,
				photo.id,
				offset,
				bytes.subarray(offset, offset + CHUNK)
			);
			expect(answer.status).toBe(200);
			offset = answer.body.received;
		}
		const downloaded = await call(adjoint, `/api/collab/photos/${photo.id}/content`);
		expect(downloaded.status).toBe(200);
		expect(Buffer.from(downloaded.body).equals(Buffer.from(bytes))).toBe(true);
		const row = await adjoint.collection('photos').getOne(photo.id);
		expect(row).toMatchObject({ complete: true, received: bytes.length, commune: lagrasse });
	});

	it('resumes after an interruption: the declaration reports what arrived, repeats are refused', async () => {
		const bytes = jpegLike(150_000);
		const photo = photoOf(bytes);
		await declare(maire, photo);
		expect((await sendChunk(maire, photo.id, 0, bytes.subarray(0, CHUNK))).status).toBe(200);
		// The connection drops; the device declares again and learns where to continue.
		const again = await declare(maire, photo);
		expect(again).toMatchObject({ status: 200, body: { received: CHUNK, complete: false } });
		// A late copy of the first chunk changes nothing and says where the server stands.
		const repeated = await sendChunk(maire, photo.id, 0, bytes.subarray(0, CHUNK));
		expect(repeated).toMatchObject({ status: 409, body: { code: 'offset', received: CHUNK } });
		await sendChunk(maire, photo.id, CHUNK, bytes.subarray(CHUNK, 2 * CHUNK));
		const last = await sendChunk(maire, photo.id, 2 * CHUNK, bytes.subarray(2 * CHUNK));
		expect(last.body).toMatchObject({ received: bytes.length, complete: true });
		const downloaded = await call(maire, `/api/collab/photos/${photo.id}/content`);
		expect(Buffer.from(downloaded.body).equals(Buffer.from(bytes))).toBe(true);
	});

	it('refuses bad declarations with a French reason and stores nothing', async () => {
		const bytes = jpegLike(1000);
		const cases: [Record<string, unknown>, number, RegExp][] = [
			[{ ...photoOf(bytes), mime: 'application/pdf' }, 400, /JPEG ou WebP/],
			[{ ...photoOf(bytes), bytes: 40 * 1024 * 1024 }, 413, /trop lourde/],
			[{ ...photoOf(bytes), width: 'grand' }, 400, /dimensions/],
			[{ ...photoOf(bytes), id: '../../etc' }, 400, /Identifiant de photo/],
			[{ ...photoOf(bytes), project: randomId() }, 409, /pas encore arrivé/]
		];
		for (const [photo, status, reason] of cases) {
			const answer = await declare(maire, photo);
			expect(answer.status).toBe(status);
			expect(answer.body.message).toMatch(reason);
		}
		const malformed = await call(maire, '/api/collab/photos', { method: 'POST', body: '{oops' });
		expect(malformed.status).toBe(400);
		const ids = cases.map(([photo]) => photo.id).filter((id) => typeof id === 'string');
		const stored = await maire.collection('photos').getFullList({
			filter: ids.map((id) => `id = "${id}"`).join(' || ')
		});
		expect(stored).toEqual([]);
	});

	it('keeps another commune out, whatever its élu claims', async () => {
		const other = await createUser(url, {
			email: `photo-intruder-${randomId(5)}@example.fr`,
			role: 'elu',
			communes: [await communeId(url, '42218')]
		});
		const bytes = jpegLike(5000);
		const photo = photoOf(bytes);
		const refused = await declare(other, photo);
		expect(refused.status).toBe(403);
		expect(refused.body.message).toMatch(/élus de la commune/);
		// The owner's upload is not theirs to fill or read either.
		await declare(maire, photo);
		expect((await sendChunk(other, photo.id, 0, bytes)).status).toBe(403);
		await sendChunk(maire, photo.id, 0, bytes);
		expect((await call(other, `/api/collab/photos/${photo.id}/content`)).status).toBe(404);
		await expect(other.collection('photos').getOne(photo.id)).rejects.toMatchObject({
			status: 404
		});
	});

	it('refuses a file that is not a whole image and keeps no byte of it', async () => {
		const notImage = new TextEncoder().encode('%PDF-1.7 ceci n’est pas une photo '.repeat(40));
		const photo = photoOf(notImage);
		await declare(maire, photo);
		const answer = await sendChunk(maire, photo.id, 0, notImage);
		expect(answer.status).toBe(422);
		expect(answer.body.message).toMatch(/n’est pas une image/);
		const row = await maire.collection('photos').getOne(photo.id);
		expect(row).toMatchObject({ complete: false, received: 0, file: '', partial: '' });
	});

	it('refuses oversized chunks and chunks beyond the declared size', async () => {
		const bytes = jpegLike(1000);
		const photo = photoOf(bytes);
		await declare(maire, photo);
		expect((await sendChunk(maire, photo.id, 0, jpegLike(200 * 1024))).status).toBe(413);
		expect((await sendChunk(maire, photo.id, 0, jpegLike(2000))).status).toBe(400);
		expect((await sendChunk(maire, photo.id, -5, bytes)).status).toBe(400);
		expect((await maire.collection('photos').getOne(photo.id)).received).toBe(0);
	});
});
