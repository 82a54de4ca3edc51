// The canonical content of a signed charter and its fingerprint. Owns the exact bytes that are
// hashed: the content's fields, normalised (names trimmed and in NFC, empty optional fields
// dropped), as JSON with keys sorted, no whitespace, then UTF-8; its SHA-256 in hex; and the
// short receipt code derived from it. Never validates a charter (validation.ts) and never stores
// one. The server recomputes all this in goja (pb_hooks/lib/charters.js) and
// scripts/seed/charter.mjs in plain Node: tests prove the three agree byte for byte. Changing
// anything here breaks every receipt ever issued.
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

/** JSON string literal, escaped exactly as `JSON.stringify` does (also in goja, by hand). */
function quote(text: string): string {
	let out = '"';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const char = text[i]!;
		if (char === '"' || char === '\\') out += '\\' + char;
		else if (code === 0x08) out += '\\b';
		else if (code === 0x09) out += '\\t';
		else if (code === 0x0a) out += '\\n';
		else if (code === 0x0c) out += '\\f';
		else if (code === 0x0d) out += '\\r';
		else if (code < 0x20 || isLoneSurrogate(text, i)) {
			out += '\\u' + code.toString(16).padStart(4, '0');
		} else out += char;
	}
	return out + '"';
}

function isLoneSurrogate(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	if (code >= 0xd800 && code <= 0xdbff) {
		const next = text.charCodeAt(i + 1);
		return !(next >= 0xdc00 && next <= 0xdfff);
	}
	if (code >= 0xdc00 && code <= 0xdfff) {
		const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
		return !(previous >= 0xd800 && previous <= 0xdbff);
	}
	return false;
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

/** SHA-256 of the UTF-8 bytes of `text`, in lower-case hex (WebCrypto). */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
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

/** Crockford's base32 alphabet: no I, L, O, U. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HASH_PATTERN = /^[0-9a-f]{64}$/i;

/**
 * The receipt code of a charter hash: its first 60 bits in Crockford base32, grouped
 * `XXXX-XXXX-XXXX`. Short enough to read aloud or copy by hand; 2^60 codes make a collision
 * between real charters negligible (the server also keeps them unique).
 */
export function receiptCode(hash: string): string {
	if (!HASH_PATTERN.test(hash)) throw new Error('a charter hash is 64 hex characters');
	let bits = '';
	for (const digit of hash.slice(0, 15)) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
	let code = '';
	for (let i = 0; i < 60; i += 5) code += CROCKFORD[parseInt(bits.slice(i, i + 5), 2)]!;
	return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * Reads a receipt code as a person may type it: any case, spaces, dashes or dots anywhere or
 * none, O for 0, I or L for 1. Returns the code as receiptCode writes it, or null when it cannot
 * be one (wrong length, a U or another foreign character).
 */
export function parseReceiptCode(input: string): string | null {
	const compact = input
		.toUpperCase()
		.replace(/[\s._-]+/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (compact.length !== 12) return null;
	for (const char of compact) if (!CROCKFORD.includes(char)) return null;
	return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
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
