import { describe, expect, it } from 'vitest';
import type { GoodPractice } from '$lib/domain/curriculum/types';
import {
	compactSummary,
	filterPractices,
	placesOf,
	PracticeSearch,
	SUMMARY_BUDGET_BYTES,
	SUMMARY_CHARS
} from './catalogue';
import { populationBand, rankSimilar } from './similarity';

function practice(fields: Partial<GoodPractice> & { key: string }): GoodPractice {
	return {
		id: fields.key,
		updated: '',
		kind: 'commune_project',
		title: fields.key,
		summary: '',
		place: '',
		country: 'France',
		themes: [],
		levers: [],
		rural_or_urban: '',
		figures: [],
		sources: [],
		body: '',
		published: true,
		...fields
	};
}

const set = [
	practice({
		key: 'compost',
		title: 'Composteurs partagés',
		themes: ['dechets'],
		levers: ['economie_circulaire'],
		rural_or_urban: 'rural',
		population: 700,
		departement: '11',
		region: '76',
		project_status: 'realise',
		place: 'Moux (Aude)'
	}),
	practice({
		key: 'cantine',
		title: 'Une cantine bio et locale',
		themes: ['resilience_alimentaire'],
		rural_or_urban: 'urbain',
		population: 12000,
		departement: '06',
		region: '93',
		project_status: 'en_cours'
	}),
	practice({ key: 'retire', title: 'Publication retirée', published: false, themes: ['dechets'] }),
	practice({
		key: 'toronto',
		kind: 'case_study',
		title: 'Toronto : des toits végétalisés',
		themes: ['eau'],
		rural_or_urban: 'les_deux'
	})
];

describe('the catalogue of practices', () => {
	it('filters by theme, lever, size, class, place, status and kind, never showing withdrawn ones', () => {
		const keys = (filter: Parameters<typeof filterPractices>[1]) =>
			filterPractices(set, filter).map((p) => p.key);
		expect(keys({})).toEqual(['toronto', 'compost', 'cantine']);
		expect(keys({ theme: 'dechets' })).toEqual(['compost']);
		expect(keys({ lever: 'economie_circulaire' })).toEqual(['compost']);
		expect(keys({ size: populationBand(700) })).toEqual(['compost']);
		expect(keys({ class: 'rural' })).toEqual(['toronto', 'compost']);
		expect(keys({ departement: '06' })).toEqual(['cantine']);
		expect(keys({ region: '76' })).toEqual(['compost']);
		expect(keys({ status: 'en_cours' })).toEqual(['cantine']);
		expect(keys({ kind: 'case_study' })).toEqual(['toronto']);
	});

	it('lists the départements and régions of the practices with their names', () => {
		const names = (insee: string) =>
			insee ? { departementName: 'Aude', regionName: 'Occitanie' } : undefined;
		const withInsee = set.map((p) => (p.key === 'compost' ? { ...p, insee: '11261' } : p));
		expect(placesOf(withInsee, names)).toEqual({
			departements: [
				{ code: '06', name: '' },
				{ code: '11', name: 'Aude' }
			],
			regions: [
				{ code: '93', name: '' },
				{ code: '76', name: 'Occitanie' }
			]
		});
	});

	it('searches without accents, plurals or the full word, offline', () => {
		const search = new PracticeSearch(set);
		expect(search.search('composteur')).toEqual(['compost']);
		expect(search.search('toits vegetalises')).toEqual(['toronto']);
		expect(search.search('cant')).toEqual(['cantine']);
		expect(search.search('economie circulaire')).toEqual(['compost']);
		expect(search.search('Publication retirée')).toEqual([]);
		expect(search.search('  ')).toEqual([]);
	});

	it('keeps a summary within its budget on the device', () => {
		const long = practice({
			key: 'long',
			summary: 'mot '.repeat(500),
			body: 'x'.repeat(5000),
			figures: [{ value: 1, label: 'a', source: 's' }]
		});
		const compact = compactSummary(long);
		expect(compact.summary.length).toBeLessThanOrEqual(SUMMARY_CHARS);
		expect(compact.body).toBe('');
		expect(JSON.stringify(compact).length).toBeLessThan(SUMMARY_BUDGET_BYTES);
	});
});

describe('the similarity ranking', () => {
	const me = {
		insee: '11185',
		population: 554,
		class: 'rural' as const,
		departement: '11',
		region: '76',
		needs: [{ theme: 'dechets', priority: 3 }]
	};

	it('leaves out my own projects, withdrawn ones and those sharing nothing', () => {
		const mine = practice({ key: 'mine', insee: '11185', themes: ['dechets'] });
		const nothing = practice({ key: 'far', population: 500000, rural_or_urban: 'urbain' });
		const ranked = rankSimilar(me, [...set, mine, nothing]);
		expect(ranked.map((r) => r.practice.key)).toEqual(['compost', 'toronto']);
	});

	it('keeps only the best `limit`, in score order', () => {
		const many = Array.from({ length: 50 }, (_, i) =>
			practice({ key: `p${i}`, themes: i % 2 ? ['dechets'] : [], population: 400 + i })
		);
		const ranked = rankSimilar(me, many, 5);
		expect(ranked).toHaveLength(5);
		expect(ranked.every((r) => r.reasons[0]!.kind === 'shared_need')).toBe(true);
		for (let i = 1; i < ranked.length; i++) {
			expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
		}
	});
});
