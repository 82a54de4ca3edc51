// The official list of French communes, read at build time from @etalab/decoupage-administratif
// (COG 2026). Owns two things: `loadCommunes()`, the full objects the server seed stores in the
// PocketBase `communes` collection, and the compact index `static/data/communes.json` that the
// service worker precaches for offline search. Runs in Node only (the package reads its JSON
// files from disk); the browser never imports this file or the package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'fflate';

const require = createRequire(import.meta.url);
const PACKAGE = '@etalab/decoupage-administratif';

/** Version of the installed package the data comes from (6.0.0: COG 2026). */
export const PACKAGE_VERSION = require(`${PACKAGE}/package.json`).version;

/**
 * Credit of the data (Licence Ouverte 2.0: name the source and its date). The UI shows the same
 * text from src/lib/i18n/messages/communes.ts; a spec fails if the two drift apart, e.g. after an
 * upgrade of the package.
 */
export const SOURCE =
	'Source : découpage administratif, Etalab / INSEE ' +
	`(COG 2026, paquet ${PACKAGE} ${PACKAGE_VERSION}), Licence Ouverte 2.0`;

/** The COG 2026 describes the communes as they stood on 1 January 2026. */
export const DATE = '2026-01-01';

/**
 * Same number as RURAL_POPULATION_THRESHOLD in src/lib/domain/communes/classify.ts (Node cannot
 * import TypeScript; a spec checks that both agree on every commune).
 */
const RURAL_POPULATION_THRESHOLD = 2000;

/** Where `node scripts/communes/build.mjs` writes the compact index. */
export const OUTPUT = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../static/data/communes.json'
);

function readData(name) {
	return JSON.parse(readFileSync(require.resolve(`${PACKAGE}/data/${name}.json`), 'utf8'));
}

/**
 * Every current commune (`type === 'commune-actuelle'`, 34,969 in COG 2026), sorted by INSEE
 * code, with its département, région and EPCI joined in and its rural/urban class derived.
 * Read once per process (the seed and the national generator both ask for it): the same array
 * is returned each time, so callers never change it.
 * @returns {import('./build.d.mts').Commune[]}
 */
export function loadCommunes() {
	return (loaded ??= readCommunes());
}
/** @type {import('./build.d.mts').Commune[] | undefined} */
let loaded;

/** @returns {import('./build.d.mts').Commune[]} */
function readCommunes() {
	const regions = new Map(readData('regions').map((r) => [r.code, r.nom]));
	const departements = new Map(readData('departements').map((d) => [d.code, d.nom]));
	const epciOf = new Map();
	for (const epci of readData('epci')) {
		for (const member of epci.membres) epciOf.set(member.code, epci);
	}
	return readData('communes')
		.filter((c) => c.type === 'commune-actuelle')
		.map((c) => {
			const epci = epciOf.get(c.code);
			const population = typeof c.population === 'number' ? c.population : null;
			return {
				insee: c.code,
				name: c.nom,
				postalCodes: [...(c.codesPostaux ?? [])].sort(),
				population,
				departement: c.departement,
				// Overseas collectivities (975, 977, 978, 984-989) are in neither list: they are
				// their own département and région.
				departementName: departements.get(c.departement) ?? c.nom,
				region: c.region,
				regionName: regions.get(c.region) ?? departements.get(c.departement) ?? c.nom,
				epci: epci?.code ?? null,
				epciName: epci?.nom ?? null,
				class: population !== null && population >= RURAL_POPULATION_THRESHOLD ? 'urbain' : 'rural'
			};
		})
		.sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));
}

/**
 * The compact index of `communes`: column arrays plus lookup tables for the names of
 * départements, régions and EPCI (see CompactCommunes in src/lib/domain/communes/types.ts).
 * @param {import('./build.d.mts').Commune[]} communes
 * @returns {import('./build.d.mts').CompactCommunes}
 */
export function toCompact(communes) {
	const regions = new Table();
	const departements = new Table();
	const epcis = new Table();
	const columns = {
		insee: [],
		name: [],
		postalCodes: [],
		population: [],
		departement: [],
		epci: []
	};
	let previous = null;
	for (const c of communes) {
		const region = regions.index(c.region, () => [c.region, c.regionName]);
		const departement = departements.index(c.departement, () => [
			c.departement,
			c.departementName,
			region
		]);
		if (departements.rows[departement][2] !== region) {
			throw new Error(`Département ${c.departement} spans two régions (commune ${c.insee})`);
		}
		columns.insee.push(inseeStep(c, previous));
		previous = c;
		columns.name.push(c.name);
		columns.postalCodes.push(c.postalCodes.join(' '));
		columns.population.push(c.population);
		columns.departement.push(departement);
		columns.epci.push(c.epci === null ? -1 : epcis.index(c.epci, () => [c.epci, c.epciName]));
	}
	return {
		version: 1,
		source: SOURCE,
		date: DATE,
		count: communes.length,
		regions: regions.rows,
		departements: departements.rows,
		epcis: epcis.rows,
		communes: columns
	};
}

/**
 * INSEE codes take ~70 KB gzipped as strings but ~4 KB as steps: the code is the département
 * code followed by a number, and communes are sorted, so within a département each number is the
 * previous one plus a small step. The first commune of a département stores its number itself.
 */
function inseeStep(commune, previous) {
	const { insee, departement } = commune;
	const suffix = insee.slice(departement.length);
	if (
		!insee.startsWith(departement) ||
		!/^\d+$/.test(suffix) ||
		departement.length + suffix.length !== 5
	) {
		throw new Error(`INSEE code ${insee} is not département ${departement} + a number`);
	}
	const number = Number(suffix);
	if (previous === null || previous.departement !== departement) return number;
	return number - Number(previous.insee.slice(departement.length));
}

/** Rows deduplicated by key, in first-seen order. */
class Table {
	rows = [];
	#byKey = new Map();

	index(key, row) {
		let i = this.#byKey.get(key);
		if (i === undefined) {
			i = this.rows.length;
			this.rows.push(row());
			this.#byKey.set(key, i);
		}
		return i;
	}
}

/**
 * Writes the compact index to `output` and returns its sizes in bytes.
 * @param {string} [output]
 */
export function writeCommunesFile(output = OUTPUT) {
	const compact = toCompact(loadCommunes());
	const bytes = new TextEncoder().encode(JSON.stringify(compact));
	mkdirSync(dirname(output), { recursive: true });
	writeFileSync(output, bytes);
	return { count: compact.count, raw: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

/** Writes the compact index and prints its sizes (the `npm run build` step). */
export function main() {
	const { count, raw, gzipped } = writeCommunesFile();
	const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
	console.log(`communes: ${count} → ${OUTPUT} (${kb(raw)} raw, ${kb(gzipped)} gzipped)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
