import { describe, expect, it } from 'vitest';
import { followChange, textDiff } from './text-diff';

describe('textDiff', () => {
	it('finds the one replaced range between two texts', () => {
		expect(textDiff('Des friches.', 'Trois hectares : des friches.')).toEqual({
			start: 0,
			removed: 1,
			inserted: 'Trois hectares : d'
		});
		expect(textDiff('abc', 'abc')).toEqual({ start: 3, removed: 0, inserted: '' });
		expect(textDiff('aaa', 'aa')).toEqual({ start: 2, removed: 1, inserted: '' });
		expect(textDiff('', 'x')).toEqual({ start: 0, removed: 0, inserted: 'x' });
	});
});

describe('followChange', () => {
	const old = 'Des parcelles en friche.';
	it('keeps a caret placed before the change', () => {
		expect(followChange(old, `${old} Personne ne les cultive.`, 4)).toBe(4);
	});

	it('moves a caret placed after the change by its length', () => {
		const caret = old.indexOf('en');
		expect(followChange(old, `Trois hectares : ${old}`, caret)).toBe(caret + 17);
		expect(followChange(old, old.replace('Des ', ''), caret)).toBe(caret - 4);
	});

	it('puts a caret inside a replaced range at the end of the new text', () => {
		expect(followChange('abcdef', 'abXYZef', 3)).toBe(5);
	});

	it('always lands inside the new text (property over many random edits)', () => {
		const seed = 20261129;
		let state = seed;
		const random = (n: number) => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n;
		console.log(`followChange property seed ${seed}`);
		for (let run = 0; run < 500; run++) {
			const before = 'x'.repeat(random(20)) + 'y'.repeat(random(20));
			const at = random(before.length + 1);
			const cut = random(before.length - at + 1);
			const after = before.slice(0, at) + 'z'.repeat(random(10)) + before.slice(at + cut);
			const caret = random(before.length + 1);
			const moved = followChange(before, after, caret);
			expect(moved).toBeGreaterThanOrEqual(0);
			expect(moved).toBeLessThanOrEqual(after.length);
			// Text after the caret that the change did not touch is still after it.
			const { start, removed } = textDiff(before, after);
			if (caret > start && caret >= start + removed) {
				expect(after.slice(moved)).toBe(before.slice(caret));
			}
			if (caret <= start) expect(after.slice(0, moved)).toBe(before.slice(0, caret));
		}
	});
});
