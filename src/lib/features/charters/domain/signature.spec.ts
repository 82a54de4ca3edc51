import { describe, expect, it } from 'vitest';
import {
	SIGNATURE_MAX_CHARS,
	isSignatureDrawn,
	parseSignature,
	signatureFromStrokes
} from './signature';

describe('parseSignature', () => {
	it('reads strokes of integer points in the 600 × 200 box', () => {
		expect(parseSignature('M 0 0 L 600 200 M 10 20 L 30 40 L 50 60')).toEqual([
			[
				{ x: 0, y: 0 },
				{ x: 600, y: 200 }
			],
			[
				{ x: 10, y: 20 },
				{ x: 30, y: 40 },
				{ x: 50, y: 60 }
			]
		]);
	});

	it('refuses anything else', () => {
		for (const bad of [
			'',
			'L 1 1',
			'M 1',
			'M 1 1 L',
			'M1 1',
			'M 1  1',
			'M 1 1 ',
			'M 01 1',
			'M -1 1',
			'M 1.5 1',
			'M 601 1',
			'M 1 201',
			'M 1 1 C 2 2',
			'm 1 1 l 2 2'
		]) {
			expect(parseSignature(bad), bad).toBeNull();
		}
		const long = 'M 1 1' + ' L 600 200 L 1 1'.repeat(SIGNATURE_MAX_CHARS / 16);
		expect(long.length).toBeGreaterThan(SIGNATURE_MAX_CHARS);
		expect(parseSignature(long)).toBeNull();
	});
});

describe('isSignatureDrawn', () => {
	it('needs two strokes or ten points, spanning at least 10 units', () => {
		const drawn = (path: string) => isSignatureDrawn(parseSignature(path)!);
		expect(drawn('M 10 10')).toBe(false); // a tap
		expect(drawn('M 10 10 M 12 12')).toBe(false); // two taps
		expect(drawn('M 10 10 L 40 10 L 80 50')).toBe(false); // one short stroke
		expect(drawn('M 10 10 L 40 10 M 80 50 L 90 60')).toBe(true);
		const points = Array.from({ length: 10 }, (_, i) => `${i ? 'L' : 'M'} ${10 + i * 5} 50`);
		expect(drawn(points.join(' '))).toBe(true);
	});
});

describe('signatureFromStrokes', () => {
	it('scales a pad drawing into the box, rounds, clamps and drops repeats', () => {
		const path = signatureFromStrokes(
			[
				[
					{ x: 0, y: 0 },
					{ x: 0.1, y: 0.1 },
					{ x: 150, y: 50 },
					{ x: 400, y: 200 }
				],
				[],
				[
					{ x: Number.NaN, y: 1 },
					{ x: 300, y: 100 }
				]
			],
			{ width: 300, height: 100 }
		);
		expect(path).toBe('M 0 0 L 300 100 L 600 200 M 600 200');
		expect(parseSignature(path)).not.toBeNull();
		// A taller pad keeps its aspect ratio, centred.
		expect(signatureFromStrokes([[{ x: 0, y: 0 }]], { width: 100, height: 100 })).toBe('M 200 0');
		expect(signatureFromStrokes([], { width: 300, height: 100 })).toBe('');
	});
});
