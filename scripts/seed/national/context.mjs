// Shared machinery of the national-scale generator (scripts/seed/national.mjs): the seeded
// random numbers, stable ids, programme dates, the global sync sequence and the bulk sender.
// Every module of this folder draws from here so that the same seed gives the same rows, and a
// slice (a few départements or communes) gives exactly the national rows of those communes.
// Never reads the clock or Math.random.
import { createHash } from 'node:crypto';

/** The programme year (mandates began 28 June 2026; 36,000 projects "launched in one year"). */
export const PROGRAMME_START = Date.parse('2026-07-01T08:00:00.000Z');
export const PROGRAMME_END = Date.parse('2027-06-30T18:00:00.000Z');

/** Password of every generated account (bcrypt hash below, cost 10). Benchmarks sign in with it. */
export const NATIONAL_PASSWORD = 'collabactons-national';
const NATIONAL_PASSWORD_HASH = '$2a$10$CGHOdImAW2dZoB43IMzit.Llckbw2s0jRgola3MsklPiHQzAN4NLC';

/**
 * A hash of `parts` as an unsigned 32-bit number: the source of every random choice, so a
 * choice depends only on the seed and on what it is about, never on the order of generation.
 * @param {...(string | number)} parts
 */
export function hash32(...parts) {
	return createHash('sha1').update(parts.join('|')).digest().readUInt32BE(0);
}

/**
 * A deterministic stream of numbers in [0, 1) for one subject.
 * @param {number} seed @param {...(string | number)} subject
 */
export function stream(seed, ...subject) {
	let state = hash32(seed, ...subject) || 1;
	return () => {
		// mulberry32
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A PocketBase record id (15 characters [a-z0-9]) for one subject.
 * @param {number} seed @param {...(string | number)} subject
 */
export function recordId(seed, ...subject) {
	const digest = createHash('sha1')
		.update(`${seed}|${subject.join('|')}`)
		.digest();
	let id = '';
	for (let i = 0; i < 15; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[digest[i] % 36];
	return id;
}

/** PocketBase's stored date form: `2026-12-05 14:03:00.000Z`. @param {number} ms */
export function pbDate(ms) {
	return new Date(ms).toISOString().replace('T', ' ');
}

/** @template T @param {() => number} random @param {readonly T[]} list @returns {T} */
export function pick(random, list) {
	return list[Math.floor(random() * list.length)];
}

/** `count` distinct items of `list`. @template T @param {() => number} random @param {readonly T[]} list @param {number} count */
export function pickSome(random, list, count) {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy.slice(0, Math.min(count, copy.length));
}

/**
 * Spreads `total` items over `weights` exactly (systematic sampling): item k goes where the
 * cumulative weight crosses (k + offset) × W / total. Deterministic; the counts add up to total.
 * @param {number[]} weights @param {number} total @param {number} offset in [0, 1)
 */
export function spread(weights, total, offset) {
	const counts = new Array(weights.length).fill(0);
	const sum = weights.reduce((a, b) => a + b, 0);
	const step = sum / total;
	let next = offset * step;
	let cumulative = 0;
	for (let i = 0; i < weights.length; i++) {
		cumulative += weights[i];
		while (next < cumulative && next < sum) {
			counts[i]++;
			next += step;
		}
	}
	return counts;
}

/**
 * @typedef {{ id: string, insee: string, name: string, population: number, departement: string,
 *             region: string, epci: string, class: string }} NationalCommune
 */

/**
 * The run's state: seed, national communes (with ids), the slice kept, the global sequence and
 * the bulk sender. Modules add what they produce (users per commune, projects...) for the next.
 * @param {{ seed: number, communes: NationalCommune[],
 *           keep: (insee: string) => boolean, send: (table: string, columns: string[],
 *           rows: unknown[][], sequence?: number) => Promise<void>, firstSeq: number, end?: number,
 *           log: (line: string) => void }} options
 */
export function createContext(options) {
	let seq = options.firstSeq;
	return {
		seed: options.seed,
		/** Last moment of the generated programme (rows are dated from PROGRAMME_START to it). */
		end: options.end ?? PROGRAMME_END,
		communes: options.communes,
		keep: options.keep,
		log: options.log,
		passwordHash: NATIONAL_PASSWORD_HASH,
		/** The next global sequence number (rows of synced collections carry one each). */
		nextSeq: () => ++seq,
		lastSeq: () => seq,
		/** Sends rows in batches of `batch`, with the sequence reached so far. */
		async insert(
			/** @type {string} */ table,
			/** @type {string[]} */ columns,
			/** @type {unknown[][]} */ rows,
			batch = 4000
		) {
			for (let i = 0; i < rows.length; i += batch) {
				await options.send(table, columns, rows.slice(i, i + batch), seq);
			}
		},
		/** @type {Map<string, string>} a facilitator's id per département code */
		facilitators: new Map(),
		/** @type {Map<string, { id: string, mandate: string, name: string }[]>} élus per commune id */
		elus: new Map(),
		/** @type {{ id: string, commune: string, status: string, created: number, title: string }[]} */
		projects: []
	};
}
