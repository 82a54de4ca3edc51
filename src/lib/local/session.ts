// The signed-in session kept on the device: the PocketBase token and the user's record.
// It lives in IndexedDB (not localStorage) so that the service worker's sync can read it too.
// It never holds a password. An expired token is kept: the user stays signed in offline and is
// asked to sign in again only once the server can be reached.
import Dexie, { type EntityTable } from 'dexie';

/** What is saved of a session. `record` is the PocketBase users record, expanded. */
export interface SavedAuth {
	key: 'current';
	token: string;
	record: Record<string, unknown>;
	savedAt: number;
}

class SessionDatabase extends Dexie {
	auth!: EntityTable<SavedAuth, 'key'>;

	constructor() {
		super('collabactons-session');
		this.version(1).stores({ auth: 'key' });
	}
}

let database: SessionDatabase | undefined;
const db = () => (database ??= new SessionDatabase());

/** Reads the saved session, if any. */
export async function loadSavedAuth(): Promise<SavedAuth | undefined> {
	return db().auth.get('current');
}

/** Saves (replaces) the session. */
export async function saveAuth(token: string, record: Record<string, unknown>): Promise<void> {
	await db().auth.put({ key: 'current', token, record, savedAt: Date.now() });
}

/** Forgets the session (logout). */
export async function clearAuth(): Promise<void> {
	await db().auth.delete('current');
}
