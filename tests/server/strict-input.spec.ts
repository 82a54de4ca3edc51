// Strict parsing, with French reasons: impossible dates are refused rather than stored empty, an
// absent or malformed upload offset is refused rather than read as 0, and request bodies are
// measured in bytes (a body of 2-byte characters over 4 MB is a 413, chunked or not).
import PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedDemoCharter } from '../../scripts/seed/charter.mjs';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, opId, randomId } from '../helpers/ids';

const url = inject('pbUrl');
const MB = 1024 * 1024;

let admin: PocketBase;
let maire: PocketBase;
let lagrasse = '';

interface Answer {
	status: number;
	json: {
		message?: string;
		records?: string[];
		rejected?: { id: string; status: number; reason: string }[];
	};
}

async function post(body: BodyInit, init: RequestInit = {}): Promise<Answer> {
	const response = await fetch(`${url}/api/collab/sync`, {
		method: 'POST',
		headers: { Authorization: maire.authStore.token, 'Content-Type': 'application/json' },
		body,
		...init
	});
	return { status: response.status, json: await response.json() };
}

function record(collection: string, data: Record<string, unknown>) {
	return { collection, id: randomId(), rev: nextRev(), data };
}

async function push(records: ReturnType<typeof record>[]) {
	const answer = await post(JSON.stringify({ v: 1, device: 'd-strict', cursor: 0, records }));
	expect(answer.status).toBe(200);
	return answer.json;
}

