// Public entry of the library feature (issue 14, item 2): the library state for the screens, the
// ranking and catalogue rules other code may use.
export { library, type Library } from './state/library.svelte';
export {
	compactSummary,
	filterPractices,
	matchesFilter,
	PracticeSearch,
	SUMMARY_BUDGET_BYTES,
	type PracticeFilter
} from './domain/catalogue';
export {
	POPULATION_BANDS,
	populationBand,
	rankSimilar,
	whoSolved,
	type MyCommune,
	type RankedPractice,
	type Reason
} from './domain/similarity';
export { PublicPracticeView, type PublicPractice } from './state/public-practice.svelte';
