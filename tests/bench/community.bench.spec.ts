// community.similar_ms: "Communes comme la vôtre" ranking 36,000 published projects (one per
// commune, the programme's target) for one commune on the device (goal ≤ 50 ms), against the
// naive way: score every project with its reasons, sort all, keep ten. Asserts both give the
// same top ten. community.library_kb: bytes of JSON the device keeps for 10,000 practice
// summaries in their compact form (summary cut to 200 characters, no body), against the full
// records. Generated with a seeded random: the seed is printed and BENCH_SEED replays it.
import { describe, expect, it } from 'vitest';
import type { GoodPractice } from '../../src/lib/domain/curriculum/types';
import { IMPACT_THEMES, SYMBIOTIC_LEVERS } from '../../src/lib/domain/programme';
import {
	compactSummary,
	SUMMARY_BUDGET_BYTES
} from '../../src/lib/features/library/domain/summary';
import { rankSimilar, type MyCommune } from '../../src/lib/features/library/domain/similarity';
import { mulberry32 } from '../helpers/random.mjs';
import { median, recordMetric } from './metrics';

const SEED = Number(process.env.BENCH_SEED ?? Date.now() % 1_000_000);

const WORDS =
	'commune projet habitants école jardin eau déchets énergie cantine association marché réseau village quartier ferme compost solaire vélo'.split(
		' '
	);

function generate(count: number, seed: number): GoodPractice[] {
	const next = mulberry32(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const some = <T>(list: readonly T[], n: number) => [
		...new Set(Array.from({ length: n }, () => pick(list)))
	];
	return Array.from({ length: count }, (_, i) => {
		const population = Math.round(Math.exp(next() * Math.log(300000)) + 50);
		const departement = String(1 + Math.floor(next() * 95)).padStart(2, '0');
		const summary = Array.from({ length: 40 + Math.floor(next() * 200) }, () => pick(WORDS)).join(
			' '
		);
		return {
			id: `p${String(i).padStart(14, '0')}`,
			key: `projet-p${i}`,
			updated: '2026-12-01 10:00:00.000Z',
			kind: 'commune_project',
			title: `Projet ${i} : ${pick(WORDS)} et ${pick(WORDS)}`,
			summary,
			place: `Commune ${i} (Département ${departement})`,
			country: 'France',
			themes: some(IMPACT_THEMES, 1 + Math.floor(next() * 3)),
			levers: some(SYMBIOTIC_LEVERS, 1 + Math.floor(next() * 2)),
			rural_or_urban: population < 2000 ? 'rural' : 'urbain',
			figures: [],
			sources: [],
			body: '',
			published: true,
			insee: `${departement}${String(i % 1000).padStart(3, '0')}`,
			population,
			departement,
			region: String(Number(departement) % 13),
			project_status: pick(['idee', 'cadrage', 'lance', 'en_cours', 'realise'])
		};
	});
}

const lagrasse: MyCommune = {
	insee: '11185',
	population: 554,
	class: 'rural',
	departement: '11',
	region: '76',
	needs: [
		{ theme: 'dechets', priority: 3 },
		{ theme: 'eau', priority: 2 },
		{ theme: 'resilience_alimentaire', priority: 1 }
	],
	themes: ['energie']
};

/** The naive ranking: every practice scored with its reasons, all sorted. */
function naiveTop(me: MyCommune, practices: readonly GoodPractice[], limit: number) {
	return practices
		.map((practice) => rankSimilar(me, [practice], 1)[0])
		.filter((r) => r !== undefined)
		.sort((a, b) => b.score - a.score || (a.practice.title < b.practice.title ? -1 : 1))
		.slice(0, limit);
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

describe('community library on the device', () => {
	it('ranks 36,000 published projects for one commune (community.similar_ms)', () => {
		console.log(`community bench seed ${SEED} (replay with BENCH_SEED=${SEED})`);
		const practices = generate(36_000, SEED);
		const times: number[] = [];
		let top = rankSimilar(lagrasse, practices, 10);
		for (let round = 0; round < 15; round++) {
			const start = performance.now();
			top = rankSimilar(lagrasse, practices, 10);
			times.push(performance.now() - start);
		}
		const naiveTimes: number[] = [];
		let naive = naiveTop(lagrasse, practices, 10);
		for (let round = 0; round < 3; round++) {
			const start = performance.now();
			naive = naiveTop(lagrasse, practices, 10);
			naiveTimes.push(performance.now() - start);
		}
		expect(top.map((r) => r.practice.key)).toEqual(naive.map((r) => r.practice.key));
		expect(top).toHaveLength(10);
		const value = round3(median(times));
		const baseline = round3(median(naiveTimes));
		recordMetric({
			name: 'community.similar_ms',
			value,
			unit: 'ms',
			baseline,
			ratio: round3(value / baseline),
			note: `36,000 projects, top 10 with reasons; goal ≤ 50 ms; baseline scores and sorts all; seed ${SEED}`
		});
	});

	it('keeps 10,000 practice summaries within the stated budget (community.library_kb)', () => {
		const practices = generate(10_000, SEED + 1);
		const full = practices.reduce(
			(sum, p) => sum + new TextEncoder().encode(JSON.stringify(p)).length,
			0
		);
		const compact = practices.reduce(
			(sum, p) => sum + new TextEncoder().encode(JSON.stringify(compactSummary(p))).length,
			0
		);
		expect(compact).toBeLessThan(full);
		expect(compact / practices.length).toBeLessThan(SUMMARY_BUDGET_BYTES);
		recordMetric({
			name: 'community.library_kb',
			value: Math.round(compact / 1024),
			unit: 'KB',
			baseline: Math.round(full / 1024),
			ratio: round3(compact / full),
			note: `10,000 summaries as JSON (compact: summary ≤ 200 chars, no body); budget ${SUMMARY_BUDGET_BYTES} B each (~6.8 MB); seed ${SEED + 1}`
		});
	});
});
