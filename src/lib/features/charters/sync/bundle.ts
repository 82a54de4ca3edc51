// Signed charters in `.collabactons` files: an élu who signed on a tablet that never reaches the
// network carries the charter by file to a device that does. A charter travels as the record the
// sync route takes (canonical fields + hash, plus the signer's account id when known) and is never
// altered on import: a file whose copy no longer matches its hash, or that holds another content
// under an id this device already has, is refused for that charter only, with a reason code the
// screen words. Imported charters are queued for the server like a charter signed here.
import { receiptCode } from '$lib/domain/canonical';
import { canonicalCharter, verifyCharter, type CharterContent } from '../domain/canonical';
import { charterFromRecordData, charterRecordData, type CharterRecordData } from '../domain/record';
import type { BundleRecord } from '$lib/domain/sync/bundle-format';
import type { UserDatabase } from '$lib/local/db';
import type { CharterRow } from '../platform';
import type { RefusedRecord } from '$lib/local/collection';
import { saveLocalRecord } from '$lib/local/records';

/** Why a charter of a file was not imported (message `sync.bundle.refused.<reason>`). */
export type CharterRefusal = 'altered' | 'damaged';

const REQUIRED = [
	'version',
	'text_hash',
	'signer_name',
	'mandate',
	'commune_insee',
	'commune_name',
	'signed_at',
	'signature'
] as const;
const OPTIONAL = ['countersigner_name', 'countersignature', 'project_id'] as const;
const HASH = /^[0-9a-f]{64}$/;

/** The record data of a charter as the sync route takes it, or null when it is not one. */
function readCharterData(data: Record<string, unknown>): CharterRecordData | null {
	if (typeof data.hash !== 'string' || !HASH.test(data.hash)) return null;
	for (const field of REQUIRED) if (typeof data[field] !== 'string') return null;
	for (const field of OPTIONAL) {
		if (data[field] !== undefined && typeof data[field] !== 'string') return null;
	}
	return data as unknown as CharterRecordData;
}

/**
 * The charters of this device as bundle records: their signed content and hash, and the account
 * that signed them (`user`: the server's, or the exporting user for a charter signed here).
 */
export async function charterBundleRecords(
	db: UserDatabase,
	exportingUser: string
): Promise<BundleRecord[]> {
	const rows = await db.charters.toArray();
	return rows.map((row) => {
		const data: Record<string, unknown> = {
			...charterRecordData({ content: charterFromRecordData(row), hash: row.hash, receipt: '' })
		};
		const user = typeof row.user === 'string' && row.user ? row.user : exportingUser;
		if (user) data.user = user;
		return { collection: 'charters', id: row.id, data };
	});
}

/**
 * Merges one charter of a file: 'added' (saved and queued for the server), 'same' (already here,
 * nothing changes), or why it is refused (the charter of this device is kept as it is).
 */
export async function mergeCharter(
	db: UserDatabase,
	record: BundleRecord
): Promise<'added' | 'same' | RefusedRecord> {
	const data = readCharterData(record.data);
	// The label is the receipt code the signer holds ('' when the file does not even hold a hash).
	const refuse = (reason: CharterRefusal): RefusedRecord => ({
		id: record.id,
		collection: 'charters',
		label: data ? receiptCode(data.hash) : '',
		reason
	});
	if (!data) return refuse('damaged');
	const content: CharterContent = charterFromRecordData(data);
	if (!(await verifyCharter(content, data.hash))) return refuse('damaged');
	const current: CharterRow | undefined = await db.charters.get(record.id);
	if (current) {
		const same =
			current.hash === data.hash &&
			canonicalCharter(charterFromRecordData(current)) === canonicalCharter(content);
		return same ? 'same' : refuse('altered');
	}
	const stored: Record<string, unknown> = {
		...charterRecordData({ content, hash: data.hash, receipt: '' })
	};
	if (typeof record.data.user === 'string' && record.data.user) stored.user = record.data.user;
	await saveLocalRecord(db, 'charters', record.id, stored);
	return 'added';
}
