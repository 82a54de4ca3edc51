// The registry of a user's open Yjs documents. Each document persists in its own y-indexeddb
// database (`collabactons-u-<userId>-doc-<docId>`). A screen `acquire`s a document, which loads
// it, and `release`s it; the last release destroys the in-memory copy. Every change made on this
// device is written to the outbox (Dexie) and to y-indexeddb before `whenSaved()` resolves; only
// then may the UI say "Enregistré sur cet appareil". Changes from the server or another tab are
// never put in the outbox. This module never talks to the network.
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { DocMeta, UserDatabase } from './db';
import { addDocUpdate, unconfirmedUpdates } from './outbox';
import { userDatabasePrefix } from './user-data';

/** Origin of updates that came from the server (or a file) and must not enter the outbox. */
export const REMOTE_ORIGIN = Symbol('remote');
/** Origin of updates re-applied from the outbox at load time. */
const REPLAY_ORIGIN = Symbol('replay');

/** An acquired document. Call `release()` once, when the screen no longer needs it. */
export interface LocalDoc {
	readonly id: string;
	readonly doc: Y.Doc;
	/** Resolves when every local change made so far is in IndexedDB (outbox and document). */
	whenSaved(): Promise<void>;
	release(): Promise<void>;
}

interface OpenDoc {
	doc: Y.Doc;
	persistence: IndexeddbPersistence;
	writes: Promise<void>;
	error: unknown;
}

interface Entry {
	opening: Promise<OpenDoc>;
	/** Counted synchronously, so a release racing an acquire never closes a shared document. */
	refs: number;
}

/** The y-indexeddb database name of `docId` for `userId`. */
export function docDatabaseName(userId: string, docId: string): string {
	return `${userDatabasePrefix(userId)}-doc-${docId}`;
}

function openPersistence(name: string, doc: Y.Doc, factory?: IDBFactory) {
	if (!factory) return new IndexeddbPersistence(name, doc);
	// y-indexeddb opens its database with the global factory, synchronously in its constructor.
	const scope = globalThis as { indexedDB: IDBFactory };
	const original = scope.indexedDB;
	scope.indexedDB = factory;
	try {
		return new IndexeddbPersistence(name, doc);
	} finally {
		scope.indexedDB = original;
	}
}

/** Waits until every write y-indexeddb issued so far on `persistence` is committed. */
function flushPersistence(persistence: IndexeddbPersistence): Promise<void> {
	const db = persistence.db;
	if (!db) return Promise.resolve();
	return new Promise((resolve, reject) => {
		// Read-write transactions on one store run in creation order: this one completes after.
		const tx = db.transaction(['updates'], 'readwrite');
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('y-indexeddb flush failed'));
		tx.onabort = () => reject(tx.error ?? new Error('y-indexeddb flush aborted'));
	});
}

/** Opens, shares and closes the Yjs documents of one user. */
export class DocRegistry {
	readonly #userId: string;
	readonly #db: UserDatabase;
	readonly #factory: IDBFactory | undefined;
	readonly #channel: BroadcastChannel | null;
	readonly #open = new Map<string, Entry>();
	readonly #closing = new Map<string, Promise<void>>();
	/** Called with every change of a document applied here (local, remote, other tab). */
	onChange: ((docId: string) => void) | undefined;

