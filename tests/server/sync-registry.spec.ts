// The server's registry of record collections (pocketbase/pb_hooks/lib/sync/collections/): its
// plain description for parity tests, its declarations against the schema the migrations built,
// and names a request controls never reaching a prototype: a record collection, a document type
// or a photo type named `constructor`, `__proto__` or `toString` is refused like any unknown one.
import PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeBase85 } from '../../src/lib/domain/sync/base85';
import { requireHook } from '../helpers/hooks';
import { opId, randomId } from '../helpers/ids';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';

interface Registry {
	lookup(name: unknown): { name: string } | null;
	describe(): { name: string; fields: string[] }[];
	describePush(): { name: string; fields: string[] }[];
}

interface SyncResponse {
	accepted: string[];
	rejected: { id: string; kind: string; status: number; code: string }[];
	records: string[];
}

const registry = requireHook<Registry>('lib/sync/collections/index.js');
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const url = inject('pbUrl');

function sync(pb: PocketBase, body: Record<string, unknown>): Promise<SyncResponse> {
	return pb.send('/api/collab/sync', {
		method: 'POST',
		body: { v: 1, device: `d-${randomId(6)}`, cursor: 0, ops: [], records: [], ...body }
	});
}

describe('the registry of record collections', () => {
	let admin: PocketBase;

	beforeAll(async () => {
		admin = await adminClient(url);
	});

	it('describes each collection by name, with its pulled fields, all sorted', () => {
		const description = registry.describe();
		const names = description.map((entry) => entry.name);
		expect(names).toEqual([...names].sort());
		expect(new Set(names).size).toBe(names.length);
		for (const entry of [...description, ...registry.describePush()]) {
			expect(entry.fields.length, entry.name).toBeGreaterThan(0);
			expect(entry.fields).toEqual([...new Set(entry.fields)].sort());
		}
		expect(description.find((entry) => entry.name === 'progress')?.fields).toEqual([
			'activity',
			'done',
			'done_at',
			'module'
		]);
	});

	it('declares only fields that the collection’s migration created', async () => {
		const pushed = new Map(registry.describePush().map((entry) => [entry.name, entry.fields]));
		for (const entry of registry.describe()) {
			const collection = await admin.collections.getOne(entry.name);
			const columns = (collection.fields as { name: string }[]).map((field) => field.name);
			for (const field of [...entry.fields, ...(pushed.get(entry.name) ?? [])]) {
				expect(columns, `${entry.name}.${field}`).toContain(field);
			}
		}
	});

	it('gives every collection a unique index on seq, which each pull seeks the end of', async () => {
		// lib/sync/pull.js reads each table's last seq on every cycle: without this index, that
		// read would scan the table.
		for (const entry of registry.describe()) {
			const collection = await admin.collections.getOne(entry.name);
			const indexes = (collection.indexes as string[]).map((sql) => sql.replace(/[`"]/g, ''));
			expect(
				indexes.some((sql) => /^CREATE UNIQUE INDEX \S+ ON \S+ \(seq\)$/i.test(sql.trim())),
				`${entry.name}: ${indexes.join('; ')}`
			).toBe(true);
		}
	});

	it('finds no collection under a name every object inherits', () => {
		for (const name of PROTOTYPE_NAMES) expect(registry.lookup(name), name).toBeNull();
		expect(registry.lookup(undefined)).toBeNull();
		expect(registry.lookup('projects')?.name).toBe('projects');
	});
});

describe('names from a request never reach a prototype', () => {
	let maire: PocketBase;
	let lagrasse: string;

	beforeAll(async () => {
		maire = await userClient(url, DEMO.maire);
		lagrasse = await communeId(url, '11185');
	});

	it('refuses a record of a collection named like an Object method with 422', async () => {
		const records = PROTOTYPE_NAMES.map((collection) => ({
			collection,
			id: randomId(),
			data: { module: 'ic-1', commune: lagrasse }
		}));
		const response = await sync(maire, { records });
		expect(response.records).toEqual([]);
		expect(response.rejected.map((r) => [r.id, r.status, r.code])).toEqual(
			records.map((r) => [r.id, 422, 'unknown_type'])
		);
	});

	it('refuses a document type named like an Object method with 422, creating no doc', async () => {
		const ydoc = new Y.Doc();
		ydoc.getMap('meta').set('title', 'Type piégé');
		const update = encodeBase85(Y.encodeStateAsUpdate(ydoc));
		const ops = PROTOTYPE_NAMES.map((type) => ({
			id: opId(),
			doc: randomId(),
			type,
			commune: lagrasse,
			update
		}));
		const response = await sync(maire, { ops });
		expect(response.accepted).toEqual([]);
		expect(response.rejected.map((r) => [r.id, r.status, r.code])).toEqual(
			ops.map((op) => [op.id, 422, 'unknown_type'])
		);
		const admin = await adminClient(url);
		for (const op of ops) {
			await expect(admin.collection('docs').getOne(op.doc)).rejects.toMatchObject({ status: 404 });
		}
	});

	it('refuses a photo whose type is named like an Object method', async () => {
		const project = randomId();
		const ydoc = new Y.Doc();
		ydoc.getMap('meta').set('title', 'Verger partagé');
		const pushed = await sync(maire, {
			ops: [
				{
					id: opId(),
					doc: project,
					type: 'project',
					commune: lagrasse,
					update: encodeBase85(Y.encodeStateAsUpdate(ydoc))
				}
			]
		});
		expect(pushed.rejected).toEqual([]);
		for (const mime of PROTOTYPE_NAMES) {
			const response = await fetch(`${url}/api/collab/photos`, {
				method: 'POST',
				headers: { Authorization: maire.authStore.token, 'Content-Type': 'application/json' },
				body: JSON.stringify({
					id: randomId(),
					project,
					entry: randomId(),
					mime,
					bytes: 1000,
					width: 10,
					height: 10
				})
			});
			expect(response.status, mime).toBe(400);
		}
	});
});
