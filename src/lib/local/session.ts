// The signed-in session kept on the device: the PocketBase token and the user's record.
// It lives in IndexedDB (not localStorage) so that the service worker's sync can read it too.
// It never holds a password. An expired token is kept: the user stays signed in offline and is
// asked to sign in again only once the server can be reached.
//
// One key in one store, so plain IndexedDB rather than Dexie: every page reads it before its
// first paint, and Dexie would add ~30 KB of gzipped JS to the first route
// (app.initial_js_gz_kb in npm run bench). The database is the one Dexie created before
// (its `version(1)` is IndexedDB version 10), so a tablet signed in earlier stays signed in.

/** What is saved of a session. `record` is the PocketBase users record, expanded. */
export interface SavedAuth {
	key: 'current';
	token: string;
	record: Record<string, unknown>;
	savedAt: number;
}

const NAME = 'collabactons-session';
const VERSION = 10;
const STORE = 'auth';

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(NAME, VERSION);
		request.onupgradeneeded = () => {
			const database = request.result;
			if (!database.objectStoreNames.contains(STORE)) {
				database.createObjectStore(STORE, { keyPath: 'key' });
			}
		};
		request.onsuccess = () => {
			const database = request.result;
			// Let a deletion or an upgrade elsewhere proceed; the next call opens it again.
			database.onversionchange = () => {
				database.close();
				opening = undefined;
			};
			database.onclose = () => (opening = undefined);
			resolve(database);
		};
		request.onerror = () => {
			opening = undefined;
			reject(request.error ?? new Error(`cannot open ${NAME}`));
		};
	});
	return opening;
}

/** Runs one request in its own transaction; resolves once the transaction has committed. */
async function run<T>(
	mode: IDBTransactionMode,
	request: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const database = await open();
	return new Promise<T>((resolve, reject) => {
		const transaction = database.transaction(STORE, mode);
		const pending = request(transaction.objectStore(STORE));
		transaction.oncomplete = () => resolve(pending.result);
		transaction.onerror = () => reject(transaction.error ?? pending.error);
		transaction.onabort = () => reject(transaction.error ?? new Error(`${NAME}: aborted`));
	});
}

/** Reads the saved session, if any. */
export async function loadSavedAuth(): Promise<SavedAuth | undefined> {
	return (await run('readonly', (store) => store.get('current'))) as SavedAuth | undefined;
}

/** Saves (replaces) the session. */
export async function saveAuth(token: string, record: Record<string, unknown>): Promise<void> {
	const saved: SavedAuth = { key: 'current', token, record, savedAt: Date.now() };
	await run('readwrite', (store) => store.put(saved));
}

/** Forgets the session (logout). */
export async function clearAuth(): Promise<void> {
	await run('readwrite', (store) => store.delete('current'));
}
