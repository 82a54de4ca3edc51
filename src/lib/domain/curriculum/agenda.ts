// A module's agenda as a timeline: when each sequence starts, relative to the start of the
// module (0:00, 0:15, …), and whether the sequences add up to the module's duration. Pure
// arithmetic on minutes; never formats for a language other than the `h:mm` clock.
import type { AgendaItem } from './types';

/** One sequence placed on the timeline. */
export interface TimelineStep extends AgendaItem {
	/** Position in the agenda, from 0. */
	index: number;
	/** Minutes from the start of the module. */
	startMin: number;
	/** `startMin + minutes`. */
	endMin: number;
}

/** The agenda placed on a timeline, with its total. */
export interface Timeline {
	steps: TimelineStep[];
	totalMin: number;
}

/** Minutes as a clock relative to the start: 0 → `0:00`, 75 → `1:15`, 180 → `3:00`. */
export function formatClock(minutes: number): string {
	const whole = Math.max(0, Math.round(minutes));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Hours and remaining minutes of a duration: 195 → `{ hours: 3, minutes: 15 }`. */
export function splitDuration(minutes: number): { hours: number; minutes: number } {
	const whole = Math.max(0, Math.round(minutes));
	return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/**
 * Places each sequence after the previous one. A sequence with a negative or non-numeric
 * duration counts as zero minutes, so one bad entry never shifts the rest into nonsense.
 */
export function agendaTimeline(agenda: readonly AgendaItem[]): Timeline {
	let clock = 0;
	const steps = agenda.map((item, index) => {
		const minutes = Number.isFinite(item.minutes) && item.minutes > 0 ? item.minutes : 0;
		const step: TimelineStep = {
			...item,
			minutes,
			index,
			startMin: clock,
			endMin: clock + minutes
		};
		clock += minutes;
		return step;
	});
	return { steps, totalMin: clock };
}

/** Tolerance of the programme's rule: a module's sequences add up to its duration ±10 min. */
export const AGENDA_TOLERANCE_MIN = 10;

/** Whether the agenda adds up to `durationMin` within {@link AGENDA_TOLERANCE_MIN}. */
export function agendaFitsDuration(agenda: readonly AgendaItem[], durationMin: number): boolean {
	return Math.abs(agendaTimeline(agenda).totalMin - durationMin) <= AGENDA_TOLERANCE_MIN;
}
