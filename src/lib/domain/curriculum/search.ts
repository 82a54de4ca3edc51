// Full-text search over the curriculum (modules, activities, case studies) with MiniSearch:
// accent-, case- and plural-insensitive ("world cafe" finds "World Café", "economie circulaire"
// finds "économie circulaire"), prefix search while typing, typo tolerance on longer words,
// titles boosted. Owns the index and the ranking; never reads storage nor renders anything.
import MiniSearch, { type SearchResult as RawResult } from 'minisearch';
import { markdownToPlainText } from './markdown';
import type { Activity, CurriculumModule, GoodPractice } from './types';

/** What a search result points to. */
export type SearchKind = 'module' | 'activity' | 'case';

/** One result: what it is, where it leads, why it matched. */
export interface CurriculumHit {
	kind: SearchKind;
	key: string;
	title: string;
	/** App route of the result. */
	href: string;
	score: number;
	/** A short passage of the text around the first matched word (plain text). */
	excerpt: string;
}

interface SearchDocument {
	id: string;
	kind: SearchKind;
	key: string;
	title: string;
	/** The named method of an activity (World Café, 1-2-4-tous…). */
	method: string;
	/** Short identifying texts: summary, purpose, place. */
	tags: string;
	/** Levers and themes of a case study, as words (`economie circulaire`); never shown. */
	keywords: string;
	text: string;
}

const ROUTES: Readonly<Record<SearchKind, string>> = {
	module: '/formation/module/',
	activity: '/formation/activite/',
	case: '/formation/cas/'
};

// Words too common in French to help rank anything (after folding).
const STOP_WORDS = new Set(
	(
		'a au aux avec ce ces cette d dans de des du elle en et est il ils je l la le les leur leurs ' +
		'lui mais me meme n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur ' +
		't ta te tes toi ton tu un une vos votre vous y the of and to in'
	).split(' ')
);

/** Lower case, accents removed, `œ` and `æ` spelled out. */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
}

/**
 * The form in which words are indexed and searched: lower case, no accents, ligatures spelled
 * out, a final plural `s` dropped from words of five letters or more. Stop words give `null`.
 */
export function searchTerm(term: string): string | null {
	const folded = fold(term);
	if (folded === '' || STOP_WORDS.has(folded)) return null;
	return folded.length >= 5 && folded.endsWith('s') && !folded.endsWith('ss')
		? folded.slice(0, -1)
		: folded;
}

/** Content of the index. */
export interface SearchableContent {
	modules: readonly CurriculumModule[];
	activities: readonly Activity[];
	good_practices: readonly GoodPractice[];
}

function documents(content: SearchableContent): SearchDocument[] {
	const modules = content.modules.map((m) => ({
		id: `module:${m.key}`,
		kind: 'module' as const,
		key: m.key,
		title: m.title,
		method: '',
		tags: m.summary,
		keywords: '',
		text: [
			...m.objectives,
			...m.agenda.map((item) => item.title),
			...m.takeaways,
			markdownToPlainText(m.body)
		].join(' ')
	}));
	const activities = content.activities.map((a) => ({
		id: `activity:${a.key}`,
		kind: 'activity' as const,
		key: a.key,
		title: a.title,
		method: a.method,
		tags: a.purpose,
		keywords: '',
		text: [a.group_size, ...a.materials, markdownToPlainText(a.body)].join(' ')
	}));
	const cases = content.good_practices
		.filter((c) => c.kind === 'case_study')
		.map((c) => ({
			id: `case:${c.key}`,
			kind: 'case' as const,
			key: c.key,
			title: c.title,
			method: '',
			tags: [c.place, c.country, c.summary].filter(Boolean).join(' · '),
			keywords: [...c.levers, ...c.themes].join(' ').replace(/_/g, ' '),
			text: [...c.figures.map((f) => `${f.value} ${f.label}`), markdownToPlainText(c.body)].join(
				' '
			)
		}));
	return [...modules, ...activities, ...cases];
}

const foldedChars = new Map<string, string>();

/** One UTF-16 unit folded to exactly one unit (`é` → `e`, `É` → `e`; `œ` stays as it is). */
function foldChar(char: string): string {
	let folded = foldedChars.get(char);
	if (folded === undefined) {
		const full = fold(char);
		const lower = char.toLowerCase();
		folded = full.length === 1 ? full : lower.length === 1 ? lower : char;
		foldedChars.set(char, folded);
	}
	return folded;
}

