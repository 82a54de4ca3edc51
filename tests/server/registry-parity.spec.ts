// The app's registry of record collections (src/lib/collections.ts, one declaration per feature
// in its platform.ts) against the server's (pocketbase/pb_hooks/lib/sync/collections/): the same
// collections, and for each the same data fields — what the device sends is exactly what the
// server's handler accepts. A collection declared on one side only, or a field added to one side,
// fails here before it becomes a record that syncs but never restores, or is silently dropped.
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, describeCollections } from '../../src/lib/collections';
import { requireHook } from '../helpers/hooks';

interface ServerRegistry {
	describe(): { name: string; fields: string[] }[];
	describePush(): { name: string; fields: string[] }[];
}

const server = requireHook<ServerRegistry>('lib/sync/collections/index.js');

describe('client and server registries of record collections', () => {
	it('declare the same collections', () => {
		const client = describeCollections().map((c) => c.name);
		expect(client.length).toBeGreaterThanOrEqual(3);
		expect(client).toEqual(server.describePush().map((c) => c.name));
		expect(client).toEqual(server.describe().map((c) => c.name));
	});

	it('agree on the data fields a device sends and the server accepts', () => {
		expect(describeCollections()).toEqual(server.describePush());
	});

	it('pull back every field a device sends (a restore can resend what it received)', () => {
		const pulled = new Map(server.describe().map((c) => [c.name, new Set(c.fields)]));
		for (const spec of COLLECTIONS) {
			const missing = spec.fields.filter((field) => !pulled.get(spec.name)?.has(field));
			expect(missing, spec.name).toEqual([]);
		}
	});
});
