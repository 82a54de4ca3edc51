// The territories domain: reading a summary strictly, breakdowns and monthly series, targets and
// pace, the tile grid (every département once, keyboard neighbours), colour classes, the CSV
// tables, the sort of communes, and the date of the figures in any time zone.
import { describe, expect, it } from 'vitest';
import { communesTable } from './exports';
import { sortCommunes } from './sort';
import { breakdown, monthly, readSummary, type CommuneRow } from './summary';
import { pace, PROGRAMME_DEADLINE, territoryTarget } from './targets';
import {
	classLimits,
	colourOf,
	EMPTY_TILE,
	neighbour,
	OVERSEAS,
	PALETTE,
	TILE_GRID
} from './tilegrid';
import { figuresDate } from './when';

describe('summary', () => {
	it('reads the server answer and drops what is malformed', () => {
		const s = readSummary({
			kind: 'departement',
			code: '11',
			name: 'Aude',
			computedAt: 5,
			figures: { projects: 3, bad: 'x', 'projects.status.idee': 1 },
			parents: [
				{ kind: 'region', code: '76', name: 'Occitanie' },
				{ kind: 'canton', code: '1' }
			],
			communes: [{ insee: '11185', name: 'Lagrasse', population: 'many', figures: null }]
		});
		expect(s?.figures).toEqual({ projects: 3, 'projects.status.idee': 1 });
		expect(s?.parents).toEqual([{ kind: 'region', code: '76', name: 'Occitanie' }]);
		expect(s?.communes[0]).toMatchObject({ insee: '11185', population: 0, figures: {} });
		expect(readSummary({ kind: 'planet', code: 'x' })).toBeNull();
		expect(readSummary(null)).toBeNull();
	});

	it('breaks figures down by prefix and fills months without any', () => {
		const figures = {
			'projects.status.idee': 2,
			'projects.status.realise': 5,
			'projects.month.2026-11': 2,
			'projects.month.2027-01': 3
		};
		expect(breakdown(figures, 'projects.status')).toEqual([
			['realise', 5],
			['idee', 2]
		]);
		expect(monthly(figures, 'projects')).toEqual([
			{ month: '2026-11', count: 2, total: 2 },
			{ month: '2026-12', count: 0, total: 2 },
			{ month: '2027-01', count: 3, total: 5 }
		]);
	});
});

describe('targets and pace', () => {
	it('shares the national targets pro rata of communes', () => {
		expect(territoryTarget(77_000, 34_969)).toBe(77_000);
		expect(territoryTarget(77_000, 433)).toBe(953);
	});
	it('compares the pace so far with the pace needed', () => {
		const now = Date.UTC(2026, 11, 31); // 6 months after 1 July 2026, 6 months before the deadline
		const late = pace(1200, 100, now);
		expect(late.onTrack).toBe(false);
		expect(Math.round(late.neededPerMonth!)).toBe(
			Math.round(1100 / ((PROGRAMME_DEADLINE - now) / (30.4375 * 86_400_000)))
		);
		expect(pace(1200, 700, now).onTrack).toBe(true);
		expect(pace(10, 10, now).onTrack).toBe(true);
		expect(pace(10, 3, PROGRAMME_DEADLINE + 1).neededPerMonth).toBeNull();
	});
});

