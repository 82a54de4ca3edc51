import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SCHEMA, UserDatabase } from './db';
import { userDatabasePrefix } from './user-data';

describe('UserDatabase schema', () => {
	it('opens data written with every older schema version through the current one', async () => {
		for (const old of SCHEMA) {
			const factory = new IDBFactory();
			const legacy = new Dexie(userDatabasePrefix('user1'), {
				indexedDB: factory,
				IDBKeyRange: globalThis.IDBKeyRange
			});
			legacy.version(old.version).stores(old.stores);
			await legacy.open();
			await legacy.table('projects').put({
				id: 'p00000000000001',
				commune: 'c1',
				title: 'Jardin partagé',
				status: 'idee',
				updatedAt: 1
			});
			await legacy
				.table('outbox')
				.add({ id: 'o1', kind: 'op', docId: 'd1', state: 'pending', bytes: 3, createdAt: 1 });
			await legacy.table('sync').put({ key: 'cursor', value: 42 });
			legacy.close();

			const current = new UserDatabase('user1', factory);
			await current.open();
			expect(current.verno).toBe(SCHEMA.at(-1)!.version);
			expect((await current.projects.get('p00000000000001'))?.title).toBe('Jardin partagé');
			expect(await current.outbox.where('state').equals('pending').count()).toBe(1);
			expect((await current.sync.get('cursor'))?.value).toBe(42);
			current.close();
		}
	});

	it('names the database after the user, as logout expects', () => {
		const db = new UserDatabase('abc123', new IDBFactory());
		expect(db.name).toBe('collabactons-u-abc123');
	});
});
