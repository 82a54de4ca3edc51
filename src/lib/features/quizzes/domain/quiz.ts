// A module's quiz as an élu takes it, before and after the module: the attempt record (one per
// élu × module × attempt), its score, and what the élu's progress shows ("4/6 avant, 6/6 après").
// Pure rules: no storage, no clock (callers pass the time), no UI.
import type { QuizQuestion } from '$lib/domain/curriculum/types';

/** When the quiz is taken: before the module (`avant`) or after it (`apres`). */
export const QUIZ_PHASES = ['avant', 'apres'] as const;
export type QuizPhase = (typeof QUIZ_PHASES)[number];

/** Bounds the server enforces too. → pocketbase/pb_hooks/lib/limits.js: QUIZ */
export const QUIZ_LIMITS = {
	/** Questions in one attempt (the content has 5 to 8). */
	maxQuestions: 20,
	/** A module key's length. */
	moduleMax: 100
} as const;

/** One attempt, as stored and synced (record data of the `quiz_attempts` collection). */
export interface QuizAttemptData {
	/** The module's key. */
	module: string;
	phase: QuizPhase;
	/** The index of the chosen choice, one per question, in the quiz's order. */
	answers: number[];
	/** How many answers were right. */
	score: number;
	/** How many questions the quiz had. */
	total: number;
	/** When it was finished, ISO 8601 in UTC. */
	taken_at: string;
}

/** A stored attempt: its record id and data. */
export interface QuizAttempt extends QuizAttemptData {
	id: string;
}

/** The number of right answers; a missing or out-of-range answer counts as wrong. */
export function scoreAnswers(
	questions: readonly QuizQuestion[],
	answers: readonly number[]
): number {
	return questions.filter((question, index) => answers[index] === question.answer).length;
}

/** The attempt data of a finished quiz. */
export function finishedAttempt(
	module: string,
	phase: QuizPhase,
	questions: readonly QuizQuestion[],
	answers: readonly number[],
	/** When it was finished, ms since epoch. */
	now: number
): QuizAttemptData {
	return {
		module,
		phase,
		answers: [...answers],
		score: scoreAnswers(questions, answers),
		total: questions.length,
		taken_at: new Date(now).toISOString()
	};
}

/** Whether `value` is the record data of an attempt (as read back from storage or a file). */
export function isQuizAttemptData(value: Record<string, unknown>): boolean {
	const { module, phase, answers, score, total, taken_at } = value;
	return (
		typeof module === 'string' &&
		module.length > 0 &&
		module.length <= QUIZ_LIMITS.moduleMax &&
		QUIZ_PHASES.includes(phase as QuizPhase) &&
		Number.isInteger(total) &&
		(total as number) >= 1 &&
		(total as number) <= QUIZ_LIMITS.maxQuestions &&
		Number.isInteger(score) &&
		(score as number) >= 0 &&
		(score as number) <= (total as number) &&
		Array.isArray(answers) &&
		answers.length === total &&
		answers.every((answer) => Number.isInteger(answer) && answer >= 0) &&
		typeof taken_at === 'string' &&
		!Number.isNaN(Date.parse(taken_at))
	);
}

/** A score to show: the right answers out of the questions. */
export interface QuizScore {
	score: number;
	total: number;
	taken_at: string;
}

/** An élu's latest score of one module, before and after. */
export interface ModuleQuizResult {
	module: string;
	before?: QuizScore;
	after?: QuizScore;
}

/**
 * The latest attempt of each module and phase (an élu may take the quiz again: the last one
 * counts), by module key.
 */
export function latestResults(attempts: readonly QuizAttemptData[]): Map<string, ModuleQuizResult> {
	const results = new Map<string, ModuleQuizResult>();
	for (const attempt of attempts) {
		const result = results.get(attempt.module) ?? { module: attempt.module };
		const side = attempt.phase === 'avant' ? 'before' : 'after';
		const previous = result[side];
		if (!previous || previous.taken_at < attempt.taken_at) {
			result[side] = { score: attempt.score, total: attempt.total, taken_at: attempt.taken_at };
		}
		results.set(attempt.module, result);
	}
	return results;
}

/** The phase to offer first: before the module until it was taken before, then after. */
export function suggestedPhase(result: ModuleQuizResult | undefined): QuizPhase {
	return result?.before ? 'apres' : 'avant';
}
