import { describe, expect, it } from 'vitest';
import { pace, PROGRAMME_DEADLINE, PROGRAMME_START } from '../domain/targets';
import { paceStatus } from './pace';

const MIDWAY = (PROGRAMME_START + PROGRAMME_DEADLINE) / 2;

describe('the sentence under a target', () => {
	it('says there is no target yet for a territory with no commune counted', () => {
		expect(paceStatus(pace(0, 0, MIDWAY)).text).toContain('Pas encore d’objectif');
	});

	it('says a reached target is reached, and a late pace is late', () => {
		expect(paceStatus(pace(10, 12, MIDWAY))).toEqual({ text: 'Objectif atteint.' });
		const late = paceStatus(pace(1_000, 10, MIDWAY));
		expect(late.late).toBe(true);
		expect(late.text).toMatch(
			/^Rythme actuel : \d+ par mois\. Rythme nécessaire : \d+ par mois\.$/
		);
		expect(paceStatus(pace(100, 60, MIDWAY)).late).toBe(false);
	});
});
