import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCE, loadCommunes, toCompact } from '../../../../scripts/communes/build.mjs';
import { communes as messages } from '../../i18n/messages/communes';
import { CommuneIndex } from './search';
import type { Commune } from './types';

const names = (communes: readonly Commune[]) => communes.map((c) => c.name);
const codes = (communes: readonly Commune[]) => communes.map((c) => c.insee);

function commune(insee: string, name: string, population: number, postalCodes: string[]): Commune {
	const departement = insee.slice(0, 2);
	return {
		insee,
		name,
		postalCodes,
		population,
		departement,
		departementName: `Département ${departement}`,
		region: '84',
		regionName: 'Auvergne-Rhône-Alpes',
		epci: null,
		epciName: null,
		class: population < 2000 ? 'rural' : 'urbain'
	};
}

describe('CommuneIndex on a handful of communes', () => {
	const small = new CommuneIndex(
		toCompact([
			commune('42001', 'Saint-Étienne-le-Molard', 900, ['42130']),
			commune('42002', 'Étienne', 50, ['42100']),
			commune('42003', 'Saint-Étienne', 170000, ['42000', '42100']),
			commune('42004', 'Sainte-Agathe', 300, ['42130']),
			commune('42005', 'Strasbourg-sur-Loire', 1200, ['42500'])
		])
	);

	it('ranks exact name, then name prefix, then word prefix', () => {
		expect(names(small.search('etienne'))).toEqual([
			'Étienne',
			'Saint-Étienne',
			'Saint-Étienne-le-Molard'
		]);
		expect(names(small.search('saint etienne'))).toEqual([
			'Saint-Étienne',
			'Saint-Étienne-le-Molard'
		]);
	});

	it('reads "st" both as typed and as "saint"', () => {
		expect(names(small.search('st'))).toEqual([
			'Saint-Étienne',
			'Strasbourg-sur-Loire',
			'Saint-Étienne-le-Molard',
			'Sainte-Agathe'
		]);
		expect(names(small.search('ste agathe'))).toEqual(['Sainte-Agathe']);
	});

	it('finds postal codes and INSEE codes by digit prefix, exact codes first', () => {
		expect(codes(small.search('42100'))).toEqual(['42003', '42002']);
		expect(codes(small.search('42002'))).toEqual(['42002']);
		expect(codes(small.search('421'))).toEqual(['42003', '42001', '42004', '42002']);
	});

	it('honours the limit', () => {
		expect(small.search('42', 2)).toHaveLength(2);
		expect(small.search('42', 0)).toEqual([]);
	});

	it('round-trips every commune through the compact format', () => {
		expect(small.byInsee('42003')).toEqual(
			commune('42003', 'Saint-Étienne', 170000, ['42000', '42100'])
		);
	});

	it('refuses a file of an unknown version', () => {
		const data = { ...toCompact([]), version: 2 } as unknown as ConstructorParameters<
			typeof CommuneIndex
		>[0];
		expect(() => new CommuneIndex(data)).toThrow(/version/);
	});
});

describe('CommuneIndex on the full list of communes', () => {
	let full: readonly Commune[];
	let index: CommuneIndex;

	beforeAll(() => {
		full = loadCommunes();
		index = new CommuneIndex(toCompact(full));
	});

	it('credits the same source as the UI shows', () => {
		expect(index.source).toBe(SOURCE);
		expect(messages.fr.source).toBe(SOURCE);
		expect(index.date).toBe('2026-01-01');
	});

	it('holds every current commune, identical after the compact round trip', () => {
		expect(index.size).toBe(34969);
		expect(index.communes).toEqual(full);
	});

	it.each(['saint etienne', 'st-étienne', 'Saint-Étienne', 'SAINT ETIENNE', '42000'])(
		'finds Saint-Étienne (42218) first for %j',
		(query) => {
			const [first] = index.search(query);
			expect(first?.insee).toBe('42218');
			expect(first?.name).toBe('Saint-Étienne');
		}
	);

	it('gives Saint-Étienne its département, région, EPCI and class', () => {
		expect(index.byInsee('42218')).toMatchObject({
			departement: '42',
			departementName: 'Loire',
			region: '84',
			regionName: 'Auvergne-Rhône-Alpes',
			epci: expect.stringMatching(/^\d{9}$/),
			class: 'urbain',
			postalCodes: ['42000', '42100', '42230']
		});
	});

	it('finds small communes and islands by name', () => {
		expect(index.search('lagrasse')[0]).toMatchObject({ insee: '11185', class: 'rural' });
		expect(index.search('ile de sein')[0]).toMatchObject({ insee: '29083', name: 'Île-de-Sein' });
	});

	it('finds Ajaccio by its Corsican INSEE code and postal code', () => {
		expect(index.search('2A004')[0]).toMatchObject({ name: 'Ajaccio', departement: '2A' });
		expect(index.search('2a004')[0]?.insee).toBe('2A004');
		expect(index.search('20000')[0]?.insee).toBe('2A004');
		expect(index.search('2A').every((c) => c.departement === '2A')).toBe(true);
	});

	it('lists homonyms most populous first', () => {
		const saintDenis = index.search('Saint-Denis').filter((c) => c.name === 'Saint-Denis');
		expect(codes(saintDenis)).toEqual(['97411', '93066', '11339', '30247']);
		const populations = saintDenis.map((c) => c.population ?? 0);
		expect(populations).toEqual([...populations].sort((a, b) => b - a));
	});

	it('finds every commune of a postal code prefix in the département', () => {
		const results = index.search('75', 100);
		expect(results[0]?.name).toBe('Paris');
		expect(
			results.every(
				(c) => c.insee.startsWith('75') || c.postalCodes.some((p) => p.startsWith('75'))
			)
		).toBe(true);
	});

	it('gives no result for an unknown name, an empty query or punctuation', () => {
		expect(index.search('xyzzyville')).toEqual([]);
		expect(index.search('99999')).toEqual([]);
		expect(index.search('')).toEqual([]);
		expect(index.search('  - ')).toEqual([]);
	});

	it('returns at most 20 results by default', () => {
		expect(index.search('s')).toHaveLength(20);
		expect(index.search('s')[0]?.name).toBe('Strasbourg');
	});
});
