// Relevance of "Communes comme la vôtre" and "Qui a déjà résolu ça ?" on a fixed set: the 20
// demo projects of other communes (scripts/seed/demo-library.json, seeded for the demo) and the
// programme's ten case studies (their themes, levers and territory from pocketbase/content).
// Hand-written cases: for a commune and its needs, the practices a facilitator would point to
// must rank in the top 5.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoodPractice } from '$lib/domain/curriculum/types';
import { demoPractices } from '../../../../../scripts/seed/demo-library.mjs';
import { rankSimilar, whoSolved, type MyCommune } from './similarity';

const base = {
	id: '',
	updated: '',
	summary: '',
	place: '',
	country: '',
	figures: [],
	sources: [],
	body: '',
	published: true
};

function caseStudies(): GoodPractice[] {
	const dir = join(process.cwd(), 'pocketbase/content/case-studies');
	return readdirSync(dir).map((file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const field = (name: string) => new RegExp(`^${name}: *(.*)$`, 'm').exec(text)?.[1] ?? '';
		const list = (name: string) =>
			field(name)
				.replace(/[[\]]/g, '')
				.split(',')
				.map((w) => w.trim())
				.filter(Boolean);
		return {
			...base,
			key: file.replace(/\.md$/, ''),
			kind: 'case_study',
			title: field('title').replace(/^"|"$/g, ''),
			themes: list('themes'),
			levers: list('levers'),
			rural_or_urban: field('rural_or_urban') as GoodPractice['rural_or_urban']
		};
	});
}

const practices: GoodPractice[] = [
	...caseStudies(),
	...(demoPractices() as Omit<GoodPractice, 'id' | 'updated' | 'figures' | 'sources'>[]).map(
		(p) => ({ ...base, ...p })
	)
];

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
	]
};

const top5 = (ranked: { practice: GoodPractice }[]) =>
	ranked.slice(0, 5).map((r) => r.practice.key);

describe('"Communes comme la vôtre" on the fixed set', () => {
	it('has the set it claims', () => {
		expect(practices.filter((p) => p.kind === 'case_study')).toHaveLength(10);
		expect(practices.filter((p) => p.kind === 'commune_project')).toHaveLength(20);
	});

	it('Lagrasse (rural, 554 inhabitants, Aude; needs: waste, water, food): green waste and rainwater in small Aude villages first', () => {
		const ranked = rankSimilar(lagrasse, practices, 10);
		const keys = top5(ranked);
		expect(keys).toContain('demo-projet-11132'); // Fabrezan: green waste shredded on site
		expect(keys).toContain('demo-projet-11064'); // Camplong-d'Aude: rainwater for watering
		expect(keys).toContain('demo-projet-11261'); // Moux: shared composters
		expect(ranked[0]!.reasons).toContainEqual({ kind: 'shared_need', theme: 'dechets' });
		const fabrezan = ranked.find((r) => r.practice.key === 'demo-projet-11132')!;
		expect(fabrezan.reasons).toEqual([
			{ kind: 'shared_need', theme: 'dechets' },
			{ kind: 'same_size' },
			{ kind: 'same_class' },
			{ kind: 'same_departement' },
			{ kind: 'proven' }
		]);
		expect(ranked.every((r) => r.practice.insee !== '11185')).toBe(true);
	});

	it('a large city with an urgent energy need gets urban energy projects, not village ones', () => {
		const city: MyCommune = {
			insee: '69123',
			population: 519127,
			class: 'urbain',
			departement: '69',
			region: '84',
			needs: [{ theme: 'energie', priority: 3 }]
		};
		const ranked = rankSimilar(city, practices, 10).slice(0, 5);
		const keys = top5(ranked);
		expect(keys[0]).toBe('demo-projet-35238'); // Rennes: same size, energy data opened
		expect(keys).toContain('demo-projet-59271'); // Grande-Synthe: social housing renovation
		expect(keys).not.toContain('demo-projet-05107'); // a village of 476 inhabitants
		for (const { practice } of ranked) {
			expect(practice.themes, practice.key).toContain('energie');
			expect(practice.rural_or_urban, practice.key).toBe('urbain');
		}
	});

	it('a small rural commune short of digital help finds the travelling digital mediator', () => {
		const village: MyCommune = {
			insee: '22999',
			population: 420,
			class: 'rural',
			departement: '22',
			region: '53',
			needs: [{ theme: 'fracture_numerique', priority: 3 }]
		};
		const ranked = rankSimilar(village, practices, 10);
		expect(top5(ranked)[0]).toBe('demo-projet-18146'); // Ménétréol-sous-Sancerre
		expect(top5(ranked)).toContain('demo-projet-23096'); // Guéret: digital third place
	});

	it('"Qui a déjà résolu ça ?" for Lagrasse\'s water need: commune projects only, Aude first', () => {
		const ranked = whoSolved(lagrasse, 'eau', practices, 5);
		expect(ranked.every((r) => r.practice.kind === 'commune_project')).toBe(true);
		expect(ranked.every((r) => r.practice.themes.includes('eau'))).toBe(true);
		expect(ranked[0]!.practice.key).toBe('demo-projet-11064');
		expect(top5(ranked)).toContain('demo-projet-30029'); // Barjac: reed-bed treatment
	});
});
