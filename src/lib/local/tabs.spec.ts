import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLocalStore } from './store';

describe('several tabs of one user', () => {
	it('see each other’s document changes live, and each change is queued once', async () => {
		const factory = new IDBFactory();
		const tabA = await openLocalStore({ userId: 'u-tabs', indexedDB: factory, broadcast: true });
		const tabB = await openLocalStore({ userId: 'u-tabs', indexedDB: factory, broadcast: true });
		const docA = await tabA.docs.acquire('doc0000000000t1');
		const docB = await tabB.docs.acquire('doc0000000000t1');
		const seen = new Promise<string>((resolve) =>
			docB.doc.on('update', () => resolve(docB.doc.getText('t').toString()))
		);
		docA.doc.getText('t').insert(0, 'écrit dans l’onglet A');
		await docA.whenSaved();
		expect(await seen).toBe('écrit dans l’onglet A');
		await docB.whenSaved();
		expect(await tabA.db.outbox.count()).toBe(1);
		await docA.release();
		await docB.release();
		await tabA.close();
		await tabB.close();
	});
});
