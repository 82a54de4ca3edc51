// Dates and plurals as the app writes them in French, whatever the device's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { format, formatDate } from './index.svelte';

const zone = process.env.TZ;
afterEach(() => {
	process.env.TZ = zone;
});

describe('formatDate', () => {
	it('writes a chosen calendar day in French, the same day west and east of Greenwich', () => {
		for (const tz of ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']) {
			process.env.TZ = tz;
			expect(formatDate('2026-12-05')).toBe('5 décembre 2026');
			expect(formatDate('2027-02-01')).toBe('1 février 2027');
			expect(formatDate('2027-08-31')).toBe('31 août 2027');
		}
	});
});

describe('plurals', () => {
	it('writes "1 activité" and "3 modules", never "module(s)"', () => {
		const message =
			'{m, plural, one {# module} other {# modules}} · {a, plural, one {# activité} other {# activités}}';
		expect(format(message, { m: 3, a: 1 }, 'fr-FR')).toBe('3 modules · 1 activité');
		expect(format(message, { m: 1, a: 0 }, 'fr-FR')).toBe('1 module · 0 activité');
	});
});
