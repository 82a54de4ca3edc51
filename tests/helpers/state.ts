// Fixtures for the specs of src/lib/state: élus of one commune and a store of their own on a fresh
// fake-indexeddb (one per device), so that state classes run on the real local layer, in Node.
import { IDBFactory } from 'fake-indexeddb';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureFromStrokes } from '$lib/features/charters/domain/signature';
import type { User } from '$lib/domain/users';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { linkCharterToProject } from '$lib/features/charters/state/charter-link.svelte';
import { CharterSigning } from '$lib/features/charters/state/charter.svelte';
import { PhotoQueue } from '$lib/features/photos/state/photos.svelte';
import { SyncState } from '$lib/state/sync.svelte';
import { createPocketBase } from '$lib/sync/pocketbase';

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

/**
 * The real sync state of a device signed in as `user`, offline (no cycle sends anything), on its
 * own fake-indexeddb. Call `follow(null)` on it after the test: that closes its store.
 */
export async function offlineSync(user: User, indexedDB: IDBFactory = new IDBFactory()) {
	const sync = new SyncState({
		session: { status: 'signed-in', user, needsReauth: false },
		photos: new PhotoQueue(),
		openStore: (userId) => openLocalStore({ userId, indexedDB }),
		client: () => createPocketBase(UNREACHABLE)
	});
	sync.online = false;
	await sync.follow(user);
	// The first cycle now, offline: no cycle is left to start later.
	await sync.syncNow();
	return sync;
}

/** A finger signature as the pad would give it. */
export function signature(): string {
	const stroke = Array.from({ length: 30 }, (_, i) => ({ x: 20 + i * 15, y: 80 + (i % 5) * 8 }));
	return signatureFromStrokes([stroke], { width: 600, height: 200 });
}

/**
 * Signs the current charter as `user` on `store` through the signing form, committing it to
 * `projectId` when given (then the project lists it, as at signing). Resolves with its id.
 */
export async function signCharter(store: LocalStore, user: User, projectId = ''): Promise<string> {
	const linkDeps = { store: async () => store, user: () => user, onSaved: () => undefined };
	const signing = new CharterSigning({
		db: async () => store.db,
		linkProject: (id, link) => linkCharterToProject(id, link, linkDeps)
	});
	signing.prefill(user);
	signing.signature = signature();
	signing.consent = true;
	signing.projectId = projectId;
	const failed = await signing.sign();
	if (failed || !signing.signedId) throw new Error(`charter not signed: ${failed}`);
	return signing.signedId;
}
