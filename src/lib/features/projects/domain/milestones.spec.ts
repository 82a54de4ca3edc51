import { describe, expect, it } from 'vitest';
import { milestoneState, nextMilestone } from './milestones';
import type { Milestone } from './types';

const today = '2026-12-05';
const milestone = (fields: Partial<Milestone>): Milestone => ({
	id: 'm00000000000001',
	label: 'Réunion publique',
	date: '',
	done: false,
	...fields
});

describe('milestone state (what its label says)', () => {
	it('reads "to do by" until its day, then "late", never done while not ticked', () => {
		expect(milestoneState(milestone({ date: '2026-12-20' }), today)).toEqual({
			kind: 'due',
			due: '2026-12-20'
		});
		expect(milestoneState(milestone({ date: today }), today).kind).toBe('due');
		expect(milestoneState(milestone({ date: '2026-12-04' }), today)).toEqual({
			kind: 'late',
			due: '2026-12-04'
		});
		expect(milestoneState(milestone({ date: '' }), today)).toEqual({ kind: 'undated' });
	});

	it('reads "reached on" the day it was marked, else the day it was due', () => {
		expect(
			milestoneState(milestone({ date: '2026-11-01', done: true, doneOn: '2026-11-03' }), today)
		).toEqual({ kind: 'done', on: '2026-11-03', due: '2026-11-01' });
		expect(milestoneState(milestone({ date: '2026-11-01', done: true }), today)).toEqual({
			kind: 'done',
			due: '2026-11-01'
		});
		expect(milestoneState(milestone({ done: true, doneOn: 'not a day' }), today)).toEqual({
			kind: 'done'
		});
	});

	it('agrees with the next milestone on lateness', () => {
		const late = milestone({ date: '2026-12-01' });
		expect(nextMilestone([late], today)?.late).toBe(true);
		expect(milestoneState(late, today).kind).toBe('late');
	});
});
