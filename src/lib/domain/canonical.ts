// The exact bytes the app hashes when a record is proof (a signed charter, an attendance row, a
// seal): strings quoted as JSON.stringify does, written by hand so that goja — which has no
// well-formed JSON.stringify — computes the same on the server; flat objects with sorted keys;
// SHA-256 in hex; the short receipt code printed on paper, and how a person types it back.
// Changing anything here breaks every hash and receipt ever issued. Pure apart from WebCrypto.

/** JSON string literal, escaped exactly as `JSON.stringify` does. */
export function quote(text: string): string {
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

/** `{"a":"…","b":"…"}`: every value as a string, keys in code-unit order, no whitespace. */
export function canonicalObject(fields: Readonly<Record<string, string>>): string {
	const keys = Object.keys(fields).sort();
	return `{${keys.map((key) => `${quote(key)}:${quote(fields[key]!)}`).join(',')}}`;
}

/** SHA-256 of the UTF-8 bytes of `text`, in lower-case hex (WebCrypto). */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A record id derived from `key` (15 lower-case hex characters of its SHA-256): every device and
 * every replay writing the same thing names the same row, so they converge on one.
 */
export async function derivedId(key: string): Promise<string> {
	return (await sha256Hex(key)).slice(0, 15);
}

/** Crockford's base32 alphabet: no I, L, O, U. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HASH_PATTERN = /^[0-9a-f]{64}$/i;

/** True for 64 hex characters (a SHA-256 in hex). */
export function isHash(value: unknown): value is string {
	return typeof value === 'string' && HASH_PATTERN.test(value);
}

/**
 * The receipt code of a hash: its first 60 bits in Crockford base32, grouped `XXXX-XXXX-XXXX`.
 * Short enough to read aloud or copy by hand; 2^60 codes make a collision negligible (the server
 * also keeps them unique).
 */
export function receiptCode(hash: string): string {
	if (!isHash(hash)) throw new Error('a hash is 64 hex characters');
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
