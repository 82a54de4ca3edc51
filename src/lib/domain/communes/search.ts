// Offline search over every commune of France: by name (accent-, case- and punctuation-
// insensitive, `st` = `saint`), by postal code and by INSEE code. Owns the in-memory index built
// from the compact file; never fetches, stores or renders anything.
//
// Why a hand index and not minisearch: the queries are prefixes of names and codes, which a
// sorted array answers with two binary searches and a scan of the matching range, and the
// ranking (exact name, then name prefix, then word prefix, ties by population) is a small top-k.
// Measured in Node on the full list: this index builds in ~130 ms and answers a keystroke in
// ~0.01 ms (median; 0.15 ms for the worst, one-digit queries); minisearch (prefix search, same
// normalisation) took ~470 ms to build and 2-19 ms for "saint etienne", "sai" or "s", with a
// relevance ranking that is not the one wanted here. tests/bench/communes.bench.spec.ts keeps
// measuring it.
import { classifyCommune } from './classify';
import { expandAbbreviations, foldText } from './normalize';
import type { Commune, CompactCommunes } from './types';

/** Match quality, best first; a commune found several ways keeps its best tier. */
const Tier = { Exact: 0, Prefix: 1, Word: 2 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

/** A sorted list of search keys, each pointing at a commune. */
interface SortedKeys {
	readonly keys: readonly string[];
	readonly ids: Int32Array;
}

/** Keys are made of `[a-z0-9 ]` only, so `prefix + '{'` sorts after every key starting with it. */
const AFTER_PREFIX = '{';
const CODE_QUERY = /^(?:\d+|2[AB]\d*)$/;
/** Commune ids are packed under postal codes in one number: ids must stay below this. */
const POSTAL_ID_RANGE = 2 ** 16;

/**
 * The search index of the communes, built once from the compact file (about 35,000 communes).
 * Read-only after construction; `search()` may be called on every keystroke.
 */
export class CommuneIndex {
	/** Every commune, in INSEE order. */
	readonly communes: readonly Commune[];
	/** Credit to display with any commune data (from the compact file). */
	readonly source: string;
	/** Date of the geography (ISO `YYYY-MM-DD`). */
	readonly date: string;

	#names: SortedKeys;
	#words: SortedKeys;
	/** INSEE codes in commune order, which is already sorted. */
	#insee: readonly string[];
	/** `postal code × 2^16 + commune id`, sorted: a typed sort instead of 35,000 strings. */
	#postal: Float64Array;
	#population: Float64Array;
	#seen: Uint32Array;
	#generation = 0;

	/** Decodes `data` and builds the sorted keys. Throws if the file's version is unknown. */
	constructor(data: CompactCommunes) {
		if (data.version !== 1) {
			throw new Error(`Unknown communes file version ${String(data.version)}`);
		}
		this.source = data.source;
		this.date = data.date;
		this.communes = decode(data);
		const count = this.communes.length;
		if (count >= POSTAL_ID_RANGE) throw new Error(`Too many communes for the index: ${count}`);
		this.#population = new Float64Array(count);
		this.#seen = new Uint32Array(count);
		this.#insee = this.communes.map((commune) => commune.insee);
		if (!isSorted(this.#insee)) throw new Error('Communes file is not sorted by INSEE code');

		const names: string[] = [];
		const wordKeys: string[] = [];
		const wordIds: number[] = [];
		const postal: number[] = [];
		this.communes.forEach((commune, id) => {
			this.#population[id] = commune.population ?? -1;
			const name = expandAbbreviations(foldText(commune.name));
			names.push(name);
			for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) {
				wordKeys.push(name.slice(space + 1));
				wordIds.push(id);
			}
			for (const code of commune.postalCodes) postal.push(Number(code) * POSTAL_ID_RANGE + id);
		});
		this.#names = sortKeys(names, Int32Array.from(names.keys()));
		this.#words = sortKeys(wordKeys, Int32Array.from(wordIds));
		this.#postal = Float64Array.from(postal).sort();
	}

	/** Number of communes in the index. */
	get size(): number {
		return this.communes.length;
	}

	/** The commune with this INSEE code (`"2A004"`, `"2a004"`), if any. */
	byInsee(insee: string): Commune | undefined {
		const code = insee.toUpperCase();
		const id = lowerBound(this.#insee, code);
		return this.#insee[id] === code ? this.communes[id] : undefined;
	}

	/**
	 * Up to `limit` communes matching `query`, best first.
	 *
	 * - Digits (or `2A…`/`2B…` for Corsica): postal codes and INSEE codes starting with them,
	 *   exact codes first.
	 * - Anything else: the name, normalised (see normalize.ts; `st`/`ste` also read as
	 *   `saint`/`sainte`): exact name first, then names starting with the query, then names with
	 *   a later word starting with it (`"etienne"` finds Saint-Étienne).
	 *
	 * Within a tier, the most populous commune comes first. An empty query gives no result.
	 */
	search(query: string, limit = 20): Commune[] {
		const folded = foldText(query);
		if (folded === '' || limit <= 0) return [];
		const top = new TopK(limit, this.#population);
		const generation = this.#startSearch();

		const code = folded.replaceAll(' ', '').toUpperCase();
		if (CODE_QUERY.test(code)) {
			this.#searchCode(code, top, generation);
			return top.ids().map((id) => this.communes[id] as Commune);
		}

		// While typing "st", the user may mean "Strasbourg" or "Saint-…": search both readings.
		const expanded = expandAbbreviations(folded);
		const variants = expanded === folded ? [folded] : [expanded, folded];
		const nameRanges = variants.map((variant) => prefixRange(this.#names, variant));
		// Tiers are visited best first, so the first time a commune is seen is its best match.
		for (const r of nameRanges) {
			this.#collect(this.#names, r.start, r.exactEnd, Tier.Exact, top, generation);
		}
		for (const r of nameRanges) {
			if (top.closedTo(Tier.Prefix)) break;
			this.#collect(this.#names, r.exactEnd, r.end, Tier.Prefix, top, generation);
		}
		for (const variant of variants) {
			if (top.closedTo(Tier.Word)) break;
			const r = prefixRange(this.#words, variant);
			this.#collect(this.#words, r.start, r.end, Tier.Word, top, generation);
		}
		return top.ids().map((id) => this.communes[id] as Commune);
	}

	#searchCode(code: string, top: TopK, generation: number): void {
		const inseeStart = lowerBound(this.#insee, code);
		const inseeEnd = lowerBound(this.#insee, code + AFTER_PREFIX);
		// Postal codes are five digits: the prefix "42" is the interval [42000, 43000).
		const digits = /^\d{1,5}$/.test(code) ? code.length : 0;
		const scale = 10 ** (5 - digits);
		const low = digits === 0 ? 0 : Number(code) * scale;
		const postalStart = lowerBound(this.#postal, low * POSTAL_ID_RANGE);
		const postalEnd =
			digits === 0 ? postalStart : lowerBound(this.#postal, (low + scale) * POSTAL_ID_RANGE);
		const postalId = (i: number) => (this.#postal[i] as number) % POSTAL_ID_RANGE;
		if (this.#insee[inseeStart] === code) this.#offer(inseeStart, Tier.Exact, top, generation);
		for (let i = postalStart; i < postalEnd && digits === 5; i++) {
			this.#offer(postalId(i), Tier.Exact, top, generation);
		}
		for (let i = inseeStart; i < inseeEnd; i++) this.#offer(i, Tier.Prefix, top, generation);
		for (let i = postalStart; i < postalEnd; i++) {
			this.#offer(postalId(i), Tier.Prefix, top, generation);
		}
	}

	#collect(
		sorted: SortedKeys,
		start: number,
		end: number,
		tier: Tier,
		top: TopK,
		generation: number
	) {
		for (let i = start; i < end; i++) this.#offer(sorted.ids[i] as number, tier, top, generation);
	}

	/** Offers a commune once per search (`generation`): later, worse matches are skipped. */
	#offer(id: number, tier: Tier, top: TopK, generation: number): void {
		if (this.#seen[id] === generation) return;
		this.#seen[id] = generation;
		top.offer(id, tier);
	}

	#startSearch(): number {
		this.#generation++;
		if (this.#generation === 0xffffffff) {
			this.#seen.fill(0);
			this.#generation = 1;
		}
		return this.#generation;
	}
}

/** Rebuilds full `Commune` objects from the column arrays. */
function decode(data: CompactCommunes): Commune[] {
	const { communes: columns, departements, regions, epcis } = data;
	const communes: Commune[] = [];
	let previousDepartement = -1;
	let number = 0;
	for (let i = 0; i < data.count; i++) {
		const departementIndex = columns.departement[i] as number;
		const [departement, departementName, regionIndex] = departements[departementIndex] ?? fail(i);
		const [region, regionName] = regions[regionIndex] ?? fail(i);
		const step = columns.insee[i] ?? fail(i);
		number = departementIndex === previousDepartement ? number + step : step;
		previousDepartement = departementIndex;
		const epci = epcis[columns.epci[i] ?? -1];
		const population = columns.population[i] ?? null;
		const postalCodes = columns.postalCodes[i] ?? '';
		communes.push({
			insee: departement + String(number).padStart(5 - departement.length, '0'),
			name: columns.name[i] ?? fail(i),
			postalCodes: postalCodes === '' ? [] : postalCodes.split(' '),
			population,
			departement,
			departementName,
			region,
			regionName,
			epci: epci?.[0] ?? null,
			epciName: epci?.[1] ?? null,
			class: classifyCommune(population)
		});
	}
	return communes;
}

function fail(row: number): never {
	throw new Error(`Communes file is inconsistent at row ${row}`);
}

/** Sorts `keys` (and the commune ids beside them) by key, then by id. */
function sortKeys(keys: readonly string[], ids: Int32Array): SortedKeys {
	const order = Int32Array.from(keys.keys()).sort((a, b) => {
		const keyA = keys[a] as string;
		const keyB = keys[b] as string;
		return keyA < keyB ? -1 : keyA > keyB ? 1 : a - b;
	});
	return {
		keys: Array.from(order, (i) => keys[i] as string),
		ids: order.map((i) => ids[i] as number)
	};
}

function isSorted(keys: readonly string[]): boolean {
	return keys.every((key, i) => i === 0 || (keys[i - 1] as string) < key);
}

/** First index whose value is not below `value` in a sorted array. */
function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((sorted[middle] as T) < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Keys equal to `prefix` are `[start, exactEnd)`, keys starting with it `[start, end)`. */
function prefixRange(sorted: SortedKeys, prefix: string) {
	const start = lowerBound(sorted.keys, prefix);
	let exactEnd = start;
	while (exactEnd < sorted.keys.length && sorted.keys[exactEnd] === prefix) exactEnd++;
	return { start, exactEnd, end: lowerBound(sorted.keys, prefix + AFTER_PREFIX) };
}

/** The best `limit` candidates by (tier, population descending, INSEE order). */
class TopK {
	#limit: number;
	#population: Float64Array;
	#ids: number[] = [];
	#tiers: number[] = [];

	constructor(limit: number, population: Float64Array) {
		this.#limit = limit;
		this.#population = population;
	}

	/** True when no candidate of `tier` or worse can enter any more. */
	closedTo(tier: Tier): boolean {
		return this.#ids.length === this.#limit && (this.#tiers[this.#limit - 1] as number) < tier;
	}

	offer(id: number, tier: Tier): void {
		let position = this.#ids.length;
		while (position > 0 && this.#before(id, tier, position - 1)) position--;
		if (position >= this.#limit) return;
		this.#ids.splice(position, 0, id);
		this.#tiers.splice(position, 0, tier);
		if (this.#ids.length > this.#limit) {
			this.#ids.pop();
			this.#tiers.pop();
		}
	}

	ids(): number[] {
		return this.#ids;
	}

	#before(id: number, tier: Tier, position: number): boolean {
		const otherTier = this.#tiers[position] as number;
		if (tier !== otherTier) return tier < otherTier;
		const other = this.#ids[position] as number;
		const difference = (this.#population[id] as number) - (this.#population[other] as number);
		return difference !== 0 ? difference > 0 : id < other;
	}
}
