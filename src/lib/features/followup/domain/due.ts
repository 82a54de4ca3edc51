// The one-year follow-up of a commune's project (the resource `suivi-un-an`: check-ins 30, 90
// and 365 days after the project was framed): which check-in is due on a given day, and whether
// the élu already answered it (a log entry on or after its due day). Pure calendar arithmetic on
// `YYYY-MM-DD` days, in UTC, so that no time zone and no daylight-saving change moves a due day;
// the caller turns instants into its own calendar days. No clock, no storage, no UI.
import type { FollowupPoint } from '$lib/domain/curriculum/types';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `value` is a real calendar day `YYYY-MM-DD` (not 2027-02-30). */
export function isCalendarDay(value: string): boolean {
	const match = DAY.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar day `days` after `day` (both `YYYY-MM-DD`): 2027-01-31 + 30 = 2027-03-02. */
export function addDays(day: string, days: number): string {
	if (!isCalendarDay(day)) throw new Error(`not a calendar day: ${day}`);
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A check-in that is due: the point of the calendar and its due day. */
export interface DueCheckIn {
	point: FollowupPoint;
	/** `YYYY-MM-DD`: the project's start + `point.day`. */
	due: string;
}

/**
 * The check-in to ask for on `today`: the latest point whose due day has come, unless the log
 * has an entry on or after that day (then nothing is due until the next point). Null before the
 * first point, when answered, or when the start is unknown.
 *
 * @param start the project's start (its framing), `YYYY-MM-DD`, or '' when unknown
 * @param points the follow-up calendar (any order)
 * @param today the device's calendar day
 * @param logDays the days of the project's log entries (the day written, or the day of writing)
 */
export function dueCheckIn(
	start: string,
	points: readonly FollowupPoint[],
	today: string,
	logDays: readonly string[]
): DueCheckIn | null {
	if (!isCalendarDay(start) || !isCalendarDay(today)) return null;
	const reached = points
		.filter((point) => point.day > 0)
		.map((point) => ({ point, due: addDays(start, point.day) }))
		.filter((checkIn) => checkIn.due <= today)
		.sort((a, b) => a.due.localeCompare(b.due));
	const latest = reached.at(-1);
	if (!latest) return null;
	return logDays.some((day) => isCalendarDay(day) && day >= latest.due) ? null : latest;
}

/**
 * A calendar day as noon of the device's own time zone (no `Z`: parsed as local time), so that
 * formatting it gives that same day in every time zone (noon UTC would be the next day east of
 * UTC+12).
 */
export function dayAtNoon(day: string): string {
	return `${day}T12:00:00`;
}
