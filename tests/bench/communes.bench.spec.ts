// local.commune_search_ms: the time of one keystroke's search over every commune of France, as
// the search field runs it, against a naive linear scan that normalises every name on each query.
// Asserts only that the searches find the right communes; the timings are recorded, not judged.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommunes, toCompact } from '../../scripts/communes/build.mjs';
import { CommuneIndex } from '../../src/lib/domain/communes/search';
import { normalizeName } from '../../src/lib/domain/communes/normalize';
import type { Commune } from '../../src/lib/domain/communes/types';
import { recordMetric } from './metrics';

/** What people type, letter by letter: every prefix of each is one keystroke. */
const TYPED = ['saint-étienne', 'st-étienne', 'lagrasse', 'montpellier', 'ile de sein', '42000'];
const KEYSTROKES = TYPED.flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1)));
const INDEX_ROUNDS = 50;
const BASELINE_ROUNDS = 3;

/** The obvious implementation: scan every commune and normalise its name, on every keystroke. */
function naiveSearch(communes: readonly Commune[], query: string, limit = 20): Commune[] {
	const q = normalizeName(query);
	if (q === '') return [];
	const code = q.replaceAll(' ', '').toUpperCase();
	const matches: { commune: Commune; tier: number }[] = [];
	for (const commune of communes) {
		const name = normalizeName(commune.name);
		let tier = -1;
		if (/^[0-9]/.test(code)) {
			if (commune.insee === code || commune.postalCodes.includes(code)) tier = 0;
			else if (
				commune.insee.startsWith(code) ||
				commune.postalCodes.some((p) => p.startsWith(code))
			)
				tier = 1;
		} else if (name === q) tier = 0;
		else if (name.startsWith(q)) tier = 1;
		else if (name.includes(` ${q}`)) tier = 2;
		if (tier >= 0) matches.push({ commune, tier });
	}
	matches.sort(
		(a, b) => a.tier - b.tier || (b.commune.population ?? -1) - (a.commune.population ?? -1)
	);
	return matches.slice(0, limit).map((m) => m.commune);
}

/** Times of every keystroke, each measured `rounds` times, sorted. */
function keystrokeTimesMs(search: (query: string) => Commune[], rounds: number): number[] {
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const keystroke of KEYSTROKES) {
			const start = performance.now();
			search(keystroke);
			times.push(performance.now() - start);
		}
	}
	return times.sort((a, b) => a - b);
}

/** The value below which `fraction` of the sorted `times` fall. */
const quantile = (times: number[], fraction: number) =>
	times[Math.min(times.length - 1, Math.floor(times.length * fraction))] as number;

describe('commune search, one keystroke over the full list', () => {
	let communes: Commune[];
	let index: CommuneIndex;
	let buildMs: number;

	beforeAll(() => {
		communes = loadCommunes();
		const compact = toCompact(communes);
		const start = performance.now();
		index = new CommuneIndex(compact);
		buildMs = performance.now() - start;
	});

	it('finds the typed communes, as the naive scan does', () => {
		expect(index.search('42000')[0]?.insee).toBe('42218');
		expect(index.search('st-étienne')[0]?.insee).toBe('42218');
		expect(index.search('lagrasse')[0]?.insee).toBe('11185');
		expect(index.search('montpellier')[0]?.insee).toBe('34172');
		for (const word of TYPED) {
			expect(index.search(word)[0]?.insee).toBe(naiveSearch(communes, word)[0]?.insee);
		}
	});

	it('records local.commune_search_ms', { timeout: 120_000 }, () => {
		// Warm up both paths so that the JIT has compiled them before measuring.
		for (const keystroke of KEYSTROKES) {
			index.search(keystroke);
			naiveSearch(communes, keystroke);
		}
		const times = keystrokeTimesMs((query) => index.search(query), INDEX_ROUNDS);
		const value = quantile(times, 0.5);
		const slowest = quantile(times, 0.95);
		const baseline = quantile(
			keystrokeTimesMs((query) => naiveSearch(communes, query), BASELINE_ROUNDS),
			0.5
		);
		const note =
			`${KEYSTROKES.length} keystrokes typing ${TYPED.map((w) => JSON.stringify(w)).join(', ')}` +
			` over ${index.size} communes; baseline: linear scan normalising every name per query;` +
			` p95 ${slowest.toFixed(3)} ms; index built once in ${buildMs.toFixed(0)} ms`;
		recordMetric({
			name: 'local.commune_search_ms',
			value,
			unit: 'ms',
			baseline,
			ratio: baseline / value,
			note
		});
		expect(value).toBeGreaterThan(0);
	});
});
