// The follow-up calendar on real calendars: month ends, leap years, the daylight-saving changes
// of Europe, a year boundary, accented French months, and any time zone of the machine.
import { describe, expect, it } from 'vitest';
import type { FollowupPoint } from '$lib/domain/curriculum/types';
import { formatDate } from '$lib/i18n/index.svelte';
import { addDays, dayAtNoon, dueCheckIn, isCalendarDay } from './due';

const point = (day: number): FollowupPoint => ({
	day,
	title: `À ${day} jours`,
	checks: [],
	log: [],
	indicators: day > 30
});
const calendar = [point(365), point(30), point(90)];

describe('follow-up due days', () => {
	it('adds days across month ends, leap years and years', () => {
		expect(addDays('2027-01-31', 30)).toBe('2027-03-02');
		expect(addDays('2028-01-31', 30)).toBe('2028-03-01');
		expect(addDays('2026-11-30', 90)).toBe('2027-02-28');
		expect(addDays('2027-12-05', 365)).toBe('2028-12-04');
		expect(addDays('2026-12-05', 365)).toBe('2027-12-05');
		expect(() => addDays('2027-02-30', 1)).toThrow();
		expect(isCalendarDay('2028-02-29')).toBe(true);
		expect(isCalendarDay('2027-02-29')).toBe(false);
	});

	it('is not moved by the daylight-saving changes (last Sundays of March and October)', () => {
		expect(addDays('2026-02-27', 30)).toBe('2026-03-29');
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
		expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
		expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
		expect(addDays('2026-07-27', 90)).toBe('2026-10-25');
	});

	it('gives the same days whatever the time zone of the machine', () => {
		const saved = process.env.TZ;
		try {
			const seen = new Set<string>();
			for (const zone of ['UTC', 'Europe/Paris', 'Pacific/Auckland', 'America/Los_Angeles']) {
				process.env.TZ = zone;
				seen.add(
					[addDays('2026-03-01', 30), addDays('2026-10-01', 30), addDays('2026-12-31', 365)].join()
				);
			}
			expect([...seen]).toEqual(['2026-03-31,2026-10-31,2027-12-31']);
		} finally {
			process.env.TZ = saved;
		}
	});

	it('asks for the latest check-in reached, until a log entry on or after its due day', () => {
		const start = '2026-12-05';
		expect(dueCheckIn(start, calendar, '2027-01-03', [])).toBeNull();
		expect(dueCheckIn(start, calendar, '2027-01-04', [])?.due).toBe('2027-01-04');
		expect(dueCheckIn(start, calendar, '2027-01-04', ['2027-01-03'])?.point.day).toBe(30);
		expect(dueCheckIn(start, calendar, '2027-02-01', ['2027-01-04'])).toBeNull();
		// 90 days: 2027-03-05; an entry for the 30-day check-in does not answer it.
		const ninety = dueCheckIn(start, calendar, '2027-03-10', ['2027-01-05']);
		expect(ninety).toMatchObject({ due: '2027-03-05', point: { day: 90, indicators: true } });
		expect(dueCheckIn(start, calendar, '2027-03-10', ['2027-03-05'])).toBeNull();
		expect(dueCheckIn(start, calendar, '2027-12-05', ['2027-03-05'])?.point.day).toBe(365);
	});

	it('asks for nothing without a start, a calendar or a real day', () => {
		expect(dueCheckIn('', calendar, '2027-12-05', [])).toBeNull();
		expect(dueCheckIn('2026-12-05', [], '2027-12-05', [])).toBeNull();
		expect(dueCheckIn('2026-12-05', calendar, 'demain', [])).toBeNull();
	});

	it('reads in French with accented months, as the same day everywhere', () => {
		const saved = process.env.TZ;
		try {
			for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
				process.env.TZ = zone;
				const long = (day: string) => formatDate(dayAtNoon(day), { dateStyle: 'long' });
				expect(long(addDays('2026-11-30', 90))).toBe('28 février 2027');
				expect(long(addDays('2027-05-18', 90))).toBe('16 août 2027');
				expect(long(addDays('2026-11-05', 30))).toBe('5 décembre 2026');
			}
		} finally {
			process.env.TZ = saved;
		}
	});
});
