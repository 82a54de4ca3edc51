import { describe, expect, it } from 'vitest';
import { censusAnswerId, invalidAnswer, QUESTIONS, readCommuneCensus } from './census';
import { isOpen, openCampaign } from './campaigns';

describe('census answers', () => {
	it('have one id per campaign × commune × question, the same on every device', () => {
		const id = censusAnswerId('2026', 'abcdefghijklmno', 'need-dechets');
		expect(id).toMatch(/^[a-z0-9]{15}$/);
		expect(censusAnswerId('2026', 'abcdefghijklmno', 'need-dechets')).toBe(id);
		const others = new Set(
			QUESTIONS.map((q) => censusAnswerId('2026', 'abcdefghijklmno', q)).concat(
				censusAnswerId('2027', 'abcdefghijklmno', 'need-dechets'),
				censusAnswerId('2026', 'bbcdefghijklmno', 'need-dechets')
			)
		);
		expect(others.size).toBe(QUESTIONS.length + 2);
	});

	it('check each answer against its question', () => {
		expect(invalidAnswer('profile', { profile: 'B' })).toBe('');
		expect(invalidAnswer('profile', { profile: 'D' })).toBe('profile');
		expect(invalidAnswer('need-dechets', { priority: 3, note: 'déchets verts' })).toBe('');
		expect(invalidAnswer('need-dechets', { priority: 4, note: '' })).toBe('priority');
		expect(invalidAnswer('need-dechets', { priority: 1, note: 'x'.repeat(1001) })).toBe('note');
		expect(invalidAnswer('offer-skills', { text: 'x'.repeat(2001) })).toBe('offer');
		expect(invalidAnswer('constraint-budget', { level: 2, note: '' })).toBe('');
		expect(invalidAnswer('constraint-budget', { level: -1, note: '' })).toBe('level');
		expect(invalidAnswer('need-licornes', { priority: 1, note: '' })).toBe('question');
		expect(invalidAnswer('profile', '<script>')).toBe('answer');
	});

	it('read as a profile, needs by priority, offers and constraints', () => {
		const row = (question: string, answer: unknown) => ({
			campaign: '2026',
			commune: 'c1',
			question,
			answer: answer as never
		});
		const census = readCommuneCensus('c1', '2026', [
			row('profile', { profile: 'B' }),
			row('need-eau', { priority: 2, note: '' }),
			row('need-dechets', { priority: 3, note: 'déchets verts' }),
			row('need-energie', { priority: 0, note: '' }),
			row('offer-equipment', { text: 'Un broyeur' }),
			row('constraint-staff', { level: 3, note: '' }),
			{ ...row('need-emploi', { priority: 3, note: '' }), commune: 'c2' },
			row('need-emploi', { priority: 9, note: '' })
		]);
		expect(census.profile).toBe('B');
		expect(census.needs.map((n) => [n.theme, n.priority])).toEqual([
			['dechets', 3],
			['eau', 2]
		]);
		expect(census.offers).toEqual([{ kind: 'equipment', text: 'Un broyeur' }]);
		expect(census.constraints).toEqual([{ kind: 'staff', level: 3, note: '' }]);
		expect(census.answered).toBe(6);
	});
});

describe('census campaigns', () => {
	const campaigns = [
		{
			key: '2025',
			title: '2025',
			opens_at: '2025-01-01T00:00:00.000Z',
			closes_at: '2025-12-31T23:00:00.000Z'
		},
		{ key: '2026', title: '2026', opens_at: '2026-01-01T00:00:00.000Z', closes_at: '' }
	];
	it('offer the latest campaign open now', () => {
		expect(openCampaign(campaigns, new Date('2026-12-05T12:00:00Z'))?.key).toBe('2026');
		expect(openCampaign(campaigns, new Date('2025-06-01T12:00:00Z'))?.key).toBe('2025');
		expect(openCampaign(campaigns, new Date('2024-06-01T12:00:00Z'))).toBeNull();
		expect(isOpen(campaigns[0]!, new Date('2026-01-01T00:00:00Z'))).toBe(false);
	});
});
