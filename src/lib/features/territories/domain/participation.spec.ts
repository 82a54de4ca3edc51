// The participation figures a dashboard derives from a territory's metrics.
import { describe, expect, it } from 'vitest';
import { participation } from './participation';

describe('participation', () => {
	it('reads the census, votes and feedback (the Aude slice of the server test)', () => {
		const p = participation({
			'needs.communes': 3,
			'needs.profile.A': 2,
			'needs.profile.B': 1,
			'needs.theme.energie': 3,
			'needs.theme.eau': 4,
			'consultations.votes': 3,
			'consultations.communes': 2,
			'feedback.answers': 4,
			'feedback.replies': 5,
			'feedback.satisfaction_sum': 14,
			'feedback.expected': 6,
			'projects.theme.eau': 9
		});
		expect(p).toEqual({
			censusCommunes: 3,
			profiles: [
				['A', 2],
				['B', 1],
				['C', 0]
			],
			needs: [
				['eau', 4],
				['energie', 3]
			],
			votes: 3,
			votingCommunes: 2,
			satisfaction: 3.5,
			scored: 4,
			responseRate: 0.83
		});
	});

	it('says "hidden" rather than 0 when the server masked profiles or the score', () => {
		const p = participation({ 'needs.communes': 2, 'feedback.answers': 1, 'feedback.replies': 1 });
		expect(p.profiles).toBeNull();
		expect(p.needs).toEqual([]);
		expect(p.satisfaction).toBeNull();
		expect(p.responseRate).toBeNull();
	});

	it('never shows a response rate above 100 % (late replies, rows without a seal)', () => {
		expect(participation({ 'feedback.replies': 7, 'feedback.expected': 6 }).responseRate).toBe(1);
	});
});
