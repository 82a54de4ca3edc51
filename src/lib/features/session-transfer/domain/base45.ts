// Base45 (RFC 9285): bytes as text made only of the QR code's alphanumeric characters
// (`0-9A-Z $%*+-./:`), which a QR code stores at 5.5 bits per character: two bytes become three
// characters, so a frame carries ~97 % of what byte mode would, while staying a plain string
// every QR reader returns unchanged. Pure functions; never touches a QR library.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as base45 text (RFC 9285). */
export function encodeBase45(bytes: Uint8Array): string {
	const out: string[] = [];
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		let n = bytes[i]! * 256 + bytes[i + 1]!;
		const c = n % 45;
		n = (n - c) / 45;
		const d = n % 45;
		const e = (n - d) / 45;
		out.push(ALPHABET[c]!, ALPHABET[d]!, ALPHABET[e]!);
	}
	if (bytes.length % 2 === 1) {
		const n = bytes[bytes.length - 1]!;
		out.push(ALPHABET[n % 45]!, ALPHABET[Math.floor(n / 45)]!);
	}
	return out.join('');
}

/** Decodes base45 text; throws on a character outside the alphabet or an impossible value. */
export function decodeBase45(text: string): Uint8Array {
	if (text.length % 3 === 1) throw new Error('malformed base45: bad length');
	const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
	const digit = (i: number): number => {
		const code = text.charCodeAt(i);
		const value = code < 128 ? DECODE[code]! : -1;
		if (value < 0) throw new Error(`malformed base45: character at ${i}`);
		return value;
	};
	let o = 0;
	for (let i = 0; i < text.length; i += 3) {
		if (i + 2 < text.length) {
			const n = digit(i) + digit(i + 1) * 45 + digit(i + 2) * 2025;
			if (n > 0xffff) throw new Error('malformed base45: value too large');
			out[o++] = n >> 8;
			out[o++] = n & 0xff;
		} else {
			const n = digit(i) + digit(i + 1) * 45;
			if (n > 0xff) throw new Error('malformed base45: value too large');
			out[o++] = n;
		}
	}
	return out;
}
