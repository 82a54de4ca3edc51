import { describe, expect, it } from 'vitest';
import { isEluModule, toActivity, toModule, toResource } from './records';

describe('curriculum records of issue 16', () => {
	it('reads objectives with their ids, the quiz, the audience and the activity resources', () => {
		const module = toModule({
			key: 'ic-1',
			volet: 'intelligence_collective',
			audience: 'facilitateur',
			objective_items: [{ id: 'ic-1-o1', text: 'Je sais écouter' }, { text: 'sans id' }],
			quiz: [
				{ id: 'q1', question: 'Q ?', choices: ['a', 'b', 'c'], answer: 2, explanation: 'E.' },
				{ id: 'q2', question: 'Pas de bonne réponse', choices: ['a', 'b'], answer: 5 },
				{ id: 'q3', question: 'Un seul choix', choices: ['a'], answer: 0 }
			]
		});
		expect(module.audience).toBe('facilitateur');
		expect(isEluModule(module)).toBe(false);
		expect(module.objective_items).toEqual([{ id: 'ic-1-o1', text: 'Je sais écouter' }]);
		expect(module.objectives).toEqual(['Je sais écouter']);
		expect(module.quiz.map((q) => q.id)).toEqual(['q1']);
		expect(module.quiz[0]).toMatchObject({ answer: 2, choices: ['a', 'b', 'c'] });
		expect(toActivity({ key: 'x', resources: ['affiche-toronto', 3, ''] }).resources).toEqual([
			'affiche-toronto',
			'3'
		]);
	});

	it('reads content seeded before issue 16 as an élu module without quiz', () => {
		const module = toModule({ key: 'ic-1', objectives: ['Un objectif'] });
		expect(isEluModule(module)).toBe(true);
		expect(module.quiz).toEqual([]);
		expect(module.objective_items).toEqual([]);
		expect(toActivity({ key: 'x' }).resources).toEqual([]);
	});

	it('reads a resource with its kind, format and structured data, tolerant of bad fields', () => {
		const resource = toResource({
			key: 'suivi-un-an',
			kind: 'poster',
			format: 'A3',
			volet: 'nowhere',
			activities: ['es-4-premier-pas'],
			data: {
				followup: [
					{ day: 30, title: 'Premier pas', checks: ['c'], log: ['l'], indicators: false },
					{ day: 'x', title: 'sans jour' },
					{ day: 90, title: 'Élan', indicators: true }
				],
				sequence: [{ step: 1, title: 'Recensement', before: 'le volet 1', how: '…' }]
			}
		});
		expect(resource).toMatchObject({ kind: 'poster', format: 'A3', volet: 'transverse' });
		expect(resource.data.followup?.map((p) => p.day)).toEqual([30, 90]);
		expect(resource.data.followup?.[1]).toMatchObject({ checks: [], indicators: true });
		expect(resource.data.sequence?.[0]?.title).toBe('Recensement');
		const odd = toResource({ key: 'r', kind: 'affiche', format: 'A5', data: 'oops' });
		expect(odd).toMatchObject({ kind: 'text', format: 'A4', data: {}, app_text: '' });
	});
});
