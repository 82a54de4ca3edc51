// Reads of the documents a device knows, in fake-indexeddb: whether one is here, and every
// document's metadata by id (titles the Synchronisation screen names changes by).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { hasDocument, loadDocMetas } from './doc-metas';
import { createProject } from '$lib/features/projects/local/projects';
import { openLocalStore, type LocalStore } from './store';

let store: LocalStore | undefined;
afterEach(() => store?.close());

describe('document metadata', () => {
	it('tells whether a document is on this device and lists them by id', async () => {
		store = await openLocalStore({ userId: 'u-doc-metas', indexedDB: new IDBFactory() });
		expect(await hasDocument(store.db, 'absent000000001')).toBe(false);
		expect(await loadDocMetas(store.db)).toEqual({});

		const id = await createProject(store, { title: 'Verger communal', commune: 'commune00000001' });
		expect(await hasDocument(store.db, id)).toBe(true);
		expect(await loadDocMetas(store.db)).toEqual({
			[id]: expect.objectContaining({ id, type: 'project', title: 'Verger communal' })
		});
	});
});
