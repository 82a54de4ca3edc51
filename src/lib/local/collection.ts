// What a feature declares so that the platform can store, sync, restore and carry its records
// without naming them: the contract of the record-collection registry (src/lib/collections.ts).
// One declaration per collection, in its feature's `platform.ts`; the Dexie schema, the sync
// engine, the restore path, `.collabactons` files and the Synchronisation screen loop over the
// declarations. This module holds types and defaults only: it never opens a database.
import type { BundleRecord } from '$lib/domain/sync/bundle-format';
import type { UserDatabase } from './db';

/** A record as a device keeps it: the client-generated id, its data, when it last changed here. */
export interface StoredRecord {
	id: string;
	updatedAt?: number;
	/** The record's version (SyncRecord.rev): the newest this device saved or received. */
	rev?: number;
	[field: string]: unknown;
}

/** A Dexie table of the user database that is not a synced record collection (device only). */
export interface DeviceTable {
	/** Table name, unique across the app. */
	name: string;
	/** The schema version (db.ts) that introduced the table; a released one never changes. */
	since: number;
	/** Dexie index spec, primary key first. */
	indexes: string;
}

/** A record of a file that a collection's own merge refused, with a reason code the screen words. */
export interface RefusedRecord {
	id: string;
	collection: string;
	/** What the user recognises the record by (a charter's receipt code), '' when unknown. */
	label: string;
	/** Why: message `<messages>.records.refused.<reason>` of its collection. */
	reason: string;
}

/** How a collection travels in `.collabactons` files. */
export type BundleRule =
	/** Every row of the device, each merged by comparing fields (a change is saved and queued). */
	| 'all'
	/** Rows whose id is a document of the file; on import the document re-derives them. */
	| 'with-doc'
	/** Rows chosen and merged by the collection itself (e.g. signed charters never change). */
	| {
			export(db: UserDatabase, exportingUser: string): Promise<BundleRecord[]>;
			merge(db: UserDatabase, record: BundleRecord): Promise<'added' | 'same' | RefusedRecord>;
	  };

/** One record collection: its storage, its wire form, and how sync, restore and files treat it. */
export interface RecordCollectionSpec<Row extends StoredRecord = StoredRecord> extends DeviceTable {
	/** The data fields it sends (the server's handler accepts exactly these; a test compares). */
	fields: readonly string[];
	/** The record data sent for a stored row. Default: the row without `id` and `updatedAt`. */
	toWire?(row: Row): Record<string, unknown>;
	/**
	 * What the device sends again when the server comes back from an older backup: every row
	 * (`all`), rows of documents this device holds (`with-doc`), or nothing (read-only data).
	 */
	restore: 'all' | 'with-doc' | 'none';
	bundle: BundleRule | 'never';
	/**
	 * The feature's message namespace (i18n): it holds `records.item` (one record's name on the
	 * Synchronisation screen), `records.count` (how many a file holds, `{count}` plural) and the
	 * reasons of refusals (`records.refused.<reason>`).
	 */
	messages: string;
	/** The parameters of `records.item` for one record's data. */
	label(data: Record<string, unknown>): Record<string, string | number>;
	/** True when a record's id is a Yjs document's id (its summary): the screens group them. */
	docLinked?: boolean;
}

/** Declares a collection (identity function that keeps the row type). */
export function defineCollection<Row extends StoredRecord>(
	spec: RecordCollectionSpec<Row>
): RecordCollectionSpec<Row> {
	return spec;
}

/** A stored row as record data: without its id, its version and the device-only `updatedAt`. */
export function plainRecordData(row: StoredRecord): Record<string, unknown> {
	const data: Record<string, unknown> = { ...row };
	delete data.id;
	delete data.updatedAt;
	delete data.rev;
	return data;
}

/** The record data a collection sends for `row`. */
export function wireData(spec: RecordCollectionSpec, row: StoredRecord): Record<string, unknown> {
	return spec.toWire ? spec.toWire(row) : plainRecordData(row);
}
