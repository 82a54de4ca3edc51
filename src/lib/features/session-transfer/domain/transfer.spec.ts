import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from './base45';
import { crc32 } from './crc32';
import { DEFAULT_FRAGMENT_BYTES, encodeFrames, FRAME_PREFIX, parseFrame } from './frames';
import { FrameReader } from './reader';

/** Seeded bytes, so a failing case replays. */
function bytesFrom(seed: number, length: number): Uint8Array {
	let a = seed >>> 0;
	const out = new Uint8Array(length);
	for (let i = 0; i < length; i++) {
		a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
		out[i] = a >>> 24;
	}
	return out;
}

describe('base45', () => {
	it('encodes the RFC 9285 examples and decodes them back', () => {
		expect(encodeBase45(new TextEncoder().encode('AB'))).toBe('BB8');
		expect(encodeBase45(new TextEncoder().encode('Hello!!'))).toBe('%69 VD92EX0');
		expect(encodeBase45(new TextEncoder().encode('ietf!'))).toBe('QED8WEX0');
		expect(new TextDecoder().decode(decodeBase45('QED8WEX0'))).toBe('ietf!');
		const bytes = bytesFrom(7, 1001);
		expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes);
	});

	it('refuses text outside its alphabet or values past two bytes', () => {
		expect(() => decodeBase45('ab')).toThrow();
		expect(() => decodeBase45('GGW')).toThrow(); // 65535 < 16 + 16·45 + 32·2025
		expect(() => decodeBase45('A')).toThrow();
	});
});

describe('crc32', () => {
	it('matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('QR frame sequence', () => {
	it('frames are QR alphanumeric text with a checksum', () => {
		const sequence = encodeFrames(bytesFrom(1, 1000), 100);
		expect(sequence.total).toBe(10);
		const text = sequence.frame(3);
		expect(text.startsWith(FRAME_PREFIX)).toBe(true);
		expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
		expect(parseFrame(text)?.index).toBe(3);
		const damaged = text.slice(0, 20) + (text[20] === 'A' ? 'B' : 'A') + text.slice(21);
		expect(parseFrame(damaged)).toBeNull();
		expect(parseFrame('https://example.org')).toBeNull();
	});

	it('rebuilds the payload from frames in order', () => {
		const payload = bytesFrom(2, 5000);
		const sequence = encodeFrames(payload);
		const reader = new FrameReader();
		for (let i = 0; i < sequence.total; i++) expect(reader.push(sequence.frame(i))).toBe('new');
		expect(reader.progress).toMatchObject({ known: sequence.total, done: true });
		expect(reader.result).toEqual(payload);
		expect(reader.push(sequence.frame(0))).toBe('known');
	});

	it('rebuilds it from shuffled frames with a third missed, reading later mixed frames', () => {
		const seed = Number(process.env.QR_SEED ?? Math.floor(Math.random() * 2 ** 31));
		console.log(`QR fountain seed ${seed} (replay: QR_SEED=${seed})`);
		let a = seed;
		const random = (): number => {
			a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
			return a / 4294967296;
		};
		const payload = bytesFrom(seed, 20_000 + Math.floor(random() * 5000));
		const sequence = encodeFrames(payload, DEFAULT_FRAGMENT_BYTES);
		const reader = new FrameReader();
		let shown = 0;
		// The camera misses one frame in three, at random, as the sequence loops on.
		for (let i = 0; !reader.result && i < sequence.total * 20; i++) {
			shown++;
			if (random() < 1 / 3) continue;
			reader.push(sequence.frame(i));
		}
		expect(reader.result).toEqual(payload);
		// A fountain needs about total + 2 frames read, whichever were missed (more than 12 extra
		// happens once in ~4,000 runs); with a third missed, ~1.5 × total shown, never a 2nd loop.
		expect(reader.progress.frames).toBeLessThanOrEqual(sequence.total + 12);
		expect(shown).toBeLessThan(sequence.total * 2);
	});

	it('keeps to the first sequence and refuses frames of another', () => {
		const first = encodeFrames(bytesFrom(3, 900), 100);
		const other = encodeFrames(bytesFrom(4, 900), 100);
		const reader = new FrameReader();
		expect(reader.push(first.frame(0))).toBe('new');
		expect(reader.push(other.frame(1))).toBe('other-sequence');
		expect(reader.push('bonjour')).toBe('not-a-frame');
		expect(reader.progress).toMatchObject({ known: 1, total: 9, frames: 1, done: false });
	});

	it('refuses an empty or oversized payload', () => {
		expect(() => encodeFrames(new Uint8Array(0))).toThrow(RangeError);
		expect(() => encodeFrames(new Uint8Array(257 * 1024))).toThrow(RangeError);
	});
});
