// The library of good practices for the screens (issue 14, item 2): the case studies and the
// published commune projects stored on this device (the curriculum's shared database), with the
// filters and the search of the "Toutes les pratiques" list, "Communes comme la vôtre" ranked for
// the élu's commune (its size, class, département and région from the offline list of communes,
// its needs from the census), and "Qui a déjà résolu ça ?" for one need. Read-only: never
// renders, never writes; the curriculum state pulls practices with the rest of the content.
import { communeDirectory } from '$lib/state/communes.svelte';
import { curriculum } from '$lib/state/curriculum.svelte';
import { session } from '$lib/state/session.svelte';
import { census } from '$lib/features/census';
import {
	filterPractices,
	placesOf,
	PracticeSearch,
	searchOrder,
	visiblePractices,
	type PracticeFilter
} from '../domain/catalogue';
import { rankSimilar, whoSolved, type MyCommune, type RankedPractice } from '../domain/similarity';

export class Library {
	/** The criteria of the list. */
	filter = $state<PracticeFilter>({});
	/** The words typed in the search field. */
	query = $state('');

	readonly practices = $derived(visiblePractices(curriculum.content.good_practices));
	#search = $derived(new PracticeSearch(this.practices));
	/** The list: filtered, and in search order when words are typed. */
	readonly results = $derived(
		searchOrder(filterPractices(this.practices, this.filter), this.#search, this.query)
	);
	/** Départements and régions of the published projects, for the filters (codes, sorted). */
	readonly places = $derived(
		placesOf(this.practices, (insee) => communeDirectory.index?.byInsee(insee))
	);

	/** The élu's commune as the ranking sees it, once the list of communes is loaded. */
	readonly me = $derived.by((): MyCommune | null => {
		const ref = session.user?.communes[0];
		const commune = ref ? communeDirectory.index?.byInsee(ref.insee) : undefined;
		if (!commune) return null;
		return {
			insee: commune.insee,
			population: commune.population,
			class: commune.class,
			departement: commune.departement,
			region: commune.region,
			needs: census.census.needs
		};
	});
	/** The name of the élu's commune. */
	readonly communeName = $derived(session.user?.communes[0]?.name ?? '');
	/** "Communes comme la vôtre": the ten closest practices. */
	readonly similar = $derived<RankedPractice[]>(
		this.me ? rankSimilar(this.me, this.practices, 10) : []
	);
	/** Whether the census of this device was read (the ranking waits for it: no reordering). */
	readonly censusRead = $derived(census.loaded);
	/** The needs of the census, most urgent first. */
	readonly needs = $derived(census.census.needs);

	/** Starts what the library reads: stored content, the list of communes, the census. */
	start(): void {
		void curriculum.start();
		void communeDirectory.load();
		census.follow();
	}

	/** "Qui a déjà résolu ça ?" for `theme`. */
	solved(theme: string): RankedPractice[] {
		return this.me ? whoSolved(this.me, theme, this.practices, 5) : [];
	}

	/** One practice by key, if stored and shown. */
	practice(key: string) {
		return this.practices.find((p) => p.key === key);
	}
}

/** The page's one library. */
export const library = new Library();
