// The library's catalogue of good practices (issue 14, item 2): the programme's case studies and
// the communes' published projects as one list, its filters (impact theme, lever, size of
// commune, rural or urban, département, région, status, kind), its offline full-text search
// (MiniSearch, with the curriculum's folding: accents, case and plurals) and the compact summary
// the device keeps within a stated budget. Pure: never reads storage nor renders anything.
import MiniSearch from 'minisearch';
import { searchTerm } from '$lib/domain/curriculum/search';
import type { GoodPractice } from '$lib/domain/curriculum/types';
import { populationBand } from './similarity';

export { compactSummary, SUMMARY_BUDGET_BYTES, SUMMARY_CHARS } from './summary';

/** What a screen may filter on; an empty or absent value leaves that criterion out. */
export interface PracticeFilter {
	theme?: string;
	lever?: string;
	/** A population band of similarity.ts (0 … 4). */
	size?: number | null;
	class?: 'rural' | 'urbain' | '';
	departement?: string;
	region?: string;
	status?: string;
	kind?: GoodPractice['kind'] | '';
}

/** The practices a screen may show: case studies, and commune projects still published. */
export function visiblePractices(practices: readonly GoodPractice[]): GoodPractice[] {
	return practices.filter((practice) => practice.published);
}

/** True when `practice` passes every criterion of `filter`. */
export function matchesFilter(practice: GoodPractice, filter: PracticeFilter): boolean {
	if (filter.kind && practice.kind !== filter.kind) return false;
	if (filter.theme && !practice.themes.includes(filter.theme)) return false;
	if (filter.lever && !practice.levers.includes(filter.lever)) return false;
	if (typeof filter.size === 'number' && populationBand(practice.population) !== filter.size) {
		return false;
	}
	if (
		filter.class &&
		practice.rural_or_urban !== filter.class &&
		practice.rural_or_urban !== 'les_deux'
	) {
		return false;
	}
	if (filter.departement && practice.departement !== filter.departement) return false;
	if (filter.region && practice.region !== filter.region) return false;
	if (filter.status && practice.project_status !== filter.status) return false;
	return true;
}

/** Practices passing `filter`, case studies first then by title. */
export function filterPractices(
	practices: readonly GoodPractice[],
	filter: PracticeFilter
): GoodPractice[] {
	return visiblePractices(practices)
		.filter((practice) => matchesFilter(practice, filter))
		.sort(
			(a, b) =>
				(a.kind === b.kind ? 0 : a.kind === 'case_study' ? -1 : 1) ||
				a.title.localeCompare(b.title, 'fr')
		);
}

/** Full-text search over the visible practices; results as practice keys, best first. */
export class PracticeSearch {
	#index: MiniSearch<{ id: string; title: string; place: string; summary: string; words: string }>;

	constructor(practices: readonly GoodPractice[]) {
		this.#index = new MiniSearch({
			fields: ['title', 'place', 'summary', 'words'],
			processTerm: (term) => searchTerm(term),
			searchOptions: {
				boost: { title: 3, words: 2, place: 2 },
				prefix: true,
				fuzzy: (term) => (term.length > 5 ? 0.2 : false),
				combineWith: 'AND'
			}
		});
		this.#index.addAll(
			visiblePractices(practices).map((practice) => ({
				id: practice.key,
				title: practice.title,
				place: practice.place,
				summary: practice.summary,
				words: [...practice.themes, ...practice.levers].join(' ').replace(/_/g, ' ')
			}))
		);
	}

	/** Keys of the practices matching `query` (empty for a blank query). */
	search(query: string): string[] {
		if (query.trim() === '') return [];
		return this.#index.search(query).map((hit) => String(hit.id));
	}
}

/** `practices` in the order `search` ranks them for `query` (all of them, as given, when blank). */
export function searchOrder(
	practices: readonly GoodPractice[],
	search: PracticeSearch,
	query: string
): GoodPractice[] {
	if (query.trim() === '') return [...practices];
	const order = new Map(search.search(query).map((key, i) => [key, i]));
	return practices
		.filter((p) => order.has(p.key))
		.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}

/** A département or région code with its name ('' when unknown). */
export interface PlaceOption {
	code: string;
	name: string;
}

/**
 * The départements and régions of `practices`, for the filters, sorted by name: `names` finds
 * a practice's names from its INSEE code (the offline list of communes), else the code shows.
 */
export function placesOf(
	practices: readonly GoodPractice[],
	names: (insee: string) => { departementName: string; regionName: string } | undefined = () =>
		undefined
): { departements: PlaceOption[]; regions: PlaceOption[] } {
	const departements = new Map<string, string>();
	const regions = new Map<string, string>();
	for (const practice of practices) {
		const found = practice.insee ? names(practice.insee) : undefined;
		if (practice.departement && !departements.get(practice.departement)) {
			departements.set(practice.departement, found?.departementName ?? '');
		}
		if (practice.region && !regions.get(practice.region)) {
			regions.set(practice.region, found?.regionName ?? '');
		}
	}
	const sorted = (map: Map<string, string>) =>
		[...map]
			.map(([code, name]) => ({ code, name }))
			.sort((a, b) => (a.name || a.code).localeCompare(b.name || b.code, 'fr'));
	return { departements: sorted(departements), regions: sorted(regions) };
}
