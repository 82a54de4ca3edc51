// Fixtures for the specs of src/lib/state: élus of one commune and a store of their own on a fresh
// fake-indexeddb (one per device), so that state classes run on the real local layer, in Node.
import { IDBFactory } from 'fake-indexeddb';
import type { User } from '$lib/domain/users';
import { openLocalStore, type LocalStore } from '$lib/local/store';

export const LAGRASSE = { id: 'commune00000001', insee: '11185', name: 'Lagrasse' };
export const FABREZAN = { id: 'commune00000002', insee: '11135', name: 'Fabrezan' };

/** The mayor of Lagrasse. */
export const mayor: User = {
	id: 'usermaire000001',
	email: 'maire@example.fr',
	name: 'Lucie Ferrand',
	role: 'elu',
	mandate: 'maire',
	communes: [LAGRASSE]
};

/** Her deputy, on another device. */
export const deputy: User = {
	id: 'useradjoint0001',
	email: 'adjoint@example.fr',
	name: 'Paul Cazals',
	role: 'elu',
	mandate: 'adjoint',
	communes: [LAGRASSE]
};

/**
 * Opens stores on fresh fake-indexeddb factories (one per simulated device) and closes them all
 * at `closeAll()` (call it from `afterEach`).
 */
export function storeOpener() {
	const opened: LocalStore[] = [];
	return {
		open: async (userId: string, indexedDB: IDBFactory = new IDBFactory()) => {
			const store = await openLocalStore({ userId, indexedDB });
			opened.push(store);
			return store;
		},
		closeAll: async () => {
			for (const store of opened.splice(0)) await store.close();
		}
	};
}
