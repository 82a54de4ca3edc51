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
	const row: Record<string, unknown> = { ...data, id, rev };
	const updated = typeof data.updated === 'string' ? Date.parse(data.updated) : NaN;
	row.updatedAt = Number.isNaN(updated) ? Date.now() : updated;
	for (const field of SERVER_FIELDS) delete row[field];
	delete row.updated;
	await recordTable(db, collection).put(row as { id: string });
	return true;
}
