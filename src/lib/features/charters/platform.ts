// What the platform needs from the charters feature (read by the registry, src/lib/collections.ts):
// the `charters` record collection — signed engagement charters, synced, restored after a server
// restore, carried in files with their own never-alter merge. Service-worker safe: no Svelte.
import { defineCollection } from '$lib/local/collection';
import { charterFromRecordData, charterRecordData, type CharterRecordData } from './domain/record';
import { charterBundleRecords, mergeCharter } from './sync/bundle';

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

declare module '$lib/local/db' {
	interface UserDatabase {
		charters: import('dexie').EntityTable<CharterRow, 'id'>;
	}
}

export const chartersCollection = defineCollection<CharterRow>({
	name: 'charters',
	since: 2,
	indexes: 'id, hash, signed_at',
	fields: [
		'version',
		'text_hash',
		'signer_name',
		'mandate',
		'commune_insee',
		'commune_name',
		'signed_at',
		'signature',
		'countersigner_name',
		'countersignature',
		'project_id',
		'participant',
		'hash'
	],
	// Pushed again as signed: what the server set or the device learnt stays out, so a replay
	// after a restore is the same content (the server accepts it as is).
	toWire: (row) => ({
		...charterRecordData({ content: charterFromRecordData(row), hash: row.hash, receipt: '' })
	}),
	restore: 'all',
	bundle: { export: charterBundleRecords, merge: mergeCharter },
	messages: 'charters',
	label: (data) => ({
		signer: String(data.signer_name ?? ''),
		commune: String(data.commune_name ?? '')
	})
});

export const collections = [chartersCollection];
