import { describe, expect, it } from 'vitest';
import { sortLog } from './types';
import { validateLogEntry, validateTitle } from './validation';

describe('project validation', () => {
	it('requires a title of at most 200 characters', () => {
		expect(validateTitle('  ')).toBe('projects.errors.titleRequired');
		expect(validateTitle('a'.repeat(201))).toBe('projects.errors.titleTooLong');
		expect(validateTitle('Jardin partagé')).toBeNull();
	});

	it('requires a log text of at most 5000 characters and a valid date', () => {
		expect(validateLogEntry({ text: '', date: '2026-11-29' })).toBe(
			'projects.errors.logTextRequired'
		);
		expect(validateLogEntry({ text: 'x'.repeat(5001), date: '2026-11-29' })).toBe(
			'projects.errors.logTextTooLong'
		);
		expect(validateLogEntry({ text: 'Réunion', date: '29/11/2026' })).toBe(
			'projects.errors.logDateInvalid'
		);
		expect(validateLogEntry({ text: 'Réunion publique', date: '2026-11-29' })).toBeNull();
	});

	it('orders the log newest first', () => {
		const entry = (id: string, date: string, createdAt: number) => ({
			id,
			date,
			createdAt,
			text: id,
			author: 'u'
		});
		const sorted = sortLog([
			entry('a', '2026-01-01', 3),
			entry('b', '2026-02-01', 1),
			entry('c', '2026-02-01', 2)
		]);
		expect(sorted.map((e) => e.id)).toEqual(['c', 'b', 'a']);
	});
});
