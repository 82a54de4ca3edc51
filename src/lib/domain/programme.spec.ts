// The content checker (pocketbase/content/check.mjs, plain Node: it cannot import TypeScript)
// keeps its own copy of the themes and levers; this spec fails as soon as the two drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPACT_THEMES, SYMBIOTIC_LEVERS, isImpactTheme, isSymbioticLever } from './programme';

const checker = readFileSync('pocketbase/content/check.mjs', 'utf8');
function checkerList(name: string): string[] {
	const literal = checker.match(new RegExp(`const ${name} = \\[([^\\]]*)\\]`))?.[1] ?? '';
	return [...literal.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
}

describe('programme vocabularies', () => {
	it('are the same in the app and in the content checker', () => {
		expect(checkerList('THEMES')).toEqual([...IMPACT_THEMES]);
		expect(checkerList('LEVERS')).toEqual([...SYMBIOTIC_LEVERS]);
	});

	it('recognise their own values only', () => {
		expect(isImpactTheme('energie')).toBe(true);
		expect(isImpactTheme('open_data')).toBe(false);
		expect(isSymbioticLever('open_data')).toBe(true);
		expect(isSymbioticLever('energie')).toBe(false);
	});
});
