// Every refusal of the project's routes ends its handler: the body is exactly one JSON document
// with a French `message`, nothing follows it (no second document, no photo bytes), whatever the
// status. Each case names the route, who calls it and what it sends.
import PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { opId, randomId } from '../helpers/ids';

const url = inject('pbUrl');

/** A French sentence: an accented letter, an apostrophe or a common French word. */
const FRENCH = /[àâçéèêëîïôûùœ’]|\b(le|la|les|des|de|du|une?|vous|pas|est|au|inconnue?)\b/i;

type Caller = 'guest' | 'admin' | 'maire' | 'other';

interface Case {
	name: string;
	method: string;
	path: () => string;
	as: Caller;
	body?: string | Uint8Array;
	status: number;
}

let clients: Record<Exclude<Caller, 'guest'>, PocketBase>;
let projectId = '';
let photoId = '';

function jpegLike(size: number): Uint8Array {
	const bytes = new Uint8Array(size).fill(7);
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	bytes.set([0xff, 0xd9], size - 2);
	return bytes;
}

async function send(c: Pick<Case, 'method' | 'path' | 'as' | 'body'>): Promise<Response> {
	const headers: Record<string, string> = {};
	if (c.as !== 'guest') headers.Authorization = clients[c.as].authStore.token;
	if (typeof c.body === 'string') headers['Content-Type'] = 'application/json';
	if (c.body instanceof Uint8Array) headers['Content-Type'] = 'application/octet-stream';
	return fetch(`${url}${c.path()}`, { method: c.method, headers, body: c.body as BodyInit });
}

const photo = () => `/api/collab/photos/${photoId}/content`;
const declaration = (mime: string) =>
	JSON.stringify({
		id: randomId(),
		project: projectId,
		entry: randomId(),
		mime,
		bytes: 100,
		width: 10,
		height: 10
	});

const CASES: Case[] = [
	{ name: 'photo download, no token', method: 'GET', path: photo, as: 'guest', status: 401 },
	{ name: 'photo download, superuser', method: 'GET', path: photo, as: 'admin', status: 403 },
	{ name: 'photo download, other commune', method: 'GET', path: photo, as: 'other', status: 404 },
	{
		name: 'photo download, unknown id',
		method: 'GET',
		path: () => `/api/collab/photos/${randomId()}/content`,
		as: 'maire',
		status: 404
	},
	{ name: 'photo chunk, no token', method: 'PUT', path: photo, as: 'guest', status: 401 },
	{ name: 'photo chunk, superuser', method: 'PUT', path: photo, as: 'admin', status: 403 },
	{
		name: 'photo chunk, no offset',
		method: 'PUT',
		path: photo,
		as: 'maire',
		body: jpegLike(10),
		status: 400
	},
	{
		name: 'photo declaration, no token',
		method: 'POST',
		path: () => '/api/collab/photos',
		as: 'guest',
		body: '{}',
		status: 401
	},
	{
		name: 'photo declaration, superuser',
		method: 'POST',
		path: () => '/api/collab/photos',
		as: 'admin',
		body: '{}',
		status: 403
	},
	{
		name: 'photo declaration, not JSON',
		method: 'POST',
		path: () => '/api/collab/photos',
		as: 'maire',
		body: '{',
		status: 400
	},
	{
		name: 'photo declaration, other commune',
		method: 'POST',
		path: () => '/api/collab/photos',
		as: 'other',
		body: 'x',
		status: 403
	},
	{
		name: 'photo declaration, type constructor',
		method: 'POST',
		path: () => '/api/collab/photos',
		as: 'maire',
		body: 'constructor',
		status: 400
	},
	{
		name: 'sync, no token',
		method: 'POST',
		path: () => '/api/collab/sync',
		as: 'guest',
		body: '{}',
		status: 401
	},
	{
		name: 'sync, superuser',
		method: 'POST',
		path: () => '/api/collab/sync',
		as: 'admin',
		body: '{}',
		status: 403
	},
	{
		name: 'sync, not JSON',
		method: 'POST',
		path: () => '/api/collab/sync',
		as: 'maire',
		body: 'nope',
		status: 400
	},
	{
		name: 'publication, no token',
		method: 'GET',
		path: () => `/api/collab/projects/${projectId}/publication`,
		as: 'guest',
		status: 401
	},
	{
		name: 'publication, superuser',
		method: 'GET',
		path: () => `/api/collab/projects/${projectId}/publication`,
		as: 'admin',
		status: 403
	},
	{
		name: 'publication, other commune',
		method: 'POST',
		path: () => `/api/collab/projects/${projectId}/publish`,
		as: 'other',
		body: '{"consent":true}',
		status: 403
	},
	{
		name: 'publication, no consent',
		method: 'POST',
		path: () => `/api/collab/projects/${projectId}/publish`,
		as: 'maire',
		body: '{"consent":"oui"}',
		status: 400
	},
	{
		name: 'photo chunk, other commune',
		method: 'PUT',
		path: () => `${photo()}?offset=0`,
		as: 'other',
		body: new Uint8Array([1, 2, 3]),
		status: 403
	},
	{
		name: 'photo chunk, not declared',
		method: 'PUT',
		path: () => `/api/collab/photos/${randomId()}/content?offset=0`,
		as: 'maire',
		body: new Uint8Array([1, 2, 3]),
		status: 404
	},
	{
		name: 'photo chunk, over 128 KB',
		method: 'PUT',
		path: () => `${photo()}?offset=0`,
		as: 'maire',
		body: new Uint8Array(129 * 1024),
		status: 413
	},
	{
		name: 'sync, version 2',
		method: 'POST',
		path: () => '/api/collab/sync',
		as: 'maire',
		body: '{"v":2,"device":"d","cursor":0}',
		status: 400
	},
	{
		name: 'sync, over 4 MB',
		method: 'POST',
		path: () => '/api/collab/sync',
		as: 'maire',
		body: `{"v":1,"device":"d","cursor":0,"pad":"${'x'.repeat(4 * 1024 * 1024)}"}`,
		status: 413
	},
	{
		name: 'publication, unknown project',
		method: 'DELETE',
		path: () => `/api/collab/projects/${randomId()}/publish`,
		as: 'maire',
		status: 404
	},
	{
		name: 'charter receipt, not a code',
		method: 'GET',
		path: () => '/api/collab/charters/verify/%3Cscript%3E',
		as: 'guest',
		status: 400
	},
	{
		name: 'charter receipt, unknown code',
		method: 'GET',
		path: () => '/api/collab/charters/verify/0000-0000-0000',
		as: 'guest',
		status: 404
	},
	{
		name: 'bulk import, unknown collection',
		method: 'POST',
		path: () => '/api/collab/admin/import',
		as: 'admin',
		body: '{"collection":"constructor","records":[]}',
		status: 400
	}
];

