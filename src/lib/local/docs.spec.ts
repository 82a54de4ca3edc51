import { IDBFactory } from 'fake-indexeddb';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { REMOTE_ORIGIN } from './docs';
import { entriesIn } from './outbox';
import { openLocalStore, type LocalStore } from './store';

const opened: LocalStore[] = [];
async function device(factory = new IDBFactory(), userId = 'u1') {
	const store = await openLocalStore({ userId, indexedDB: factory });
	opened.push(store);
	return store;
}

afterEach(async () => {
	while (opened.length) await opened.pop()!.close();
});

describe('DocRegistry', () => {
	it('writes every local change to the outbox before whenSaved resolves', async () => {
		const store = await device();
		await store.docs.create({ id: 'doc000000000001', type: 'project', commune: 'c1' });
		const local = await store.docs.acquire('doc000000000001');
		local.doc.getText('description').insert(0, 'Bonjour');
		local.doc.getMap('meta').set('title', 'Jardin');
		await local.whenSaved();
		const pending = await entriesIn(store.db, ['pending']);
		expect(pending.length).toBeGreaterThan(0);
		expect(pending.every((e) => e.docId === 'doc000000000001' && e.bytes > 0)).toBe(true);
		// The outbox alone rebuilds both changes.
		const replica = new Y.Doc();
		for (const entry of pending) Y.applyUpdate(replica, entry.update!);
		expect(replica.getText('description').toString()).toBe('Bonjour');
		expect(replica.getMap('meta').get('title')).toBe('Jardin');
		await local.release();
	});

	it('groups a burst of keystrokes into few outbox entries', async () => {
		const store = await device();
		const local = await store.docs.acquire('doc00000000000b');
		const text = local.doc.getText('description');
		for (const letter of 'Réunion publique à la salle des fêtes') text.insert(text.length, letter);
		await local.whenSaved();
		const entries = await entriesIn(store.db, ['pending']);
		expect(entries.length).toBeLessThan(10);
		const replica = new Y.Doc();
		for (const entry of entries) Y.applyUpdate(replica, entry.update!);
		expect(replica.getText('description').toString()).toBe('Réunion publique à la salle des fêtes');
		await local.release();
	});

	it('keeps a document across release and reload on the same device', async () => {
		const factory = new IDBFactory();
		const first = await device(factory);
		await first.docs.use('doc000000000002', (doc) => doc.getText('t').insert(0, 'hors ligne'));
		await first.close();
		opened.pop();
		const again = await device(factory);
		const text = await again.docs.use('doc000000000002', (doc) => doc.getText('t').toString());
		expect(text).toBe('hors ligne');
	});

	it('does not put changes from the server in the outbox', async () => {
		const store = await device();
		const other = new Y.Doc();
		other.getText('t').insert(0, 'du serveur');
		await store.docs.applyRemote('doc000000000003', [Y.encodeStateAsUpdate(other)], REMOTE_ORIGIN);
		expect(await store.db.outbox.count()).toBe(0);
		expect(await store.docs.use('doc000000000003', (d) => d.getText('t').toString())).toBe(
			'du serveur'
		);
	});

	it('shares one in-memory document between acquirers and destroys it after the last release', async () => {
		const store = await device();
		const a = await store.docs.acquire('doc000000000004');
		const b = await store.docs.acquire('doc000000000004');
		expect(a.doc).toBe(b.doc);
		await a.release();
		expect(b.doc.isDestroyed).toBe(false);
		await b.release();
		expect(b.doc.isDestroyed).toBe(true);
	});

	it('re-applies unconfirmed outbox updates that the document store lacks', async () => {
		const factory = new IDBFactory();
		const store = await device(factory);
		const source = new Y.Doc();
		source.getText('t').insert(0, 'sauvé par la file');
		// As if the tab died after the outbox write but before y-indexeddb's.
		await store.db.outbox.add({
			id: 'entry0000000001',
			kind: 'op',
			docId: 'doc000000000005',
			update: Y.encodeStateAsUpdate(source),
			state: 'pending',
			bytes: 10,
			createdAt: Date.now()
		});
		expect(await store.docs.use('doc000000000005', (d) => d.getText('t').toString())).toBe(
			'sauvé par la file'
		);
		expect(await store.db.outbox.count()).toBe(1);
	});
});
