// Plain records (project summaries, progress) as this device keeps them: written locally with
// their outbox entry in one transaction, or received from the server. It never sends anything.
import { nextRecordRev, type RecordCollection } from '$lib/domain/sync/protocol';
import { recordTable, type UserDatabase } from './db';
import { addRecord, hasUnconfirmedRecord } from './outbox';

/** Fields the server adds to a record that the device does not keep. */
const SERVER_FIELDS = ['collectionId', 'collectionName', 'created', 'updated_by', 'seq', 'device'];
// `rev` (the record's version) is kept on the row: the next local save stamps a newer one.

/**
 * Saves a record written on this device and queues it for the server, in one transaction.
 * Resolves once both are in IndexedDB.
 */
export async function saveLocalRecord(
	db: UserDatabase,
	collection: RecordCollection,
	id: string,
	data: Record<string, unknown>
): Promise<void> {
	await db.transaction('rw', [recordTable(db, collection), db.outbox], async () => {
		// The version after every one this device knows: the stored row's (maybe the server's).
		const previous = await recordTable(db, collection).get(id);
		const rev = nextRecordRev(typeof previous?.rev === 'number' ? previous.rev : 0);
		await recordTable(db, collection).put({ ...data, id, rev, updatedAt: Date.now() });
		await addRecord(db, collection, id, data, rev);
	});
}

/** A record as the server sends it (a pulled change, or the version that superseded a push). */
export interface ServerRecord {
	collection: RecordCollection;
	id: string;
	data: Record<string, unknown>;
	rev?: number;
}

/** The row this device keeps for a server record. */
function serverRow({ id, data, rev = 0 }: ServerRecord): { id: string } {
	const row: Record<string, unknown> = { ...data, id, rev };
	const updated = typeof data.updated === 'string' ? Date.parse(data.updated) : NaN;
	row.updatedAt = Number.isNaN(updated) ? Date.now() : updated;
	for (const field of SERVER_FIELDS) delete row[field];
	delete row.updated;
	return row as { id: string };
}

/**
 * Stores a record received from the server, unless this device holds a newer unconfirmed
 * version of it (that one will be pushed and win). Returns whether it was stored.
 */
export async function putServerRecord(
	db: UserDatabase,
	collection: RecordCollection,
	id: string,
	data: Record<string, unknown>,
	rev = 0
): Promise<boolean> {
	if (await hasUnconfirmedRecord(db, id)) return false;
	await recordTable(db, collection).put(serverRow({ collection, id, data, rev }));
	return true;
}

/**
 * Stores many server records as {@link putServerRecord} does one (a record with an unconfirmed
 * local version is skipped; of one record listed twice, the later wins), in one transaction:
 * a first sync of 36,000 project summaries is one outbox query and one bulk write per
 * collection, not two transactions per record. Resolves with how many were stored.
 */
export async function putServerRecords(db: UserDatabase, records: ServerRecord[]): Promise<number> {
	if (!records.length) return 0;
	const collections = [...new Set(records.map((r) => r.collection))];
	const tables = collections.map((collection) => recordTable(db, collection));
	return db.transaction('rw', [db.outbox, ...tables], async () => {
		const ids = [...new Set(records.map((r) => r.id))];
		const held = new Set(
			(await db.outbox.where('recordId').anyOf(ids).toArray())
				.filter((entry) => entry.state !== 'confirmed')
				.map((entry) => entry.recordId)
		);
		let stored = 0;
		for (const collection of collections) {
			const rows = records
				.filter((r) => r.collection === collection && !held.has(r.id))
				.map(serverRow);
			await recordTable(db, collection).bulkPut(rows);
			stored += rows.length;
		}
		return stored;
	});
}
