// Where each milestone stands (reached, to do by a day, late) and which comes next, for the
// project page and the élu's home page. Pure: no storage, no clock
// (the caller passes its own calendar day).
import type { Milestone } from './types';
import { isDay } from './validation';

/** The next milestone and whether its day is already past. */
export interface NextMilestone {
	milestone: Milestone;
	late: boolean;
}

/**
 * The first milestone not done, by date (undated ones after every dated one, in list order);
 * `late` when its day is before `today` (`YYYY-MM-DD`). Null when every milestone is done.
 */
export function nextMilestone(
	milestones: readonly Milestone[],
	today: string
): NextMilestone | null {
	const open = milestones
		.map((milestone, index) => ({ milestone, index }))
		.filter(({ milestone }) => !milestone.done)
		.sort((a, b) => {
			const da = isDay(a.milestone.date) ? a.milestone.date : '9999-99-99';
			const db = isDay(b.milestone.date) ? b.milestone.date : '9999-99-99';
			return da.localeCompare(db) || a.index - b.index;
		});
	const first = open[0]?.milestone;
	if (!first) return null;
	return { milestone: first, late: isDay(first.date) && first.date < today };
}

/** Where a milestone stands, as its label says it: reached (on a day if known), to do, late. */
export type MilestoneState =
	| { kind: 'done'; on?: string; due?: string }
	| { kind: 'due'; due: string }
	| { kind: 'late'; due: string }
	| { kind: 'undated' };

/** The state of `milestone` on calendar day `today` (`YYYY-MM-DD`). */
export function milestoneState(milestone: Milestone, today: string): MilestoneState {
	const due = isDay(milestone.date) ? milestone.date : undefined;
	if (milestone.done) {
		const on = milestone.doneOn && isDay(milestone.doneOn) ? milestone.doneOn : undefined;
		return { kind: 'done', ...(on ? { on } : {}), ...(due ? { due } : {}) };
	}
	if (!due) return { kind: 'undated' };
	return due < today ? { kind: 'late', due } : { kind: 'due', due };
}

/** The calendar day of `ms` on this device's clock and time zone, as `YYYY-MM-DD`. */
export function localDay(ms: number): string {
	const date = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
