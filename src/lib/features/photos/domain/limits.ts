// What a log photo may be, and how a device shrinks it: pure rules shared by the image code
// (src/lib/media), the local store and the uploader. A phone photo of 3 to 12 MB becomes a JPEG
// of at most 1600 px on its long side and about 300 KB, small enough to send from a village
// hall over a weak mobile connection; the server keeps at most 512 KB (pb_hooks/lib/limits.js).
// Never touches the DOM, storage or network.

/** Largest file a user may pick: beyond it decoding would exhaust a cheap tablet's memory. */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;
/** Longest side of a stored photo, in pixels. */
export const MAX_EDGE = 1600;
/** Size a stored photo aims at. */
export const TARGET_BYTES = 300 * 1024;
/** The server's cap (pb_hooks/lib/limits.js). */
export const MAX_STORED_BYTES = 512 * 1024;
/** Bytes sent per upload request: a lost request costs at most this much again. */
export const UPLOAD_CHUNK_BYTES = 64 * 1024;
/** JPEG qualities tried in turn, then the size is reduced and the ladder starts again. */
export const QUALITY_LADDER = [0.82, 0.72, 0.62, 0.5] as const;

/** Formats a browser can decode, recognised from the first bytes of the file. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'heic';

/** Why a picked file cannot become a photo (message key `projects.photos.errors.<code>`). */
export type PhotoProblem = 'tooLarge' | 'notImage' | 'heic' | 'empty' | 'unreadable' | 'tooMany';

const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, to));

/** The image format of a file from its first 16 bytes, whatever its name or declared type. */
export function sniffImage(head: Uint8Array): ImageFormat | null {
	if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
	if (head[0] === 0x89 && ascii(head, 1, 4) === 'PNG') return 'png';
	if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
	if (ascii(head, 0, 4) === 'GIF8') return 'gif';
	if (ascii(head, 0, 2) === 'BM') return 'bmp';
	if (
		ascii(head, 4, 8) === 'ftyp' &&
		/^(heic|heix|hevc|mif1|msf1|heis)$/.test(ascii(head, 8, 12))
	) {
		return 'heic';
	}
	return null;
}

/** Checks a picked file before decoding it; returns the problem or null. */
export function checkPhotoInput(file: { size: number; head: Uint8Array }): PhotoProblem | null {
	if (file.size === 0) return 'empty';
	if (file.size > MAX_INPUT_BYTES) return 'tooLarge';
	const format = sniffImage(file.head);
	if (format === 'heic') return 'heic';
	return format ? null : 'notImage';
}

/** The size of a `width` × `height` image scaled down (never up) to fit `edge` on its long side. */
export function fitWithin(width: number, height: number, edge = MAX_EDGE) {
	const scale = Math.min(1, edge / Math.max(width, height));
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale))
	};
}

/** The byte ranges `[start, end)` still to send of a `total`-byte photo from `received`. */
export function remainingChunks(total: number, received: number, chunk = UPLOAD_CHUNK_BYTES) {
	const ranges: [number, number][] = [];
	for (let start = received; start < total; start += chunk) {
		ranges.push([start, Math.min(total, start + chunk)]);
	}
	return ranges;
}

/** "1,2 Mo"-style size for messages (fr-FR decimal comma through the caller's formatter). */
export function megabytes(bytes: number): number {
	return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * May photos be sent now? Always, unless the user asked for Wi-Fi only and the browser reports a
 * connection that is neither Wi-Fi nor wired (an unreported type never holds photos back: most
 * desktop browsers report none, and photos would never leave).
 */
export function connectionAllowsPhotos(wifiOnly: boolean, connectionType?: string): boolean {
	return !wifiOnly || connectionType === undefined || ['wifi', 'ethernet'].includes(connectionType);
}
