// The exact bytes the sessions feature hashes: a flat object of strings as JSON with keys sorted,
// no whitespace, strings escaped as JSON.stringify does (by hand, so that goja — which has no
// well-formed JSON.stringify — computes the same in pb_hooks/lib/sessions.js); its SHA-256 in
// hex; the short receipt code of a hash (charters' format, Crockford base32). Changing anything
// here breaks every seal ever issued. Never validates and never stores.

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

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** The receipt code of a hash: its first 60 bits in Crockford base32, `XXXX-XXXX-XXXX`. */
export function receiptCode(hash: string): string {
	if (!HASH_PATTERN.test(hash)) throw new Error('a hash is 64 lower-case hex characters');
	let bits = '';
	for (const digit of hash.slice(0, 15)) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
	let code = '';
	for (let i = 0; i < 60; i += 5) code += CROCKFORD[parseInt(bits.slice(i, i + 5), 2)]!;
	return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** True for 64 lower-case hex characters. */
export function isHash(value: unknown): value is string {
	return typeof value === 'string' && HASH_PATTERN.test(value);
}
