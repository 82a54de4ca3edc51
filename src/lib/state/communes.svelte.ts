// Commune search for the UI: the shared directory of communes (loading state, index, date of the
// list) and one `CommuneSearch` per search field (query, results, combobox navigation,
// selection). Talks to local/communes for the data; never renders, never writes to storage.
import { untrack } from 'svelte';
import type { CommuneIndex } from '$lib/domain/communes/search';
import type { Commune } from '$lib/domain/communes/types';
import type { MessageKey } from '$lib/i18n/index.svelte';
import { loadCommuneIndex } from '$lib/local/communes';

export { RURAL_POPULATION_THRESHOLD } from '$lib/domain/communes/classify';
export type { Commune, CommuneClass } from '$lib/domain/communes/types';

/** Where the list of communes stands on this page. */
export type CommuneDirectoryStatus = 'loading' | 'ready' | 'error';

/** The list of communes, loaded once and shared by every search field of the page. */
export class CommuneDirectory {
	/** `loading` until the index is built, `error` if the file could not be read. */
	status = $state<CommuneDirectoryStatus>('loading');
	/** Message to show the user when `status` is `error`. */
	errorKey = $state<MessageKey | null>(null);
	/** The search index, once loaded. */
	index = $state.raw<CommuneIndex | null>(null);
	/** Date of the official geography the list describes (ISO), once loaded. */
	date = $derived(this.index?.date ?? null);

	#loader: () => Promise<CommuneIndex>;
	#loading: Promise<void> | null = null;

	/** @param loader how to get the index; defaults to local/communes (the precached file). */
	constructor(loader: () => Promise<CommuneIndex> = () => loadCommuneIndex()) {
		this.#loader = loader;
	}

	/**
	 * Loads the index if it is not loaded yet. Never rejects: a failure sets `status` to `error`
	 * (the cause goes to the console for developers); calling again retries.
	 */
	load(): Promise<void> {
		// Screens call this from an effect: reading `index` there would make the effect run again
		// once the list arrives, remaking what it built (a reply typed meanwhile was lost).
		if (untrack(() => this.index) !== null) return Promise.resolve();
		this.#loading ??= this.#load().finally(() => (this.#loading = null));
		return this.#loading;
	}

	async #load(): Promise<void> {
		this.status = 'loading';
		this.errorKey = null;
		try {
			this.index = await this.#loader();
			this.status = 'ready';
		} catch (error) {
			console.error('Commune list could not be loaded', error);
			this.status = 'error';
			this.errorKey = 'communes.error.load';
		}
	}
}

/** The page's one directory of communes. */
export const communeDirectory = new CommuneDirectory();

/** Options of a {@link CommuneSearch}. */
export interface CommuneSearchOptions {
	/** Where the communes come from. Default: the shared {@link communeDirectory}. */
	directory?: CommuneDirectory;
	/** Maximum number of results, read on each search (a getter keeps it reactive). Default 20. */
	limit?: () => number;
}

/**
 * One commune search field: what is typed, the matching communes, the combobox's open state and
 * active option, and the chosen commune.
 */
export class CommuneSearch {
	/** What the user typed. */
	query = $state('');
	/** Whether the list of results is open. */
	open = $state(false);
	/** Index in `results` of the highlighted option, `-1` for none. */
	activeIndex = $state(-1);
	/** The commune chosen last, if any. */
	selected = $state.raw<Commune | null>(null);

	#directory: CommuneDirectory;
	#limit: () => number;

	/** The communes matching `query`, best first; empty while loading or for an empty query. */
	results = $derived.by(() => this.#directory.index?.search(this.query, this.#limit()) ?? []);
	/** Loading state of the list of communes. */
	status = $derived.by(() => this.#directory.status);
	/** Message key of the error to show when `status` is `error`. */
	errorKey = $derived.by(() => this.#directory.errorKey);
	/** True when the list is shown: open, and something to show in it. */
	expanded = $derived.by(() => this.open && this.results.length > 0);
	/** The highlighted commune, if any. */
	active = $derived.by(() => this.results[this.activeIndex] ?? null);

	constructor(options: CommuneSearchOptions = {}) {
		this.#directory = options.directory ?? communeDirectory;
		this.#limit = options.limit ?? (() => 20);
	}

	/** Starts loading the communes (see {@link CommuneDirectory.load}). */
	load(): Promise<void> {
		return this.#directory.load();
	}

	/** The user typed: new query, list open, no option highlighted. */
	input(query: string): void {
		this.query = query;
		this.open = query.trim() !== '';
		this.activeIndex = -1;
	}

	/** Highlights the next option, wrapping round; opens a closed list on its first option. */
	next(): void {
		const count = this.results.length;
		if (count === 0) return;
		this.open = true;
		this.activeIndex = (this.activeIndex + 1) % count;
	}

	/** Highlights the previous option, wrapping round; opens a closed list on its last option. */
	previous(): void {
		const count = this.results.length;
		if (count === 0) return;
		this.open = true;
		this.activeIndex = this.activeIndex <= 0 ? count - 1 : this.activeIndex - 1;
	}

	/**
	 * Chooses the option at `index` (default: the highlighted one): it becomes `selected`, its name
	 * fills the field and the list closes. Returns the commune, or `null` if there was none.
	 */
	choose(index = this.activeIndex): Commune | null {
		const commune = this.results[index];
		if (commune === undefined) return null;
		this.selected = commune;
		this.query = commune.name;
		this.close();
		return commune;
	}

	/** Closes the list, keeping the query. */
	close(): void {
		this.open = false;
		this.activeIndex = -1;
	}

	/** Empties the field and closes the list. */
	clear(): void {
		this.query = '';
		this.close();
	}
}
