// The Dexie database of one user on this device (`collabactons-u-<userId>`): the platform's
// tables (the outbox of changes waiting for the server, sync state, per-document metadata) and the
// tables the features declare in the registry (src/lib/collections.ts: record collections such as
// signed charters, device tables such as log photos). It never holds another user's data, never
// talks to the network, and never holds Yjs document contents (those live in one y-indexeddb
// database per document).
import Dexie, { type EntityTable, type Table } from 'dexie';
import { COLLECTION_NAMES, COLLECTIONS, FEATURE_TABLES } from '$lib/collections';
import type { DocType } from '$lib/domain/sync/protocol';
import type { DeviceTable, StoredRecord } from './collection';
import { userDatabasePrefix } from './user-data';

/** Where an outbox entry stands: on this device, being sent, refused by the server, confirmed. */
export type OutboxState = 'pending' | 'sending' | 'rejected' | 'confirmed';

/** One change waiting for (or already seen by) the server. */
export interface OutboxEntry {
	/** Local insertion order (auto-increment). */
	seq?: number;
	/** Client id of the entry (15 chars); op ids sent to the server derive from it. */
	id: string;
	kind: 'op' | 'record';
	/** For `op`: the Yjs document and the update (binary, dropped once confirmed). */
	docId?: string;
	update?: Uint8Array;
	/** For `record`: the collection, the record id and the full record data. */
	collection?: string;
	recordId?: string;
	data?: Record<string, unknown>;
	/** For `record`: its version, stamped when it was saved (SyncRecord.rev). */
	rev?: number;
	state: OutboxState;
	/** The server's reason (French), code and HTTP status when rejected. */
	reason?: string;
	code?: string;
	status?: number;
	/** The op id this entry was last pushed under. */
	opId?: string;
	/**
	 * Queued by the restore path (the server came back from an older backup), not by a write of
	 * this user: a refusal then means the row is another author's (their device gives it back) or
	 * no longer acceptable; the entry is dropped rather than shown as a refused change.
	 */
	restore?: boolean;
	/** Size of the payload in bytes (update bytes, or JSON length of a record). */
	bytes: number;
	createdAt: number;
	confirmedAt?: number;
}

/** Metadata of a Yjs document known on this device. */
export interface DocMeta {
	id: string;
	type: DocType;
	commune: string;
	/** Title shown in lists and previews (kept in step by the document's owner module). */
	title?: string;
	createdAt: number;
	lastPushedAt?: number;
	lastAppliedAt?: number;
	/** Highest server seq applied to this document. */
	lastAppliedSeq?: number;
}

/** One key of the sync state (cursor, device, lastSuccess, cycles). */
export interface SyncStateRow {
	key: string;
	value: unknown;
}

/** The platform's own tables: the outbox, the sync state and the documents' metadata. */
const PLATFORM_TABLES: readonly DeviceTable[] = [
	{ name: 'outbox', since: 1, indexes: '++seq, &id, state, docId, recordId' },
	{ name: 'sync', since: 1, indexes: 'key' },
	{ name: 'docs', since: 1, indexes: 'id, type, commune' }
];

/**
 * The schema history, derived from the platform's tables and the features' declarations (each
 * names the version that introduced it): version N lists the tables N added. A released version
 * never changes: a new table takes the next number; changing a released table's indexes needs an
 * explicit upgrade here (declared as its own version, before `currentSchema`). Tests open data
 * written with every older version through the current one.
 */
export function schemaHistory(
	tables: readonly DeviceTable[] = [...PLATFORM_TABLES, ...COLLECTIONS, ...FEATURE_TABLES]
): { version: number; stores: Record<string, string> }[] {
	const versions = new Map<number, Record<string, string>>();
	for (const table of tables) {
		const stores = versions.get(table.since) ?? {};
		stores[table.name] = table.indexes;
		versions.set(table.since, stores);
	}
	return [...versions].sort(([a], [b]) => a - b).map(([version, stores]) => ({ version, stores }));
}

/**
 * The Dexie database of one user. Features type their own tables on it (module augmentation in
 * their `platform.ts`); Dexie creates a property for every table of the schema.
 */
export class UserDatabase extends Dexie {
	outbox!: Table<OutboxEntry, number>;
	sync!: EntityTable<SyncStateRow, 'key'>;
	docs!: EntityTable<DocMeta, 'id'>;

	/**
	 * @param userId the signed-in user (the database name follows user-data.ts)
	 * @param indexedDB another IndexedDB factory (tests simulate several devices with it)
	 */
	constructor(userId: string, indexedDB?: IDBFactory) {
		super(
			userDatabasePrefix(userId),
			indexedDB ? { indexedDB, IDBKeyRange: globalThis.IDBKeyRange } : undefined
		);
		// Read when a database opens, not at import: the registry and the features' declarations
		// import this module's types, so the list is complete only once every module has loaded.
		const { version, stores } = currentSchema(schemaHistory());
		this.version(version).stores(stores);
	}
}

/**
 * The latest version with every table of the history. Dexie upgrades an older database to it by
 * comparing schemas (it needs older versions declared only for an `upgrade()` function, and we
 * have none), and each `stores()` call re-parses all the versions declared before it: replaying
 * the history took 25–55 ms of main thread in one task on a 4× slowed CPU at each start
 * (Lighthouse's Total Blocking Time); one declaration is one parse.
 */
export function currentSchema(history: ReturnType<typeof schemaHistory>): {
	version: number;
	stores: Record<string, string>;
} {
	const stores = Object.assign({}, ...history.map((step) => step.stores)) as Record<string, string>;
	return { version: history.at(-1)?.version ?? 1, stores };
}

/** The table holding the records of `collection` (a name of the registry). */
export function recordTable(db: UserDatabase, collection: string): Table<StoredRecord, string> {
	if (!COLLECTION_NAMES.has(collection)) throw new Error(`unknown record collection ${collection}`);
	return db.table(collection);
}
