import { describe, expect, it } from 'vitest';
import { draftData, draftProblem, type ConsultationDraft } from './draft';

const draft: ConsultationDraft = {
	spaceKind: 'departement',
	spaceCode: '11',
	title: '  Quel jour pour le marché ?  ',
	context: '',
	kind: 'choice',
	multiple: false,
	optionsText: 'Samedi\n\n  Dimanche  \n',
	closesDate: '2027-02-28',
	closesTime: '18:00'
};
const now = new Date('2027-02-01T10:00:00').getTime();

describe('a consultation being written', () => {
	it('becomes record data with keyed options and the closing as ISO', () => {
		expect(draftProblem(draft, now)).toBe('');
		expect(draftData(draft)).toMatchObject({
			space_kind: 'departement',
			space_code: '11',
			title: 'Quel jour pour le marché ?',
			options: [
				{ key: 'o1', label: 'Samedi' },
				{ key: 'o2', label: 'Dimanche' }
			],
			closes_at: new Date('2027-02-28T18:00:00').toISOString()
		});
	});

	it('says in French what is missing: a title, two options, a closing to come', () => {
		expect(draftProblem({ ...draft, title: ' ' }, now)).toMatch(/titre/);
		expect(draftProblem({ ...draft, optionsText: 'Samedi' }, now)).toMatch(/de 2 à 20 réponses/);
		expect(draftProblem({ ...draft, closesDate: '2027-01-31' }, now)).toMatch(/déjà passée/);
		expect(draftProblem({ ...draft, closesTime: '' }, now)).toMatch(/date et l’heure/);
		expect(draftProblem({ ...draft, kind: 'proposals', optionsText: '' }, now)).toBe('');
	});
});
