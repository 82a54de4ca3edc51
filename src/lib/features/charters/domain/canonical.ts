// The canonical content of a signed charter and its fingerprint. Owns the exact bytes that are
// hashed: the content's fields, normalised (names trimmed and in NFC, empty optional fields
// dropped), as JSON with keys sorted, no whitespace, then UTF-8; its SHA-256 in hex; and the
// short receipt code derived from it (the shared pieces are $lib/domain/canonical). Never validates a charter (validation.ts) and never stores
// one. The server recomputes all this in goja (pb_hooks/lib/charters.js) and
// scripts/seed/charter.mjs in plain Node: tests prove the three agree byte for byte. Changing
// anything here breaks every receipt ever issued.
import { quote, receiptCode, sha256Hex } from '$lib/domain/canonical';
import type { Mandate } from '$lib/domain/users';
import { charterVersion } from './text';

/** What a signature covers. Field names are part of the canonical form: never rename one. */
export interface CharterContent {
	/** Charter text version (text.ts). */
	version: string;
	/** SHA-256 hex of that version's French text. */
	textHash: string;
	signerName: string;
	mandate: Mandate;
	/** INSEE code of the commune, e.g. `11185`. */
	communeInsee: string;
	communeName: string;
	/** ISO 8601 UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
	signedAt: string;
	/** The drawn signature (signature.ts). */
	signature: string;
	/** The facilitator who countersigned, with their drawn signature (both or neither). */
	countersignerName?: string;
	countersignature?: string;
	/** The project (15-character id) the élu commits to, when it exists already. */
	projectId?: string;
	/**
	 * Signed in a training session on the facilitator's tablet: the `participants` id of the
	 * signer, who may have no account (DESIGN.md § 6). Absent for a charter an élu signs.
	 */
	participantId?: string;
}

const NAME_FIELDS = ['signerName', 'communeName', 'countersignerName'] as const;
const OPTIONAL_FIELDS = [
	'countersignerName',
	'countersignature',
	'projectId',
	'participantId'
] as const;

/**
 * The content as it is hashed: names trimmed and in Unicode NFC, optional fields that are absent
 * or empty removed, nothing else changed (no other field is trimmed or reformatted).
 */
export function normalizeCharter(content: CharterContent): CharterContent {
	const normalized: CharterContent = { ...content };
	for (const field of NAME_FIELDS) {
		const value = normalized[field];
		if (typeof value === 'string') normalized[field] = value.trim().normalize('NFC');
	}
	for (const field of OPTIONAL_FIELDS) {
		if (normalized[field] === undefined || normalized[field] === '') delete normalized[field];
	}
	return normalized;
}

/**
 * The canonical serialization of a charter: its normalised fields (normalizeCharter) as one
 * JSON object, keys in code-unit order, no whitespace. Deterministic: the same content always
 * gives the same string, whatever the order of its keys or the Unicode form of its names.
 */
export function canonicalCharter(content: CharterContent): string {
	const normalized = normalizeCharter(content) as unknown as Record<string, unknown>;
	const keys = Object.keys(normalized)
		.filter((key) => normalized[key] !== undefined)
		.sort();
	return `{${keys.map((key) => `${quote(key)}:${quote(String(normalized[key]))}`).join(',')}}`;
}

/** The `textHash` of a published version: SHA-256 hex of its French text. Throws if unknown. */
export async function charterTextHash(version: string): Promise<string> {
	const published = charterVersion(version);
	if (!published) throw new Error(`unknown charter version ${version}`);
	return sha256Hex(published.fr);
}

/** The fingerprint of a signed charter: SHA-256 hex of its canonical serialization. */
export async function charterHash(content: CharterContent): Promise<string> {
	return sha256Hex(canonicalCharter(content));
}

/** True when `hash` is the fingerprint of `content` (hex, case-insensitive). */
export async function verifyCharter(content: CharterContent, hash: string): Promise<boolean> {
	return (await charterHash(content)) === hash.toLowerCase();
}

/** A charter once signed: its normalised content, fingerprint and receipt code. */
export interface SealedCharter {
	content: CharterContent;
	hash: string;
	receipt: string;
}

/**
 * Seals `content` at signing: normalises it (what is kept is exactly what was hashed), hashes it
 * and derives the receipt. Validate it first (validation.ts): this function checks nothing.
 */
export async function sealCharter(content: CharterContent): Promise<SealedCharter> {
	const normalized = normalizeCharter(content);
	const hash = await charterHash(normalized);
	return { content: normalized, hash, receipt: receiptCode(hash) };
}