/** {@link fold} keeping every position, so a match in the folded text points into the original. */
function foldSameLength(text: string): string {
	return text.replace(/[^a-z0-9\s]/g, foldChar);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where in folded text the passage should be: the whole query if it is there, else the rarest word. */
function passageStart(folded: string, terms: readonly string[], query: string): number {
	const words = query
		.split(/[\s\p{P}]+/u)
		.map((word) => searchTerm(word))
		.filter((word): word is string => !!word);
	if (words.length > 1) {
		const phrase = new RegExp(`\\b${words.map(escapeRegExp).join('\\w*[^\\w]+(?:\\w+[^\\w]+)?')}`);
		const found = folded.search(phrase);
		if (found !== -1) return found;
	}
	let best = -1;
	let fewest = Infinity;
	for (const term of terms) {
		const matches = [...folded.matchAll(new RegExp(`\\b${escapeRegExp(term)}`, 'g'))];
		if (matches.length === 0) continue;
		const first = matches[0]!.index;
		if (matches.length < fewest || (matches.length === fewest && first < best)) {
			fewest = matches.length;
			best = first;
		}
	}
	return best;
}

/**
 * A passage of `text` of about `length` characters around what was searched: the query's words
 * in a row if they appear so, otherwise the first place of the rarest matched word.
 */
export function excerptAround(
	text: string,
	terms: readonly string[],
	length = 160,
	query = ''
): string {
	const at = passageStart(foldSameLength(text), terms, query);
	const center = Math.max(0, at);
	let start = Math.max(0, center - Math.floor(length / 3));
	if (start > 0) start = text.indexOf(' ', start) + 1 || start;
	let end = Math.min(text.length, start + length);
	if (end < text.length)
		end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
	return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

/** Options of {@link CurriculumSearch.search}. */
export interface CurriculumSearchOptions {
	/** Maximum number of results. Default 20. */
	limit?: number;
	/** Only results of these kinds. */
	kinds?: readonly SearchKind[];
}

/** The search index of the curriculum on this device, built once per content version. */
export class CurriculumSearch {
	readonly #index: MiniSearch<SearchDocument>;
	readonly #documents: Map<string, SearchDocument>;

	/** Indexes every module, activity and case study of `content`. */
	constructor(content: SearchableContent) {
		const all = documents(content);
		this.#documents = new Map(all.map((document) => [document.id, document]));
		this.#index = new MiniSearch<SearchDocument>({
			fields: ['title', 'method', 'tags', 'keywords', 'text'],
			storeFields: ['kind'],
			processTerm: (term) => searchTerm(term)
		});
		this.#index.addAll(all);
	}

	/** Number of indexed documents. */
	get size(): number {
		return this.#documents.size;
	}

	/**
	 * The documents matching `query`, best first. All words must match (a word may be the start
	 * of a longer one, or off by a typo when it has 5 letters or more); if no document has them
	 * all, documents with any of them are returned, still best first. Titles weigh most.
	 */
	search(query: string, options: CurriculumSearchOptions = {}): CurriculumHit[] {
		if (query.trim() === '') return [];
		const kinds = options.kinds;
		const settings = {
			boost: { title: 4, method: 3, tags: 2, keywords: 2, text: 1 },
			prefix: (term: string) => term.length >= 3,
			fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
			maxFuzzy: 2,
			weights: { fuzzy: 0.3, prefix: 0.6 },
			filter: kinds ? (result: RawResult) => kinds.includes(result.kind as SearchKind) : undefined
		};
		// Exact and prefix matches first; typos are looked for only when they find nothing, since
		// fuzzy matching costs most of a search and only ever adds lower-ranked results.
		let raw = this.#index.search(query, { ...settings, fuzzy: false, combineWith: 'AND' });
		if (raw.length === 0) raw = this.#index.search(query, { ...settings, combineWith: 'AND' });
		if (raw.length === 0) raw = this.#index.search(query, { ...settings, combineWith: 'OR' });
		return raw.slice(0, options.limit ?? 20).map((result) => this.#hit(result, query));
	}

	#hit(result: RawResult, query: string): CurriculumHit {
		const document = this.#documents.get(String(result.id))!;
		return {
			kind: document.kind,
			key: document.key,
			title: document.title,
			href: ROUTES[document.kind] + document.key,
			score: result.score,
			excerpt: excerptAround(`${document.tags} ${document.text}`, result.terms, 160, query)
		};
	}
}
