import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../../scripts/communes/build.mjs';
import { RURAL_POPULATION_THRESHOLD, classifyCommune } from './classify';

describe('classifyCommune', () => {
	it('classes below 2,000 inhabitants as rural, from 2,000 as urban', () => {
		expect(RURAL_POPULATION_THRESHOLD).toBe(2000);
		expect(classifyCommune(1999)).toBe('rural');
		expect(classifyCommune(2000)).toBe('urbain');
		expect(classifyCommune(0)).toBe('rural');
		expect(classifyCommune(173136)).toBe('urbain');
	});

	it('classes an unknown population as rural', () => {
		expect(classifyCommune(null)).toBe('rural');
	});

	it('agrees with the build script on every commune', () => {
		const communes = loadCommunes();
		const disagreements = communes.filter((c) => c.class !== classifyCommune(c.population));
		expect(disagreements).toEqual([]);
		// Most French communes are small: a sanity check that the rule is not inverted.
		const rural = communes.filter((c) => c.class === 'rural').length;
		expect(rural / communes.length).toBeGreaterThan(0.7);
	});
});
