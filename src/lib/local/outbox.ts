// The outbox: every local change waits here until the server confirms it, and a change the
// server refused stays here, with its reason, until the user retries or exports it. This module
// owns the entries' states; it never sends anything and never deletes an unconfirmed entry.
import { nextRecordRev, type RecordCollection } from '$lib/domain/sync/protocol';
import { newId } from '$lib/domain/sync/ids';
import type { OutboxEntry, OutboxState, UserDatabase } from './db';

/** How long confirmed entries stay visible ("confirmé par le serveur") before being pruned. */
export const CONFIRMED_RETENTION_MS = 24 * 3600 * 1000;

/** Adds a Yjs update of `docId` made on this device. Resolves once it is in IndexedDB. */
export async function addDocUpdate(
	db: UserDatabase,
	docId: string,
	update: Uint8Array
): Promise<OutboxEntry> {
	const entry: OutboxEntry = {
		id: newId(),
		kind: 'op',
		docId,
		update,
		state: 'pending',
		bytes: update.byteLength,
		createdAt: Date.now()
	};
	await db.outbox.add(entry);
	return entry;
}

/**
 * Queues the full `data` of a record for upsert, with its version `rev` (stamped when the record
 * was saved; by default a new one, after every version of it this outbox holds). Earlier unsent
 * versions of the same record are replaced by this one (the last write wins), so a cycle pushes
 * each record once.
 */
export async function addRecord(
	db: UserDatabase,
	collection: RecordCollection,
	recordId: string,
	data: Record<string, unknown>,
	rev?: number,
	options: { restore?: boolean } = {}
): Promise<OutboxEntry> {
	const entry: OutboxEntry = {
		id: newId(),
		kind: 'record',
		collection,
		recordId,
		data,
		rev: rev ?? 0,
		state: 'pending',
		bytes: JSON.stringify(data).length,
		createdAt: Date.now(),
		...(options.restore ? { restore: true } : {})
	};
	await db.transaction('rw', db.outbox, async () => {
		const earlier = await db.outbox.where('recordId').equals(recordId).toArray();
		const mine = earlier.filter((e) => e.collection === collection);
		if (rev === undefined) {
			entry.rev = nextRecordRev(Math.max(0, ...mine.map((e) => e.rev ?? 0)));
		}
		await db.outbox.bulkDelete(mine.filter((e) => e.state === 'pending').map((e) => e.seq!));
		await db.outbox.add(entry);
	});
	return entry;
}

/** Entries in `states`, in local order. */
export function entriesIn(db: UserDatabase, states: OutboxState[]): Promise<OutboxEntry[]> {
	return db.outbox.where('state').anyOf(states).sortBy('seq');
}

/** Every entry, newest first (what the Synchronisation screen lists). */
export function loadOutbox(db: UserDatabase): Promise<OutboxEntry[]> {
	return db.outbox.orderBy('seq').reverse().toArray();
}

/** The entries of document `docId` (confirmed ones included), in local order. */
export function loadDocumentOutbox(db: UserDatabase, docId: string): Promise<OutboxEntry[]> {
	return db.outbox.where('docId').equals(docId).sortBy('seq');
}

/** Unconfirmed updates of `docId` (to re-apply them when the document is loaded). */
export async function unconfirmedUpdates(db: UserDatabase, docId: string): Promise<Uint8Array[]> {
	const entries = await db.outbox.where('docId').equals(docId).sortBy('seq');
	return entries.filter((e) => e.state !== 'confirmed' && e.update).map((e) => e.update!);
}

/** Sets the state of entries by id (`patch` adds reason, code, op id...). */
export async function setState(
	db: UserDatabase,
	ids: string[],
	state: OutboxState,
	patch: Partial<OutboxEntry> = {}
): Promise<void> {
	if (!ids.length) return;
	await db.outbox
		.where('id')
		.anyOf(ids)
		.modify((entry) => {
			entry.state = state;
			Object.assign(entry, patch);
			if (state === 'confirmed') {
				entry.confirmedAt = Date.now();
				// The document holds it now; keep the row for the per-item state only.
				delete entry.update;
				delete entry.reason;
				delete entry.code;
				delete entry.status;
			}
		});
}

/** Puts entries left `sending` by an interrupted cycle back to `pending`. */
export async function resetSending(db: UserDatabase): Promise<void> {
	await db.outbox.where('state').equals('sending').modify({ state: 'pending' });
}

/** "Réessayer": puts refused entries back in the queue (all, or those with `ids`). */
export async function retryRejected(db: UserDatabase, ids?: string[]): Promise<number> {
	const query = ids
		? db.outbox.where('id').anyOf(ids)
		: db.outbox.where('state').equals('rejected');
	return query
		.filter((e) => e.state === 'rejected')
		.modify((entry) => {
			entry.state = 'pending';
			delete entry.reason;
			delete entry.code;
			delete entry.status;
		});
}

/** Removes confirmed entries older than the retention. Never touches unconfirmed ones. */
export async function pruneConfirmed(db: UserDatabase, now = Date.now()): Promise<number> {
	return db.outbox
		.where('state')
		.equals('confirmed')
		.filter((e) => (e.confirmedAt ?? 0) < now - CONFIRMED_RETENTION_MS)
		.delete();
}

/** Is there an unsent or refused local change of `recordId`? (Then the server's copy waits.) */
export async function hasUnconfirmedRecord(db: UserDatabase, recordId: string): Promise<boolean> {
	const entries = await db.outbox.where('recordId').equals(recordId).toArray();
	return entries.some((e) => e.state !== 'confirmed');
}

/** Whether every entry of `ids` was queued by the restore path (not written by this user). */
export async function queuedByRestore(db: UserDatabase, ids: string[]): Promise<boolean> {
	if (!ids.length) return false;
	const entries = await db.outbox.where('id').anyOf(ids).toArray();
	return entries.length > 0 && entries.every((entry) => entry.restore === true);
}

/** Deletes the entries of `ids` (restore entries the server says are not this user's). */
export async function removeEntries(db: UserDatabase, ids: string[]): Promise<void> {
	if (!ids.length) return;
	await db.outbox.where('id').anyOf(ids).delete();
}