	/**
	 * @param options.indexedDB another IndexedDB factory (simulated devices in tests)
	 * @param options.broadcast share changes with this user's other tabs (default: when available)
	 */
	constructor(options: {
		userId: string;
		db: UserDatabase;
		indexedDB?: IDBFactory;
		broadcast?: boolean;
	}) {
		this.#userId = options.userId;
		this.#db = options.db;
		this.#factory = options.indexedDB;
		const broadcast = options.broadcast ?? typeof BroadcastChannel !== 'undefined';
		this.#channel = broadcast ? new BroadcastChannel(`${docDatabaseName(this.#userId, '')}`) : null;
		this.#channel?.addEventListener('message', (event: MessageEvent) => {
			void this.#fromOtherTab(event.data as { docId: string; update: Uint8Array });
		});
	}

	/** Registers a document created on this device (idempotent: an existing one is kept). */
	async create(meta: Omit<DocMeta, 'createdAt'>): Promise<void> {
		await this.#db.transaction('rw', this.#db.docs, async () => {
			if (!(await this.#db.docs.get(meta.id))) {
				await this.#db.docs.add({ ...meta, createdAt: Date.now() });
			}
		});
	}

	/** Loads `docId` (from IndexedDB, plus any unconfirmed outbox update) and shares it. */
	async acquire(docId: string): Promise<LocalDoc> {
		await this.#closing.get(docId);
		let entry = this.#open.get(docId);
		if (!entry) {
			entry = { opening: this.#load(docId), refs: 0 };
			this.#open.set(docId, entry);
		}
		entry.refs++;
		const current = entry;
		let open: OpenDoc;
		try {
			open = await entry.opening;
		} catch (error) {
			if (--current.refs === 0 && this.#open.get(docId) === current) this.#open.delete(docId);
			throw error;
		}
		let released = false;
		return {
			id: docId,
			doc: open.doc,
			whenSaved: async () => {
				await open.writes;
				if (open.error) throw open.error;
			},
			release: async () => {
				if (released) return;
				released = true;
				await this.#release(docId, current, open);
			}
		};
	}

	/** Runs `fn` with `docId` loaded, then releases it. */
	async use<T>(docId: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
		const local = await this.acquire(docId);
		try {
			const result = await fn(local.doc);
			await local.whenSaved();
			return result;
		} finally {
			await local.release();
		}
	}

	/**
	 * Applies updates from the server (or a file) to `docId` and stores them, whether or not a
	 * screen has it open. They do not enter the outbox. Resolves once stored.
	 */
	async applyRemote(docId: string, updates: Uint8Array[], origin: unknown = REMOTE_ORIGIN) {
		await this.use(docId, (doc) => {
			Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u, origin)), origin);
		});
	}

	/** The full state of `docId` as one update. */
	async encodeState(docId: string): Promise<Uint8Array> {
		return this.use(docId, (doc) => Y.encodeStateAsUpdate(doc));
	}

	/** Waits for pending writes and closes every open document. */
	async close(): Promise<void> {
		this.#channel?.close();
		const all = [...this.#open.values()];
		this.#open.clear();
		for (const entry of all) {
			const open = await entry.opening;
			await open.writes;
			await open.persistence.destroy();
			open.doc.destroy();
		}
		await Promise.all(this.#closing.values());
	}

	async #load(docId: string): Promise<OpenDoc> {
		const doc = new Y.Doc({ gc: true });
		const persistence = openPersistence(docDatabaseName(this.#userId, docId), doc, this.#factory);
		await persistence.whenSynced;
		const open: OpenDoc = { doc, persistence, writes: Promise.resolve(), error: null };
		// The outbox is the durable copy of local changes: re-apply what the document may lack.
		const unconfirmed = await unconfirmedUpdates(this.#db, docId);
		if (unconfirmed.length) {
			Y.transact(doc, () => unconfirmed.forEach((u) => Y.applyUpdate(doc, u)), REPLAY_ORIGIN);
		}
		// Local updates made while a write is in progress go into one outbox entry (typing).
		let unqueued: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === persistence) return;
			const local = origin !== REMOTE_ORIGIN && origin !== REPLAY_ORIGIN;
			if (local) unqueued.push(update);
			const write = async () => {
				if (local && unqueued.length) {
					const batch = unqueued;
					unqueued = [];
					await addDocUpdate(
						this.#db,
						docId,
						batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch)
					);
				}
				await flushPersistence(persistence);
				if (origin !== REPLAY_ORIGIN) this.#channel?.postMessage({ docId, update });
			};
			open.writes = open.writes.then(write).catch((error: unknown) => {
				open.error = error;
			});
			this.onChange?.(docId);
		});
		return open;
	}

	async #release(docId: string, entry: Entry, open: OpenDoc): Promise<void> {
		if (--entry.refs > 0) return;
		if (this.#open.get(docId) === entry) this.#open.delete(docId);
		const closing = (async () => {
			await open.writes;
			await open.persistence.destroy();
			open.doc.destroy();
		})();
		this.#closing.set(docId, closing);
		try {
			await closing;
		} finally {
			this.#closing.delete(docId);
		}
		if (open.error) throw open.error;
	}

	async #fromOtherTab(message: { docId: string; update: Uint8Array }): Promise<void> {
		const entry = this.#open.get(message.docId);
		if (!entry) return;
		const open = await entry.opening;
		// The other tab stored it already: apply with y-indexeddb's own origin so it is not stored twice.
		Y.applyUpdate(open.doc, message.update, open.persistence);
		this.onChange?.(message.docId);
	}
}
