import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '$lib/domain/curriculum/types';
import {
	finishedAttempt,
	isQuizAttemptData,
	latestResults,
	scoreAnswers,
	suggestedPhase
} from './quiz';

const question = (id: string, answer: number): QuizQuestion => ({
	id,
	question: `${id} ?`,
	choices: ['a', 'b', 'c'],
	answer,
	explanation: 'Parce que.'
});
const quiz = [question('q1', 0), question('q2', 2), question('q3', 1)];

describe('quiz rules', () => {
	it('counts right answers only; a missing or out-of-range answer is wrong', () => {
		expect(scoreAnswers(quiz, [0, 2, 1])).toBe(3);
		expect(scoreAnswers(quiz, [0, 1, 1])).toBe(2);
		expect(scoreAnswers(quiz, [0])).toBe(1);
		expect(scoreAnswers(quiz, [9, -1, 1])).toBe(1);
	});

	it('makes an attempt record that its own check accepts, and refuses broken ones', () => {
		const attempt = finishedAttempt('ic-1', 'avant', quiz, [0, 1, 1], Date.UTC(2027, 1, 28));
		expect(attempt).toEqual({
			module: 'ic-1',
			phase: 'avant',
			answers: [0, 1, 1],
			score: 2,
			total: 3,
			taken_at: '2027-02-28T00:00:00.000Z'
		});
		expect(isQuizAttemptData({ ...attempt })).toBe(true);
		expect(isQuizAttemptData({ ...attempt, score: 4 })).toBe(false);
		expect(isQuizAttemptData({ ...attempt, phase: 'pendant' })).toBe(false);
		expect(isQuizAttemptData({ ...attempt, answers: ['0', 1, 1] })).toBe(false);
		expect(isQuizAttemptData({ ...attempt, answers: [0, 1] })).toBe(false);
		expect(isQuizAttemptData({ ...attempt, module: '' })).toBe(false);
	});

	it('keeps the latest attempt of each module and phase, and suggests the next phase', () => {
		const at = (day: number) => Date.UTC(2026, 11, day);
		const results = latestResults([
			finishedAttempt('ic-1', 'avant', quiz, [0, 0, 0], at(2)),
			finishedAttempt('ic-1', 'avant', quiz, [1, 1, 0], at(1)),
			finishedAttempt('ic-1', 'apres', quiz, [0, 2, 1], at(5)),
			finishedAttempt('es-1', 'apres', quiz, [0, 2, 0], at(3))
		]);
		expect(results.get('ic-1')).toMatchObject({ before: { score: 1 }, after: { score: 3 } });
		expect(results.get('es-1')?.before).toBeUndefined();
		expect(suggestedPhase(undefined)).toBe('avant');
		expect(suggestedPhase(results.get('ic-1'))).toBe('apres');
	});
});
