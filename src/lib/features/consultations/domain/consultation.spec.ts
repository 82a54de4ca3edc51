import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/domain/csv';
import { consultationOf, phaseOf, resultsCsv } from './consultation';
import { VOTE_GRACE_MS } from './limits';

const row = {
	id: 'consultation001',
	space_kind: 'national',
	space_code: '',
	title: 'Quel format ?',
	context: '',
	kind: 'choice',
	multiple: false,
	options: [
		{ key: 'a', label: 'Ateliers' },
		{ key: 'b', label: 'Visites ; forum' }
	],
	closes_at: '2026-12-31 22:59:59.000Z',
	synthesis: ''
};

describe('a consultation on the device', () => {
	it('reads PocketBase dates and knows when it is open, in its grace period, then shows results', () => {
		const c = consultationOf(row)!;
		expect(new Date(c.closesAt).toISOString()).toBe('2026-12-31T22:59:59.000Z');
		expect(phaseOf(c, c.closesAt)).toBe('open');
		expect(phaseOf(c, c.closesAt + 1)).toBe('grace');
		expect(phaseOf(c, c.closesAt + VOTE_GRACE_MS)).toBe('results');
		expect(consultationOf({ ...row, closes_at: '30 février' })).toBeUndefined();
	});

	it('exports results as a French CSV that reads back', () => {
		const bytes = resultsCsv({
			title: 'Quel format ?',
			voters: 40,
			late: 3,
			options: [
				{ key: 'a', label: 'Ateliers', votes: 25 },
				{ key: 'b', label: 'Visites ; forum', votes: 15 }
			],
			participation: [{ level: 'region', code: '76', name: 'Occitanie', voters: 12, elus: 40 }],
			synthesis: '',
			closesAt: '2026-12-31T22:59:59.000Z',
			graceHours: 48
		});
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const read = readCsv(bytes, [
			{ key: 'line', headers: ['Ligne'], required: true },
			{ key: 'label', headers: ['Libellé'] },
			{ key: 'count', headers: ['Nombre'] },
			{ key: 'percent', headers: ['Pourcentage'] }
		]);
		expect(read.separator).toBe(';');
		expect(read.rows.map((r) => [r.values.label, r.values.count, r.values.percent])).toEqual([
			['Ateliers', '25', '62,5'],
			['Visites ; forum', '15', '37,5'],
			['', '40', ''],
			['', '3', ''],
			['Occitanie (76)', '12', '30']
		]);
	});
});
