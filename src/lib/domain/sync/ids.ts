// Client-generated identifiers: records and Yjs documents get PocketBase-compatible ids
// (15 chars [a-z0-9]) on the device, so that creating something twice (a retried request, an
// imported file) is creating it once. Pure functions: no storage, no network.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The pattern of a PocketBase record id, which every client-generated id matches. */
export const RECORD_ID_PATTERN = /^[a-z0-9]{15}$/;

/** A new random id of `length` chars [a-z0-9] (15 by default, PocketBase's own format). */
export function newId(length = 15): string {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let id = '';
	// 252 = 7 × 36: rejecting larger bytes keeps every character equally likely.
	for (let i = 0; id.length < length; i++) {
		if (i >= bytes.length) {
			crypto.getRandomValues(bytes);
			i = 0;
		}
		const byte = bytes[i]!;
		if (byte < 252) id += ALPHABET[byte % 36];
	}
	return id;
}

/** A new device id (`d-` + 20 random chars), stable once saved for a device and a user. */
export function newDeviceId(): string {
	return `d-${newId(20)}`;
}

/** 53-bit FNV-1a-like hash of a string, in base 36 (deterministic, not cryptographic). */
function hash36(text: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 16777619);
		h2 = Math.imul(h2 ^ c, 2246822507);
	}
	return ((h2 >>> 0) * 2 ** 21 + ((h1 >>> 0) & 0x1fffff)).toString(36);
}

/**
 * The op id of a push that merges the outbox entries `entryIds` of document `docId`. The same
 * entries always give the same id, so a retried push is recognised by the server as a replay.
 */
export function mergedOpId(docId: string, entryIds: readonly string[]): string {
	return `${docId}-${hash36(entryIds.join(','))}`;
}

/** The op id of a snapshot of `docId` covering server rows up to `covers`. */
export function snapshotOpId(docId: string, covers: number, device: string): string {
	return `${docId}-s${covers.toString(36)}-${hash36(device)}`;
}
