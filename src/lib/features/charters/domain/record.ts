// The `charters` record as it travels through POST /api/collab/sync (pocketbase/README.md,
// "Charters"): the canonical fields in snake_case plus the hash. Owns the mapping between that
// shape and CharterContent, both ways. Never talks to the network or storage.
import type { CharterContent, SealedCharter } from './canonical';
import type { Mandate } from '$lib/domain/users';

/** `data` of a pushed `charters` record. Optional fields are absent rather than empty. */
export interface CharterRecordData {
	version: string;
	text_hash: string;
	signer_name: string;
	mandate: Mandate;
	commune_insee: string;
	commune_name: string;
	signed_at: string;
	signature: string;
	countersigner_name?: string;
	countersignature?: string;
	project_id?: string;
	/** The session participant who signed (a charter signed in the room). */
	participant?: string;
	/** SHA-256 hex of the canonical content; the server recomputes it and refuses a mismatch. */
	hash: string;
}

/** `data` of a pulled `charters` record change: what was pushed, plus what the server set. */
export interface PulledCharterData extends Omit<
	CharterRecordData,
	'countersigner_name' | 'countersignature' | 'project_id'
> {
	countersigner_name: string;
	countersignature: string;
	project_id: string;
	receipt: string;
	/** The server's reception time, PocketBase format (`2026-11-29 14:00:00.000Z`). */
	received: string;
	/** The signer's `users` id and the `communes` id, set by the server. */
	user: string;
	commune: string;
}

const OPTIONAL = [
	['countersignerName', 'countersigner_name'],
	['countersignature', 'countersignature'],
	['projectId', 'project_id'],
	['participantId', 'participant']
] as const;

/** The record `data` to push for a sealed charter. */
export function charterRecordData(sealed: SealedCharter): CharterRecordData {
	const { content } = sealed;
	const data: CharterRecordData = {
		version: content.version,
		text_hash: content.textHash,
		signer_name: content.signerName,
		mandate: content.mandate,
		commune_insee: content.communeInsee,
		commune_name: content.communeName,
		signed_at: content.signedAt,
		signature: content.signature,
		hash: sealed.hash
	};
	for (const [field, column] of OPTIONAL) {
		const value = content[field];
		if (value) data[column] = value;
	}
	return data;
}

/** The canonical content of a pushed or pulled record's `data` (empty optional fields dropped). */
export function charterFromRecordData(data: CharterRecordData | PulledCharterData): CharterContent {
	const content: CharterContent = {
		version: data.version,
		textHash: data.text_hash,
		signerName: data.signer_name,
		mandate: data.mandate,
		communeInsee: data.commune_insee,
		communeName: data.commune_name,
		signedAt: data.signed_at,
		signature: data.signature
	};
	for (const [field, column] of OPTIONAL) {
		const value = data[column];
		if (value) content[field] = value;
	}
	return content;
}
