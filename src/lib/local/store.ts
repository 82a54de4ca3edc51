// The local store of one signed-in user: their Dexie database and their Yjs documents. The one
// entry point through which state/, sync/ and the service worker reach a user's data on this
// device. It never talks to the network and never opens another user's databases.
import { UserDatabase } from './db';
import { DocRegistry } from './docs';

/** A user's data on this device. */
export interface LocalStore {
	readonly userId: string;
	readonly db: UserDatabase;
	readonly docs: DocRegistry;
	/** Waits for pending writes, then closes every database. */
	close(): Promise<void>;
}

/**
 * Opens `userId`'s store.
 * @param options.indexedDB another IndexedDB factory: each simulated device of a test has its own
 * @param options.broadcast share document changes with other tabs (default: when available)
 */
export async function openLocalStore(options: {
	userId: string;
	indexedDB?: IDBFactory;
	broadcast?: boolean;
}): Promise<LocalStore> {
	const db = new UserDatabase(options.userId, options.indexedDB);
	await db.open();
	const docs = new DocRegistry({
		userId: options.userId,
		db,
		indexedDB: options.indexedDB,
		broadcast: options.broadcast ?? (options.indexedDB ? false : undefined)
	});
	return {
		userId: options.userId,
		db,
		docs,
		close: async () => {
			await docs.close();
			db.close();
		}
	};
}
