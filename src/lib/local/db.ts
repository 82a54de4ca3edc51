// The Dexie database of one user on this device (`collabactons-u-<userId>`): plain records
// (project summaries, progress, signed charters), log photos and their upload state, framing
// drafts (device only), the outbox of changes waiting for the server,
// sync state and per-document metadata. It never holds another user's data, never talks to the
// network, and never holds Yjs document contents (those live in one y-indexeddb database per
// document).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CharterRecordData } from '$lib/domain/charter/record';
import type { Framing } from '$lib/domain/projects/framing';
import type { DocType, RecordCollection } from '$lib/domain/sync/protocol';
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
	collection?: RecordCollection;
	recordId?: string;
	data?: Record<string, unknown>;
	state: OutboxState;
	/** The server's reason (French), code and HTTP status when rejected. */
	reason?: string;
	code?: string;
	status?: number;
	/** The op id this entry was last pushed under. */
	opId?: string;
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

/** A project summary (the `projects` record of a project document, same id as the document). */
export interface ProjectSummaryRow {
	id: string;
	commune: string;
	title: string;
	status: string;
	updatedAt: number;
	[field: string]: unknown;
}

/** A `progress` record (which élu completed which module or activity). */
export interface ProgressRow {
	id: string;
	[field: string]: unknown;
}

/**
 * A signed charter as this device keeps it: the pushed record data (or the pulled one, which adds
 * `receipt`, `received`, `user` and `commune`), never changed once written except `received`,
 * the server's reception time, remembered when the device learns it.
 */
export interface CharterRow extends CharterRecordData {
	id: string;
	updatedAt: number;
	/** The server's reception time (PocketBase or ISO format), once known. */
	received?: string;
	[field: string]: unknown;
}

/**
 * Where a log photo stands on this device: waiting to be sent (`pending`, also after an
 * interrupted upload: `sent` says how far the server got), sent, refused by the server, or
 * known from another device's log entry but not downloaded yet (`missing`, no bytes).
 */
export type PhotoState = 'pending' | 'sent' | 'rejected' | 'missing';

/**
 * A photo of a project log entry: what it is and where its upload stands. Its bytes (the resized
 * JPEG, at most ~300 KB) live in `photoBytes`, so that the upload progress written after every
 * chunk, and the screens that watch it, never re-read megabytes of images.
 */
export interface PhotoRow {
	id: string;
	projectId: string;
	entryId: string;
	mime: string;
	width: number;
	height: number;
	/** Size of the photo in bytes (0 while `missing`). */
	size: number;
	state: PhotoState;
	/** Bytes the server confirmed holding (resumes an interrupted upload). */
	sent: number;
	/** The server's reason (French) when refused. */
	reason?: string;
	createdAt: number;
	sentAt?: number;
}
/** An élu's framing draft (module es-4), kept on this device only: see local/framings.ts. */
export type FramingRow = Framing;

/** The bytes of a photo (same id as its `photos` row); they never change once stored. */
export interface PhotoBytesRow {
	id: string;
	bytes: Uint8Array;
}

/** One key of the sync state (cursor, device, lastSuccess, cycles). */
export interface SyncStateRow {
	key: string;
	value: unknown;
}

/**
 * The schema history. Never edit a released version: append one, with an upgrade if data must
 * move. Tests open data written with every older version through the current one.
 */
export const SCHEMA: readonly { version: number; stores: Record<string, string> }[] = [
	{
		version: 1,
		stores: {
			projects: 'id, commune, updatedAt',
			progress: 'id',
			outbox: '++seq, &id, state, docId, recordId',
			sync: 'key',
			docs: 'id, type, commune'
		}
	},
	{
		version: 2,
		stores: { charters: 'id, hash, signed_at' }
	},
	{
		version: 3,
		stores: { photos: 'id, projectId, state, createdAt', photoBytes: 'id' }
	},
	{
		version: 4,
		stores: { framings: 'id' }
	}
];

/** The Dexie database of one user. */
export class UserDatabase extends Dexie {
	projects!: EntityTable<ProjectSummaryRow, 'id'>;
	progress!: EntityTable<ProgressRow, 'id'>;
	outbox!: Table<OutboxEntry, number>;
	sync!: EntityTable<SyncStateRow, 'key'>;
	docs!: EntityTable<DocMeta, 'id'>;
	charters!: EntityTable<CharterRow, 'id'>;
	photos!: EntityTable<PhotoRow, 'id'>;
	photoBytes!: EntityTable<PhotoBytesRow, 'id'>;
	framings!: EntityTable<FramingRow, 'id'>;

	/**
	 * @param userId the signed-in user (the database name follows user-data.ts)
	 * @param indexedDB another IndexedDB factory (tests simulate several devices with it)
	 */
	constructor(userId: string, indexedDB?: IDBFactory) {
		super(
			userDatabasePrefix(userId),
			indexedDB ? { indexedDB, IDBKeyRange: globalThis.IDBKeyRange } : undefined
		);
		for (const { version, stores } of SCHEMA) this.version(version).stores(stores);
	}
}

/** The table holding the records of `collection`. */
export function recordTable(
	db: UserDatabase,
	collection: RecordCollection
): Table<{ id: string; [field: string]: unknown }, string> {
	const tables = { projects: db.projects, progress: db.progress, charters: db.charters };
	return tables[collection] as unknown as Table<{ id: string; [field: string]: unknown }, string>;
}
