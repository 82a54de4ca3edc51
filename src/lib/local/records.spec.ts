// Record versions on the device (a real fake-indexeddb store): each save stamps a version newer
// than every one the device saw, a resend keeps its version, and a record received from the
// server keeps the server's version so that the next local save is newer still.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { nextRecordRev } from '$lib/domain/sync/protocol';
import { plainRecordData } from './collection';
import { recordTable } from './db';
import { addRecord, entriesIn } from './outbox';
import { putServerRecord, putServerRecords, saveLocalRecord } from './records';
import { openLocalStore } from './store';

const ID = 'proj00000000001';

describe('record versions on the device', () => {
	it('follows the wall clock, unless a version already seen is ahead of it', () => {
		expect(nextRecordRev(0, 1_000)).toBe(1_000);
		expect(nextRecordRev(999, 1_000)).toBe(1_000);
		expect(nextRecordRev(5_000, 1_000)).toBe(5_001);
	});

	it('stamps each save newer than the last one, even within one millisecond', async () => {
		const store = await openLocalStore({ userId: 'u-rev', indexedDB: new IDBFactory() });
		try {
			const revs: number[] = [];
			for (const title of ['un', 'deux', 'trois']) {
				await saveLocalRecord(store.db, 'projects', ID, { title });
				revs.push((await recordTable(store.db, 'projects').get(ID))!.rev!);
			}
			expect(revs[1]).toBeGreaterThan(revs[0]!);
			expect(revs[2]).toBeGreaterThan(revs[1]!);
			// One pending entry (the last), carrying the row's version.
			const pending = await entriesIn(store.db, ['pending']);
			expect(pending.map((e) => [e.data?.title, e.rev])).toEqual([['trois', revs[2]]]);
			// The version never travels as record data.
			const row = (await recordTable(store.db, 'projects').get(ID))!;
			expect(plainRecordData(row)).not.toHaveProperty('rev');
		} finally {
			await store.close();
		}
	});

	it('saves after a version received from a device whose clock is ahead', async () => {
		const store = await openLocalStore({ userId: 'u-rev2', indexedDB: new IDBFactory() });
		try {
			const ahead = Date.now() + 3_600_000;
			expect(await putServerRecord(store.db, 'projects', ID, { title: 'serveur' }, ahead)).toBe(
				true
			);
			expect((await recordTable(store.db, 'projects').get(ID))!.rev).toBe(ahead);
			await saveLocalRecord(store.db, 'projects', ID, { title: 'ici' });
			expect((await recordTable(store.db, 'projects').get(ID))!.rev).toBe(ahead + 1);
			// A resend with its own version (restore after a server backup) keeps it.
			const resent = await addRecord(store.db, 'projects', ID, { title: 'ici' }, 42);
			expect(resent.rev).toBe(42);
		} finally {
			await store.close();
		}
	});

	it('stores a page of server records at once, except those with a local version not yet sent', async () => {
		const store = await openLocalStore({ userId: 'u-bulk', indexedDB: new IDBFactory() });
		try {
			const LOCAL = 'proj00000000002';
			await saveLocalRecord(store.db, 'projects', LOCAL, { title: 'ici, pas encore envoyé' });
			const stored = await putServerRecords(store.db, [
				{ collection: 'projects', id: ID, rev: 5, data: { title: 'premier', seq: 9 } },
				{ collection: 'projects', id: LOCAL, rev: 7, data: { title: 'serveur' } },
				{ collection: 'progress', id: 'prog00000000001', rev: 3, data: { module: 'm1' } },
				{ collection: 'projects', id: ID, rev: 6, data: { title: 'plus récent' } }
			]);
			expect(stored).toBe(3);
			const row = (await recordTable(store.db, 'projects').get(ID))!;
			expect([row.title, row.rev, 'seq' in row]).toEqual(['plus récent', 6, false]);
			expect((await recordTable(store.db, 'projects').get(LOCAL))!.title).toBe(
				'ici, pas encore envoyé'
			);
			expect((await recordTable(store.db, 'progress').get('prog00000000001'))!.rev).toBe(3);
			expect(await putServerRecords(store.db, [])).toBe(0);
		} finally {
			await store.close();
		}
	});
});