describe('strict input', () => {
	beforeAll(async () => {
		admin = await adminClient(url);
		maire = await userClient(url, DEMO.maire);
		lagrasse = await communeId(url, '11185');
	});

	it.each([
		'2026-02-30T10:00:00Z',
		'2026-13-01T10:00:00Z',
		'2026-00-10T10:00:00Z',
		'2026-04-31 10:00:00.000Z',
		'2025-02-29T10:00:00Z',
		'2026-11-03T24:00:00Z',
		'2026-11-03T10:60:00Z'
	])('refuses the impossible completion date %s, storing nothing', async (doneAt) => {
		const item = record('progress', { module: 'v1-m1', done: true, done_at: doneAt });
		const answer = await push([item]);
		expect(answer.rejected).toEqual([expect.objectContaining({ id: item.id, status: 400 })]);
		expect(answer.rejected![0]!.reason).toContain('date qui existe');
		await expect(admin.collection('progress').getOne(item.id)).rejects.toMatchObject({
			status: 404
		});
	});

	it('keeps a real date, 29 February of a leap year included', async () => {
		const item = record('progress', {
			module: 'v1-m1',
			done: true,
			done_at: '2028-02-29T23:59:59Z'
		});
		expect((await push([item])).records).toEqual([item.id]);
		expect((await admin.collection('progress').getOne(item.id)).done_at).toBe(
			'2028-02-29 23:59:59.000Z'
		);
	});

	it('refuses a charter signed on 30 February', async () => {
		const charter = signedDemoCharter({
			communeInsee: '11185',
			communeName: 'Lagrasse',
			signerName: 'Date Impossible',
			signedAt: '2026-02-30T10:30:00.000Z'
		});
		const item = { ...charter.record, id: randomId(), rev: nextRev() };
		const answer = await push([item]);
		expect(answer.rejected).toEqual([expect.objectContaining({ id: item.id, status: 400 })]);
	});

	describe('upload offsets', () => {
		let photo = '';

		beforeAll(async () => {
			const project = randomId();
			const ydoc = new Y.Doc();
			ydoc.getMap('meta').set('title', 'Photos strictes');
			await maire.send('/api/collab/sync', {
				method: 'POST',
				body: {
					v: 1,
					device: 'd-strict',
					cursor: 0,
					ops: [
						{
							id: opId(),
							doc: project,
							type: 'project',
							commune: lagrasse,
							update: encodeBase85(Y.encodeStateAsUpdate(ydoc))
						}
					]
				}
			});
			photo = randomId();
			await maire.send('/api/collab/photos', {
				method: 'POST',
				body: {
					id: photo,
					project,
					entry: randomId(),
					mime: 'image/jpeg',
					bytes: 20,
					width: 2,
					height: 2
				}
			});
		});

		it.each([
			['absent', ''],
			['empty', '?offset='],
			['not a number', '?offset=abc'],
			['negative', '?offset=-1'],
			['a fraction', '?offset=1.5'],
			['in hexadecimal', '?offset=0x0'],
			['with an exponent', '?offset=0e0'],
			['with a space', '?offset=%200'],
			['with a leading zero', '?offset=00']
		])('refuses an offset that is %s, storing nothing', async (_label, query) => {
			const response = await fetch(`${url}/api/collab/photos/${photo}/content${query}`, {
				method: 'PUT',
				headers: { Authorization: maire.authStore.token },
				body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0])
			});
			expect(response.status).toBe(400);
			expect(((await response.json()) as { message: string }).message).toContain('« offset »');
			expect((await admin.collection('photos').getOne(photo)).received).toBe(0);
		});

		it('answers 413 to a declaration over 16 KB instead of reading part of it', async () => {
			const response = await fetch(`${url}/api/collab/photos`, {
				method: 'POST',
				headers: { Authorization: maire.authStore.token, 'Content-Type': 'application/json' },
				body: JSON.stringify({ id: randomId(), pad: 'é'.repeat(10000) })
			});
			expect(response.status).toBe(413);
			expect(((await response.json()) as { message: string }).message).toContain('16 Ko');
		});

		it('accepts offset 0 for the first chunk', async () => {
			const response = await fetch(`${url}/api/collab/photos/${photo}/content?offset=0`, {
				method: 'PUT',
				headers: { Authorization: maire.authStore.token },
				body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0])
			});
			expect(response.status).toBe(200);
			expect((await admin.collection('photos').getOne(photo)).received).toBe(4);
		});
	});

	describe('body size in bytes', () => {
		/** A valid request whose padding is `chars` two-byte characters. */
		const wide = (chars: number) =>
			JSON.stringify({ v: 1, device: 'd-strict', cursor: 0, pad: 'é'.repeat(chars) });

		it('answers 413 to 4 MB of characters that are 8 MB of bytes', async () => {
			const answer = await post(wide(4 * MB));
			expect(answer.status).toBe(413);
			expect(answer.json.message).toContain('4 Mo');
		});

		it('answers 413 to the same body sent chunked (no Content-Length)', async () => {
			const bytes = new TextEncoder().encode(wide(4 * MB));
			const stream = new ReadableStream<Uint8Array>({
				start(controller) {
					for (let i = 0; i < bytes.length; i += 64 * 1024) {
						controller.enqueue(bytes.subarray(i, i + 64 * 1024));
					}
					controller.close();
				}
			});
			const answer = await post(stream, { duplex: 'half' } as RequestInit);
			expect(answer.status).toBe(413);
		});

		it('answers 413 to 2.1 M two-byte characters (4.2 MB) sent chunked', async () => {
			const bytes = new TextEncoder().encode(wide(2.1 * MB));
			const stream = new ReadableStream<Uint8Array>({
				start(controller) {
					controller.enqueue(bytes);
					controller.close();
				}
			});
			expect((await post(stream, { duplex: 'half' } as RequestInit)).status).toBe(413);
		});

		it('reads 1.9 M two-byte characters (3.8 MB) sent chunked', async () => {
			const bytes = new TextEncoder().encode(wide(1.9 * MB));
			const stream = new ReadableStream<Uint8Array>({
				start(controller) {
					controller.enqueue(bytes);
					controller.close();
				}
			});
			expect((await post(stream, { duplex: 'half' } as RequestInit)).status).toBe(200);
		});
	});
});
