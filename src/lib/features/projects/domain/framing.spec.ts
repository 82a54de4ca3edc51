import { describe, expect, it } from 'vitest';
import {
	addDays,
	emptyFraming,
	framingWarnings,
	normalizeFraming,
	projectPrefill,
	validateFraming,
	type Framing
} from './framing';
import { localDay, nextMilestone } from './milestones';
import { validateItem } from './validation';

const framed = (patch: Partial<Framing> = {}): Framing => ({
	...emptyFraming('es-4', 'commune00000001'),
	title: 'La cantine nourrie par nos fermes',
	local_problem: 'La cantine dépend d’un prestataire lointain.',
	proposed_solution: 'Un contrat avec les maraîchers du canton.',
	themes: ['resilience_alimentaire'],
	levers: ['economie_circulaire', 'communs'],
	stakeholders: [
		{ name: ' Les maraîchers ', type: 'entreprise', role: 'fournissent les légumes' },
		{ name: '', type: 'autre', role: '' }
	],
	first_step: { text: ' Appeler les maraîchers ', date: '2026-12-10' },
	...patch
});

describe('framing validation', () => {
	it('accepts a complete framing and ignores blank stakeholder rows', () => {
		expect(validateFraming(framed())).toEqual({});
	});

	it('names every missing part with a French message key', () => {
		expect(validateFraming(emptyFraming())).toEqual({
			commune: 'framing.errors.communeRequired',
			title: 'framing.errors.titleRequired',
			local_problem: 'framing.errors.textRequired',
			proposed_solution: 'framing.errors.textRequired',
			themes: 'framing.errors.tagsCount',
			levers: 'framing.errors.tagsCount',
			stakeholders: 'framing.errors.stakeholderRequired',
			first_step_text: 'framing.errors.firstStepRequired',
			first_step_date: 'framing.errors.firstStepDate'
		});
	});

	it('keeps to the canvas limits: 1–3 themes and levers, names, lengths, a real day', () => {
		const errors = validateFraming(
			framed({
				title: 'x'.repeat(201),
				themes: ['emploi', 'eau', 'energie', 'dechets'],
				levers: ['pas_un_levier'],
				stakeholders: [{ name: '', type: 'citoyens', role: 'les parents' }],
				first_step: { text: 'y'.repeat(201), date: '10/12/2026' }
			})
		);
		expect(errors).toEqual({
			title: 'framing.errors.titleTooLong',
			themes: 'framing.errors.tagsCount',
			levers: 'framing.errors.tagInvalid',
			stakeholders: 'framing.errors.stakeholderName',
			first_step_text: 'framing.errors.firstStepTooLong',
			first_step_date: 'framing.errors.firstStepDate'
		});
		expect(validateFraming(framed({ local_problem: 'z'.repeat(20_001) })).local_problem).toBe(
			'framing.errors.textTooLong'
		);
	});

	it('warns, without refusing, about a first step past or beyond 30 days', () => {
		const today = '2026-11-29';
		expect(
			framingWarnings(framed({ first_step: { text: 'a', date: '2026-12-29' } }), today)
		).toEqual([]);
		const late = framed({ first_step: { text: 'a', date: '2026-12-30' } });
		expect(framingWarnings(late, today)).toEqual(['framing.warnings.firstStepLate']);
		expect(validateFraming(late)).toEqual({});
		expect(
			framingWarnings(framed({ first_step: { text: 'a', date: '2026-11-28' } }), today)
		).toEqual(['framing.warnings.firstStepPast']);
		expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
	});
});

describe('framing storage shape', () => {
	it('reads a damaged or older row as a clean framing, keeping the project id', () => {
		const framing = normalizeFraming({
			title: 'Verger',
			themes: ['emploi', 'inconnu', 3],
			stakeholders: [{ name: 'École', type: 'martien' }, null],
			first_step: { text: 'Visiter' },
			projectId: 'abcdefghij12345',
			extra: true
		});
		expect(framing).toMatchObject({
			id: 'es-4',
			title: 'Verger',
			themes: ['emploi'],
			levers: [],
			stakeholders: [
				{ name: 'École', type: 'autre', role: '' },
				{ name: '', type: 'autre', role: '' }
			],
			first_step: { text: 'Visiter', date: '' },
			projectId: 'abcdefghij12345'
		});
		expect('extra' in framing).toBe(false);
		expect(normalizeFraming(undefined)).toEqual(emptyFraming());
	});
});

describe('project prefill', () => {
	it('turns the first step into a dated milestone and the first method step, trimmed', () => {
		const prefill = projectPrefill(framed());
		expect(prefill).toMatchObject({
			title: 'La cantine nourrie par nos fermes',
			themes: ['resilience_alimentaire'],
			levers: ['economie_circulaire', 'communs'],
			stakeholders: [
				{ name: 'Les maraîchers', type: 'entreprise', role: 'fournissent les légumes' }
			],
			milestone: { label: 'Appeler les maraîchers', date: '2026-12-10', done: false },
			method: { text: 'Appeler les maraîchers' }
		});
		// What the prefill writes passes the canvas's own checks.
		expect(validateItem('milestones', prefill.milestone)).toBeNull();
		expect(validateItem('method', prefill.method)).toBeNull();
		for (const s of prefill.stakeholders) expect(validateItem('stakeholders', s)).toBeNull();
	});
});

describe('next milestone', () => {
	const m = (id: string, date: string, done = false) => ({ id, label: id, date, done });

	it('is the first not done by date, undated last, late when its day is past', () => {
		const list = [
			m('a', ''),
			m('b', '2026-12-20'),
			m('c', '2026-11-01', true),
			m('d', '2026-12-05')
		];
		expect(nextMilestone(list, '2026-11-29')).toEqual({ milestone: list[3], late: false });
		expect(nextMilestone(list, '2026-12-06')).toEqual({ milestone: list[3], late: true });
		expect(nextMilestone([m('a', ''), m('b', '')], '2026-12-06')).toEqual({
			milestone: m('a', ''),
			late: false
		});
		expect(nextMilestone([m('c', '2026-11-01', true)], '2026-11-29')).toBeNull();
	});

	it('reads the calendar day of the device', () => {
		expect(localDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
	});
});