describe('tile grid', () => {
	it('places every metropolitan département once, on distinct tiles', () => {
		expect(Object.keys(TILE_GRID)).toHaveLength(96);
		const cells = new Set(Object.values(TILE_GRID).map(([x, y]) => `${x},${y}`));
		expect(cells.size).toBe(96);
		expect(OVERSEAS.slice(0, 5)).toEqual(['971', '972', '973', '974', '976']);
	});
	it('moves with the arrow keys to a neighbour, from every tile in every direction some way', () => {
		expect(neighbour('11', 'right')).toBe('66');
		expect(neighbour('75', 'up')).toBe('93');
		expect(neighbour('29', 'left')).toBeNull();
		// Every tile is reachable from Paris by arrow keys.
		const seen = new Set(['75']);
		const queue = ['75'];
		while (queue.length) {
			const code = queue.shift()!;
			for (const d of ['left', 'right', 'up', 'down'] as const) {
				const next = neighbour(code, d);
				if (next && !seen.has(next)) {
					seen.add(next);
					queue.push(next);
				}
			}
		}
		expect(seen.size).toBe(96);
	});
	it('colours zero lightest, values by quantile classes, missing as empty', () => {
		const limits = classLimits([0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(limits).toEqual([2, 4, 6, 8]);
		expect(colourOf(0, limits)).toBe(PALETTE[0]);
		expect(colourOf(8, limits)).toBe(PALETTE[4]);
		expect(colourOf(undefined, limits)).toBe(EMPTY_TILE);
		expect(colourOf(594, classLimits([594]))).toBe(PALETTE[4]);
	});
});

describe('tables', () => {
	const communes: CommuneRow[] = [
		{
			insee: '11069',
			name: 'Carcassonne',
			population: 46_000,
			class: 'urbain',
			epci: 'x',
			epciName: 'CA Carcassonne Agglo',
			departement: '11',
			figures: { projects: 2 }
		},
		{
			insee: '11185',
			name: 'Lagrasse',
			population: 550,
			class: 'rural',
			epci: 'y',
			epciName: 'CC Région Lézignanaise',
			departement: '11',
			figures: { projects: 1, 'trained.elus': 2 }
		},
		{
			insee: '11001',
			name: 'Émilie-sur-Aude',
			population: 10,
			class: 'rural',
			epci: '',
			epciName: '',
			departement: '11',
			figures: {}
		}
	];
	it('sorts by French name, figures, and filters without accents', () => {
		expect(sortCommunes(communes, 'name', false).map((c) => c.name)).toEqual([
			'Carcassonne',
			'Émilie-sur-Aude',
			'Lagrasse'
		]);
		expect(sortCommunes(communes, 'projects', true).map((c) => c.insee)).toEqual([
			'11069',
			'11185',
			'11001'
		]);
		expect(sortCommunes(communes, 'name', false, 'emilie').map((c) => c.insee)).toEqual(['11001']);
		expect(
			sortCommunes(communes, 'name', false, '', 'without-project').map((c) => c.insee)
		).toEqual(['11001']);
		expect(sortCommunes(communes, 'name', false, 'lezignanaise')).toHaveLength(1);
	});
	it('writes the communes table in French', () => {
		const table = communesTable(communes);
		expect(table.header.slice(0, 6)).toEqual([
			'Code INSEE',
			'Commune',
			'Intercommunalité (EPCI)',
			'Population',
			'Rurale ou urbaine',
			'Élus inscrits'
		]);
		expect(table.rows[1]!.slice(0, 7)).toEqual([
			'11185',
			'Lagrasse',
			'CC Région Lézignanaise',
			550,
			'rurale',
			0,
			2
		]);
	});
});

describe('date of the figures', () => {
	it('says it as people do, in any time zone, with accented months and the year only when needed', () => {
		const now = Date.UTC(2027, 1, 20);
		expect(figuresDate(Date.UTC(2027, 2, 3, 13, 0), now, 'fr', 'Europe/Paris')).toBe(
			'3 mars, 14 h'
		);
		expect(figuresDate(Date.UTC(2027, 1, 3, 13, 5), now, 'fr', 'Europe/Paris')).toBe(
			'3 février, 14 h 05'
		);
		expect(figuresDate(Date.UTC(2026, 7, 15, 22, 30), now, 'fr', 'Europe/Paris')).toBe(
			'16 août 2026, 0 h 30'
		);
		expect(figuresDate(Date.UTC(2026, 11, 31, 23, 0), now, 'fr', 'America/Cayenne')).toBe(
			'31 décembre 2026, 20 h'
		);
		expect(figuresDate(Date.UTC(2027, 2, 28, 1, 30), now, 'fr', 'Europe/Paris')).toBe(
			'28 mars, 3 h 30'
		); // DST night
		expect(figuresDate(Date.UTC(2027, 2, 3, 13, 0), now, 'en', 'Europe/Paris')).toBe(
			'3 March, 14:00'
		);
	});
});
