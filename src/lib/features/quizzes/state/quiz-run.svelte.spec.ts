// Taking a quiz against a real (fake-indexeddb) user database: one answer per question, its
// verdict, the score, and one attempt saved with its outbox entry.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '$lib/domain/curriculum/types';
import { UserDatabase } from '$lib/local/db';
import { loadAttempts } from '../local/attempts';
import { QuizRun } from './quiz-run.svelte';

const questions: QuizQuestion[] = [0, 1, 2].map((answer, i) => ({
	id: `q${i}`,
	question: `Question ${i} ?`,
	choices: ['a', 'b', 'c'],
	answer,
	explanation: 'Parce que.'
}));

describe('a quiz being taken', () => {
	it('checks one answer at a time, then saves the score once', async () => {
		const db = new UserDatabase('quiz-user', new IDBFactory());
		const run = new QuizRun('ic-1', questions, () => Promise.resolve(db));
		run.suggest('apres');
		run.start();
		expect(run.phase).toBe('apres');
		run.suggest('avant');
		expect(run.phase).toBe('apres');

		run.check();
		expect(run.revealed).toBe(false);
		run.choose(0);
		run.check();
		expect(run.correct).toBe(true);
		run.choose(2);
		expect(run.selected).toBe(0);
		await run.next();

		run.choose(0);
		run.check();
		expect(run.correct).toBe(false);
		await run.next();
		run.choose(2);
		run.check();
		expect(run.last).toBe(true);
		await run.next(Date.UTC(2026, 7, 15, 22, 30));

		expect(run.step).toBe('done');
		expect(run.result).toMatchObject({ score: 2, total: 3, answers: [0, 0, 2], phase: 'apres' });
		const stored = await loadAttempts(db);
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ module: 'ic-1', taken_at: '2026-08-15T22:30:00.000Z' });
		expect(await db.outbox.count()).toBe(1);
		db.close();
	});
});
