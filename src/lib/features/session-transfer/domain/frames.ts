// The QR sequence format: a byte payload (a compressed `.collabactons` file) cut into numbered
// frames, each a text string for one QR code: `CA1:` + base45 of
//   version (1) | payload id = CRC-32 of the payload (4) | payload length (4) |
//   fragment size (2) | frame index (4) | fragment or XOR of fragments | CRC-32 of all before (4)
// (big-endian). Frames can be read in any order, missed or read twice; `FrameReader` rebuilds
// the payload once it holds enough and checks it against its CRC-32. Pure; never draws and
// never reads a camera.
import { decodeBase45, encodeBase45 } from './base45';
import { crc32 } from './crc32';
import { frameFragments, xorInto } from './fountain';

/** What every frame's text starts with (QR alphanumeric characters only). */
export const FRAME_PREFIX = 'CA1:';
/** Fragment bytes per frame: ~560 alphanumeric characters, a version-14 QR code at level L. */
export const DEFAULT_FRAGMENT_BYTES = 360;
/** The largest payload a sequence carries (~730 frames; beyond it the file is the way). */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
const HEADER = 15;
const VERSION = 1;

/** A payload ready to be shown as QR codes: `frame(i)` for i = 0, 1, 2, ... without end. */
export interface FrameSequence {
	/** Fragments in the payload: the reader needs at least this many frames. */
	total: number;
	payloadId: number;
	frame(index: number): string;
}

/**
 * Cuts `payload` into a frame sequence. Frames `0 … total-1` carry one fragment each; later
 * ones mix fragments, so a reader that missed some recovers from whichever frames come next.
 */
export function encodeFrames(
	payload: Uint8Array,
	fragmentBytes = DEFAULT_FRAGMENT_BYTES
): FrameSequence {
	if (payload.length === 0 || payload.length > MAX_PAYLOAD_BYTES) {
		throw new RangeError(`payload of ${payload.length} bytes: must be 1 to ${MAX_PAYLOAD_BYTES}`);
	}
	if (fragmentBytes < 16 || fragmentBytes > 2048) throw new RangeError('fragment size 16-2048');
	const payloadId = crc32(payload);
	const total = Math.ceil(payload.length / fragmentBytes);
	const fragment = (k: number): Uint8Array => {
		const out = new Uint8Array(fragmentBytes);
		out.set(payload.subarray(k * fragmentBytes, (k + 1) * fragmentBytes));
		return out;
	};
	return {
		total,
		payloadId,
		frame(index: number): string {
			const bytes = new Uint8Array(HEADER + fragmentBytes + 4);
			const view = new DataView(bytes.buffer);
			view.setUint8(0, VERSION);
			view.setUint32(1, payloadId);
			view.setUint32(5, payload.length);
			view.setUint16(9, fragmentBytes);
			view.setUint32(11, index >>> 0);
			const body = bytes.subarray(HEADER, HEADER + fragmentBytes);
			for (const k of frameFragments(payloadId, total, index >>> 0)) xorInto(body, fragment(k));
			view.setUint32(HEADER + fragmentBytes, crc32(bytes, 0, HEADER + fragmentBytes));
			return FRAME_PREFIX + encodeBase45(bytes);
		}
	};
}

/** A frame read back: its header and the XOR of the fragments it names. */
export interface Frame {
	payloadId: number;
	payloadLength: number;
	fragmentBytes: number;
	index: number;
	body: Uint8Array;
}

/** Parses one QR text into a frame, or null when it is not an intact frame of this format. */
export function parseFrame(text: string): Frame | null {
	if (typeof text !== 'string' || !text.startsWith(FRAME_PREFIX)) return null;
	let bytes: Uint8Array;
	try {
		bytes = decodeBase45(text.slice(FRAME_PREFIX.length));
	} catch {
		return null;
	}
	if (bytes.length < HEADER + 1 + 4) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = bytes.length - 4;
	if (view.getUint32(end) !== crc32(bytes, 0, end) || view.getUint8(0) !== VERSION) return null;
	const frame: Frame = {
		payloadId: view.getUint32(1),
		payloadLength: view.getUint32(5),
		fragmentBytes: view.getUint16(9),
		index: view.getUint32(11),
		body: bytes.slice(HEADER, end)
	};
	if (frame.body.length !== frame.fragmentBytes) return null;
	if (frame.payloadLength === 0 || frame.payloadLength > MAX_PAYLOAD_BYTES) return null;
	return frame;
}
