// The one JS middleware of every request (pocketbase/pb_hooks/api-middleware.pb.js): the API's
// JSON goes out gzipped to clients that accept it, as it is to others, and the same answer
// either way; the realtime stream and file downloads are never compressed. (Its other half, the
// French 429 of the rate limiter, is in sign-in-throttle.spec.ts.)
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, userClient } from '../helpers/pocketbase';

const url = inject('pbUrl');
let maire: PocketBase;

/** One request with raw bytes back: Node's fetch would decompress and hide the encoding. */
function raw(
	path: string,
	options: { method?: string; headers?: Record<string, string>; body?: string }
): Promise<{
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}> {
	return new Promise((resolve, reject) => {
		const req = request(
			`${url}${path}`,
			{ method: options.method ?? 'GET', headers: options.headers },
			(res) => {
				const chunks: Buffer[] = [];
				// The realtime stream never ends: its headers are what is checked.
				if (path === '/api/realtime') {
					resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) });
					res.destroy();
					return;
				}
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

describe('the API middleware', () => {
	beforeAll(async () => {
		maire = await userClient(url, DEMO.maire);
	});

	it('gzips a sync answer for a client that accepts it, and sends the same JSON to one that does not', async () => {
		const body = JSON.stringify({ v: 1, device: 'gzip-check', cursor: 0 });
		const headers = { 'Content-Type': 'application/json', Authorization: maire.authStore.token };
		const zipped = await raw('/api/collab/sync', {
			method: 'POST',
			headers: { ...headers, 'Accept-Encoding': 'gzip' },
			body
		});
		const plain = await raw('/api/collab/sync', { method: 'POST', headers, body });
		expect(zipped.status).toBe(200);
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(zipped.headers['vary']).toMatch(/Accept-Encoding/);
		expect(plain.headers['content-encoding']).toBeUndefined();
		const unzipped = JSON.parse(gunzipSync(zipped.body).toString('utf8'));
		const asIs = JSON.parse(plain.body.toString('utf8'));
		expect(unzipped.cursor).toBe(asIs.cursor);
		expect(unzipped.recordChanges.length).toBe(asIs.recordChanges.length);
		expect(unzipped.recordChanges.length).toBeGreaterThan(0);
	});

	it('never compresses the realtime stream', async () => {
		const stream = await raw('/api/realtime', { headers: { 'Accept-Encoding': 'gzip' } });
		expect(stream.status).toBe(200);
		expect(stream.headers['content-type']).toMatch(/text\/event-stream/);
		expect(stream.headers['content-encoding']).toBeUndefined();
	});

	it('keeps an error answer readable JSON, compressed or not', async () => {
		const refused = await raw('/api/collab/sync', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip' },
			body: '{}'
		});
		expect(refused.status).toBe(401);
		const text =
			refused.headers['content-encoding'] === 'gzip'
				? gunzipSync(refused.body).toString('utf8')
				: refused.body.toString('utf8');
		expect(JSON.parse(text).message).toMatch(/Connectez-vous/);
	});
});
