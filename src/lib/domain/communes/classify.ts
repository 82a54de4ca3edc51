// The rural / urban rule for communes. Pure: owns the threshold and its wording, never stores a
// commune's own correction (the server keeps that).
import type { CommuneClass } from './types';

/**
 * A commune with fewer municipal inhabitants than this is classed rural.
 *
 * 2,000 inhabitants is the historical INSEE threshold of an urban unit (unité urbaine): a
 * continuous built-up area of at least 2,000 inhabitants. The source data has no rural/urban
 * grid, so the app derives a first class from the population alone and lets each commune correct
 * it. scripts/communes/build.mjs applies the same number to the server seed (a test checks both
 * agree).
 */
export const RURAL_POPULATION_THRESHOLD = 2000;

/**
 * Classes a commune from its municipal population: `rural` below
 * {@link RURAL_POPULATION_THRESHOLD}, `urbain` from it upwards. An unknown population (only the
 * uninhabited overseas territories) counts as rural.
 */
export function classifyCommune(population: number | null): CommuneClass {
	return population !== null && population >= RURAL_POPULATION_THRESHOLD ? 'urbain' : 'rural';
}
