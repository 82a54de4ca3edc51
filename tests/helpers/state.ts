// Fixtures for the specs of src/lib/state: élus of one commune and a store of their own on a fresh
// fake-indexeddb (one per device), so that state classes run on the real local layer, in Node.
import { IDBFactory } from 'fake-indexeddb';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** Nothing listens there: every request fails as with no network. */
export const UNREACHABLE = 'http://127.0.0.1:9';

/**
 * A bare HTTP listener on a free port answering each request with `answer(method, url)` as JSON,
 * the way PocketBase answers (for the refusals and replies a state must handle, in Node specs
 * that run without the real server). Resolves with its URL and `close()`.
 */
export async function answeringServer(
	answer: (method: string, url: string) => { status: number; body: unknown }
): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
	const requests: string[] = [];
	const server = createServer((request, response) => {
		requests.push(`${request.method} ${request.url}`);
		const { status, body } = answer(request.method ?? 'GET', request.url ?? '/');
		response.writeHead(status, { 'content-type': 'application/json' });
		response.end(JSON.stringify(body));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
