// The themes and levers are also declared in pocketbase/pb_hooks/lib/limits.js, which the server
// and the content checker read; tests/server/limits-parity.spec.ts keeps the two copies equal.
import { describe, expect, it } from 'vitest';
import { isImpactTheme, isSymbioticLever } from './programme';

describe('programme vocabularies', () => {
	it('recognise their own values only', () => {
		expect(isImpactTheme('energie')).toBe(true);
		expect(isImpactTheme('open_data')).toBe(false);
		expect(isSymbioticLever('open_data')).toBe(true);
		expect(isSymbioticLever('energie')).toBe(false);
	});
});
