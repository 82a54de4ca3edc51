import { describe, expect, it } from 'vitest';
import { isChunkLoadFailure } from './chunk-fallback';

describe('isChunkLoadFailure', () => {
	it('recognises the failed dynamic import of every engine', () => {
		for (const message of [
			'Failed to fetch dynamically imported module: http://x/_app/immutable/nodes/3.js',
			'error loading dynamically imported module: http://x/a.js',
			'Importing a module script failed.',
			'Unable to preload CSS for /_app/immutable/assets/0.css'
		]) {
			expect(isChunkLoadFailure(new TypeError(message))).toBe(true);
		}
	});

	it('leaves other errors to the error page', () => {
		expect(isChunkLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
		expect(isChunkLoadFailure('quota exceeded')).toBe(false);
	});
});