describe('refusals', () => {
	beforeAll(async () => {
		const lagrasse = await communeId(url, '11185');
		const etienne = await communeId(url, '42218');
		clients = {
			admin: await adminClient(url),
			maire: await userClient(url, DEMO.maire),
			other: await createUser(url, {
				email: 'refusals.etienne@collabactons.fr',
				role: 'elu',
				communes: [etienne]
			})
		};
		projectId = randomId();
		const ydoc = new Y.Doc();
		ydoc.getMap('meta').set('title', 'Jardin des refus');
		await clients.maire.send('/api/collab/sync', {
			method: 'POST',
			body: {
				v: 1,
				device: 'd-refusals',
				cursor: 0,
				ops: [
					{
						id: opId(),
						doc: projectId,
						type: 'project',
						commune: lagrasse,
						update: encodeBase85(Y.encodeStateAsUpdate(ydoc))
					}
				],
				records: [
					{
						collection: 'projects',
						id: projectId,
						rev: 1,
						data: { title: 'Jardin des refus', summary: 'Un jardin.' }
					}
				]
			}
		});
		photoId = randomId();
		const bytes = jpegLike(100);
		await clients.maire.send('/api/collab/photos', {
			method: 'POST',
			body: {
				id: photoId,
				project: projectId,
				entry: randomId(),
				mime: 'image/jpeg',
				bytes: 100,
				width: 10,
				height: 10
			}
		});
		const put = await send({
			method: 'PUT',
			path: () => `${photo()}?offset=0`,
			as: 'maire',
			body: bytes
		});
		expect(put.status).toBe(200);
		// The other cases' bodies that need the project id.
		for (const c of CASES) {
			if (c.body === 'x') c.body = declaration('image/jpeg');
			if (c.body === 'constructor') c.body = declaration('constructor');
		}
	});

	it.each(CASES.map((c) => [c.name, c] as const))(
		'%s: one JSON document with a French message',
		async (_name, c) => {
			const response = await send(c);
			const text = await response.text();
			expect(response.status, text).toBe(c.status);
			expect(response.headers.get('content-type')).toContain('application/json');
			// JSON.parse fails on a second document or on bytes after the first one.
			const body = JSON.parse(text) as { message?: unknown };
			expect(typeof body.message).toBe('string');
			expect(body.message as string, text).toMatch(FRENCH);
		}
	);

	it('serves the photo to an élu of its commune (the refusals above are not the only answer)', async () => {
		const response = await send({ method: 'GET', path: photo, as: 'maire' });
		expect(response.status).toBe(200);
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(jpegLike(100));
	});
});
