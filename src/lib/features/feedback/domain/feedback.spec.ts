import { describe, expect, it } from 'vitest';
import { addDays, followupsDue, validateFeedback, type FeedbackData } from './feedback';

const answer: FeedbackData = {
	session: 'sessfixture0001',
	module: 'ic-1',
	kind: 'chaud',
	participant: 'p00000000000001',
	satisfaction: 4,
	objectives: { 'ic-1-o1': 5, 'ic-1-o2': 3 },
	next_step: 'Essayer le tour de parole au prochain conseil.',
	comment: '',
	anonymous: false,
	answered_at: '2026-12-05T11:30:00.000Z'
};

describe('feedback answer', () => {
	it('accepts a complete answer, anonymous or named', () => {
		expect(validateFeedback(answer)).toEqual([]);
		expect(validateFeedback({ ...answer, participant: '', anonymous: true })).toEqual([]);
		expect(validateFeedback({ ...answer, kind: 'avant', satisfaction: 0 })).toEqual([]);
	});

	it('refuses each bad field with a French message', () => {
		const fields = (data: Partial<FeedbackData>) =>
			validateFeedback({ ...answer, ...data }).map((e) => e.field);
		expect(fields({ satisfaction: 0 })).toEqual(['satisfaction']);
		expect(fields({ satisfaction: 6 })).toEqual(['satisfaction']);
		expect(fields({ objectives: { a: 0 } })).toEqual(['objectives']);
		expect(fields({ anonymous: true })).toEqual(['anonymous']);
		expect(fields({ participant: '' })).toEqual(['participant']);
		expect(fields({ comment: 'x'.repeat(2001) })).toEqual(['comment']);
		expect(validateFeedback({ ...answer, satisfaction: 9 })[0]!.message).toContain('de 1 à 5');
	});
});

describe('three-month follow-up', () => {
	it('adds calendar days across month ends, leap years and DST', () => {
		expect(addDays('2026-12-05', 90)).toBe('2027-03-05');
		expect(addDays('2027-11-30', 90)).toBe('2028-02-28');
		expect(addDays('2028-01-31', 30)).toBe('2028-03-01');
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
	});

	it('is due 90 days after the module until answered', () => {
		const attended = [
			{ session: 's1', module: 'ic-1', date: '2026-12-05' },
			{ session: 's1', module: 'ic-2', date: '2026-12-05' },
			{ session: 's2', module: 'ic-3', date: '2027-01-10' }
		];
		expect(followupsDue(attended, [], '2027-03-04')).toEqual([]);
		expect(followupsDue(attended, [], '2027-03-05').map((a) => a.module)).toEqual(['ic-1', 'ic-2']);
		const answered = [{ session: 's1', module: 'ic-1', kind: 'froid' as const }];
		expect(followupsDue(attended, answered, '2027-12-31').map((a) => a.module)).toEqual([
			'ic-2',
			'ic-3'
		]);
		// A right-after answer does not count as the follow-up.
		const chaud = [{ session: 's1', module: 'ic-2', kind: 'chaud' as const }];
		expect(followupsDue(attended, chaud, '2027-03-05').map((a) => a.module)).toContain('ic-2');
	});
});
