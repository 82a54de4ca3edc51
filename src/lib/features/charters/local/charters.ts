// The signed charters of one user on this device: sealing one saves it as a `charters` record with
// its outbox entry in one transaction (local/records), so a charter signed offline is kept and
// reaches the server with the next sync. Owns the record id, the per-charter sync state and the
// offline check of a receipt code. Never changes a signed charter's content, never talks to the
// network.
import { receiptCode } from '$lib/domain/canonical';
import { verifyCharter, type SealedCharter } from '../domain/canonical';
import { charterFromRecordData, charterRecordData } from '../domain/record';
import type { UserDatabase } from '$lib/local/db';
import type { CharterRow } from '../platform';
import { saveLocalRecord } from '$lib/local/records';

/** Where a charter stands: only on this device, refused by the server, or held by the server. */
export type CharterSyncState = 'device' | 'rejected' | 'confirmed';

/** A stored charter with what the screens need next to it. */
export interface StoredCharter {
	row: CharterRow;
	receipt: string;
	sync: CharterSyncState;
	/** The server's reason when it refused the charter (French). */
	reason?: string;
}

/** The record id of a sealed charter: the first 15 hex characters of its hash (as the seed). */
export function charterId(hash: string): string {
	return hash.slice(0, 15);
}

/**
 * Saves a sealed charter and queues it for the server, in one transaction. Resolves with its id
 * once both are in IndexedDB. Refuses to overwrite a charter already stored under that id.
 */
export async function saveSignedCharter(db: UserDatabase, sealed: SealedCharter): Promise<string> {
	const id = charterId(sealed.hash);
	if (await db.charters.get(id)) throw new Error(`charter ${id} is already signed on this device`);
	await saveLocalRecord(
		db,
		'charters',
		id,
		charterRecordData(sealed) as unknown as Record<string, unknown>
	);
	return id;
}

/**
 * Every charter on this device, newest signature first, with its receipt and sync state: refused
 * when the server refused its last push, on the device while a push waits, confirmed otherwise
 * (confirmed push, or received from the server).
 */
export async function listCharters(db: UserDatabase): Promise<StoredCharter[]> {
	const rows = await db.charters.orderBy('signed_at').reverse().toArray();
	const entries = await db.outbox
		.where('recordId')
		.anyOf(rows.map((row) => row.id))
		.filter((entry) => entry.collection === 'charters')
		.toArray();
	return rows.map((row) => {
		const own = entries.filter((entry) => entry.recordId === row.id);
		const refused = own.find((entry) => entry.state === 'rejected');
		const waiting = own.some((entry) => entry.state === 'pending' || entry.state === 'sending');
		const sync: CharterSyncState = refused ? 'rejected' : waiting ? 'device' : 'confirmed';
		return { row, receipt: receiptOf(row), sync, reason: refused?.reason };
	});
}

/**
 * The charters of `userId` among `charters`: those signed on this device (a local row has no
 * `user`; the database is the user's own) and those the server says they pushed. The other élus
 * of the commune's charters, pulled too, stay out of the user's list (each élu signs their own).
 */
export function ownCharters(charters: StoredCharter[], userId: string): StoredCharter[] {
	return charters.filter(({ row }) => !row.user || row.user === userId);
}

/** The receipt code of a stored charter ('' for a damaged row whose hash is not one). */
function receiptOf(row: CharterRow): string {
	return /^[0-9a-f]{64}$/.test(row.hash) ? receiptCode(row.hash) : '';
}

/** Remembers the server's reception time of a charter (the only field that may still change). */
export async function rememberReception(
	db: UserDatabase,
	id: string,
	received: string
): Promise<void> {
	await db.charters.update(id, { received });
}

/** What this device knows of a receipt code. */
export interface LocalVerification {
	row: CharterRow;
	/** True when the stored content still hashes to the stored hash. */
	valid: boolean;
}

/**
 * Looks `receipt` (already normalised by parseReceiptCode) up among this device's charters and
 * recomputes the hash of the one found. Undefined when no local charter has that receipt.
 */
export async function verifyLocalReceipt(
	db: UserDatabase,
	receipt: string
): Promise<LocalVerification | undefined> {
	const rows = await db.charters.toArray();
	const row = rows.find((candidate) => receiptOf(candidate) === receipt);
	if (!row) return undefined;
	return { row, valid: await verifyCharter(charterFromRecordData(row), row.hash) };
}
