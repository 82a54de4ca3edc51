import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { schemaHistory, UserDatabase } from './db';

const SCHEMA = schemaHistory();
import { userDatabasePrefix } from './user-data';

describe('UserDatabase schema', () => {
	it('opens data written with every older schema version through the current one', async () => {
		for (const old of SCHEMA) {
			const factory = new IDBFactory();
			const legacy = new Dexie(userDatabasePrefix('user1'), {
				indexedDB: factory,
				IDBKeyRange: globalThis.IDBKeyRange
			});
			// A version lists only the tables it adds or changes: declare the history up to `old`.
			for (const { version, stores } of SCHEMA.filter((v) => v.version <= old.version)) {
				legacy.version(version).stores(stores);
			}
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

	it('adds an empty charters table to a version 1 database and keeps it through reopening', async () => {
		const factory = new IDBFactory();
		const v1 = new Dexie(userDatabasePrefix('user2'), {
			indexedDB: factory,
			IDBKeyRange: globalThis.IDBKeyRange
		});
		v1.version(1).stores(SCHEMA[0]!.stores);
		await v1.open();
		await v1.table('progress').put({ id: 'pr0000000000001', module: 'ic-1', done: true });
		v1.close();

		const upgraded = new UserDatabase('user2', factory);
		await upgraded.open();
		expect(upgraded.verno).toBeGreaterThanOrEqual(2);
		expect(await upgraded.charters.count()).toBe(0);
		expect((await upgraded.progress.get('pr0000000000001'))?.module).toBe('ic-1');
		const hash = 'a'.repeat(64);
		await upgraded.charters.put({
			id: hash.slice(0, 15),
			updatedAt: 1,
			version: '2026-1',
			text_hash: 'b'.repeat(64),
			signer_name: 'Marie Dupont',
			mandate: 'maire',
			commune_insee: '11185',
			commune_name: 'Fabrezan',
			signed_at: '2026-11-29T10:00:00.000Z',
			signature: 'M 10 10 L 100 100',
			hash
		});
		upgraded.close();

		const reopened = new UserDatabase('user2', factory);
		await reopened.open();
		expect((await reopened.charters.where('hash').equals(hash).first())?.signer_name).toBe(
			'Marie Dupont'
		);
		reopened.close();
	});

	it('names the database after the user, as logout expects', () => {
		const db = new UserDatabase('abc123', new IDBFactory());
		expect(db.name).toBe('collabactons-u-abc123');
	});
});
