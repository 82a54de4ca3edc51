import { describe, expect, it } from 'vitest';
import { BASE85_PATTERN, base85DecodedLength, decodeBase85, encodeBase85 } from './base85';

function seededBytes(seed: number, length: number): Uint8Array {
	let state = seed >>> 0 || 1;
	const out = new Uint8Array(length);
	for (let i = 0; i < length; i++) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		out[i] = state & 0xff;
	}
	return out;
}

describe('base85', () => {
	it('round-trips every length from 0 to 64 and a large buffer', () => {
		const seed = Number(process.env.SEED ?? Date.now() % 100_000);
		console.log(`base85 round-trip seed=${seed}`);
		for (let length = 0; length <= 64; length++) {
			const bytes = seededBytes(seed + length, length);
			const text = encodeBase85(bytes);
			expect(text).toMatch(BASE85_PATTERN);
			expect(base85DecodedLength(text)).toBe(length);
			expect(decodeBase85(text)).toEqual(bytes);
		}
		const big = seededBytes(seed, 100_003);
		expect(decodeBase85(encodeBase85(big))).toEqual(big);
	});

	it('costs at most 1.25× plus one character', () => {
		const bytes = seededBytes(7, 4000);
		expect(encodeBase85(bytes).length).toBe(5001);
	});

	it('never needs JSON escaping', () => {
		const text = encodeBase85(seededBytes(3, 2000));
		expect(JSON.stringify(text).length).toBe(text.length + 2);
	});

	it('rejects malformed input', () => {
		expect(() => decodeBase85('')).toThrow(/malformed/);
		expect(() => decodeBase85('4abcde')).toThrow(/malformed/);
		expect(() => decodeBase85('0abcd')).toThrow(/malformed/);
		expect(() => decodeBase85('0abc"e')).toThrow(/malformed/);
		expect(() => decodeBase85('0#####')).toThrow(/overflow/);
		expect(BASE85_PATTERN.test('0abc"e')).toBe(false);
	});
});
