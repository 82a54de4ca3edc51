import { describe, expect, it } from 'vitest';
import {
	authorNames,
	groupHistory,
	HISTORY_COALESCE_MS,
	needsHistoryLine,
	parseNumber,
	sortHistory,
	summaryOf
} from './canvas';
import {
	parseAmount,
	parseMeasurement,
	validateItem,
	validateTags,
	validateText
} from './validation';
import { isProjectStatus, type ProjectHistoryEntry } from './types';

describe('project canvas rules', () => {
	it('refuses a 100,000-character paste in a text field', () => {
		expect(validateText('x'.repeat(100_000))).toBe('projects.errors.textTooLong');
		expect(validateText('x'.repeat(20_000))).toBeNull();
	});

	it('reads numbers typed the French way and refuses what is not a number', () => {
		expect(parseNumber('1 234,5')).toBe(1234.5);
		expect(parseNumber('12\u202f000 €')).toBe(12000);
		expect(parseNumber('-3')).toBe(-3);
		expect(parseNumber('12.5')).toBe(12.5);
		for (const bad of ['', 'douze', '12,5,3', '1e5', '12 kg', 'NaN'])
			expect(parseNumber(bad)).toBeNull();
		expect(parseMeasurement({ date: '2026-11-29', value: 'beaucoup' })).toEqual({
			error: 'projects.errors.numberInvalid'
		});
		expect(parseMeasurement({ date: '29/11/2026', value: '3' })).toEqual({
			error: 'projects.errors.dateInvalid'
		});
		expect(parseMeasurement({ date: '2026-11-29', value: '3,5' })).toEqual({
			date: '2026-11-29',
			value: 3.5
		});
		expect(parseAmount('')).toEqual({ amount: null });
		expect(parseAmount('12 000,50')).toEqual({ amount: 12000.5 });
		expect(parseAmount('-5')).toEqual({ error: 'projects.errors.amountInvalid' });
		expect(parseAmount('cher')).toEqual({ error: 'projects.errors.amountInvalid' });
	});

	it('checks list items field by field', () => {
		expect(validateItem('stakeholders', { name: '', type: 'etat', role: '' })).toBe(
			'projects.errors.nameRequired'
		);
		expect(validateItem('stakeholders', { type: 'banque' as never })).toBe(
			'projects.errors.typeInvalid'
		);
		expect(validateItem('stakeholders', { role: 'r'.repeat(1001) })).toBe(
			'projects.errors.lineTooLong'
		);
		expect(validateItem('milestones', { label: 'Réunion', date: '2026-02-30x', done: false })).toBe(
			'projects.errors.dateInvalid'
		);
		expect(validateItem('milestones', { label: 'Réunion', date: '', done: false })).toBeNull();
		expect(
			validateItem('indicators', { name: 'Récolte', unit: 'kg', baseline: NaN, target: 1 })
		).toBe('projects.errors.numberInvalid');
		expect(validateItem('method', { text: '  ' })).toBe('projects.errors.nameRequired');
		expect(validateTags('themes', ['eau', 'emploi'])).toBeNull();
		expect(validateTags('levers', ['eau'])).toBe('projects.errors.tagInvalid');
	});

	it('keeps reading the first statuses', () => {
		for (const status of [
			'idee',
			'cadrage',
			'lance',
			'en_cours',
			'realise',
			'abandonne',
			'suspendu'
		]) {
			expect(isProjectStatus(status)).toBe(true);
		}
		expect(isProjectStatus('termine')).toBe(false);
	});

	it('summarises the local problem on one line, cut at a word', () => {
		expect(summaryOf({ local_problem: ' Des friches\n\nen bourg ', description: 'x' })).toBe(
			'Des friches en bourg'
		);
		expect(summaryOf({ local_problem: '', description: 'Une chaufferie' })).toBe('Une chaufferie');
		const long = summaryOf({ local_problem: 'mot '.repeat(400), description: '' });
		expect(long.length).toBeLessThanOrEqual(500);
		expect(long.endsWith('mot…')).toBe(true);
	});

	it('makes one history line per person and part within a few minutes', () => {
		const line = { author: 'a', name: 'A', at: 1_000_000, section: 'milestones' as const };
		expect(needsHistoryLine([], line)).toBe(true);
		expect(needsHistoryLine([line], { ...line, at: line.at + 60_000 })).toBe(false);
		expect(needsHistoryLine([line], { ...line, at: line.at + HISTORY_COALESCE_MS })).toBe(true);
		expect(needsHistoryLine([line], { ...line, section: 'budget' })).toBe(true);
		expect(
			needsHistoryLine([line, { ...line, section: 'budget' }], { ...line, at: line.at + 1 })
		).toBe(true);
		expect(needsHistoryLine([line, { ...line, author: 'b' }], { ...line, at: line.at + 1 })).toBe(
			false
		);
		expect(
			sortHistory([line, { ...line, at: 5 }, { ...line, at: 2_000_000 }]).map((l) => l.at)
		).toEqual([2_000_000, 1_000_000, 5]);
	});
});

describe('authorNames', () => {
	it('names each author as their latest history line does', () => {
		const line = (author: string, name: string, at: number) =>
			({ author, name, at, section: 'log' }) as const;
		expect(
			authorNames([
				line('u2', 'Paul Martin', 5),
				line('u1', 'M. Durand', 9),
				line('u1', 'Marie Durand', 3)
			])
		).toEqual({ u1: 'M. Durand', u2: 'Paul Martin' });
		expect(authorNames([])).toEqual({});
	});
});

describe('groupHistory (who changed what, in bursts)', () => {
	const line = (author: string, at: number, section: ProjectHistoryEntry['section']) => ({
		author,
		name: author === 'a' ? 'Claire Martin' : 'Karim Benali',
		at,
		section
	});
	const minute = 60_000;

	it('makes one line of a creation and of a session of edits by one person', () => {
		const history = sortHistory([
			line('a', 0, 'title'),
			line('a', 10, 'status'),
			line('a', 20, 'local_problem'),
			line('a', 30, 'title'),
			line('a', 9 * minute, 'milestones')
		]);
		const bursts = groupHistory(history);
		expect(bursts).toHaveLength(1);
		expect(bursts[0]).toMatchObject({ author: 'a', at: 9 * minute, from: 0 });
		expect(bursts[0]!.sections).toEqual(['status', 'local_problem', 'title', 'milestones']);
	});

	it('starts a new line for another person or after a pause of more than 10 minutes', () => {
		const history = sortHistory([
			line('a', 0, 'title'),
			line('b', minute, 'indicators'),
			line('a', 2 * minute, 'budget'),
			line('a', 13 * minute, 'log')
		]);
		expect(groupHistory(history).map((b) => [b.author, b.sections])).toEqual([
			['a', ['log']],
			['a', ['budget']],
			['b', ['indicators']],
			['a', ['title']]
		]);
	});
});
