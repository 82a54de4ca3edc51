// Quiz attempts in a real (fake-indexeddb) user database: saved with their outbox entry, one new
// record per attempt, kept across reopening.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import type { QuizAttemptData } from '../domain/quiz';
import { loadAttempts, saveAttempt } from './attempts';

const attempt: QuizAttemptData = {
	module: 'ic-1',
	phase: 'avant',
	answers: [0, 2, 1, 1, 0, 3],
	score: 4,
	total: 6,
	taken_at: '2026-12-05T09:30:00.000Z'
};

describe('quiz attempts on the device', () => {
	it('are one record per attempt, queued for the server, kept after reopening', async () => {
		const factory = new IDBFactory();
		const db = new UserDatabase('user1', factory);
		const first = await saveAttempt(db, attempt);
		const second = await saveAttempt(db, { ...attempt, phase: 'apres', score: 6 });
		expect(first).toMatch(/^[a-z0-9]{15}$/);
		expect(second).not.toBe(first);
		const queued = await db.outbox.toArray();
		expect(queued.map((entry) => [entry.collection, entry.recordId, entry.state])).toEqual([
			['quiz_attempts', first, 'pending'],
			['quiz_attempts', second, 'pending']
		]);
		expect(queued[0]!.data).toEqual(attempt);
		db.close();

		const reopened = new UserDatabase('user1', factory);
		const stored = await loadAttempts(reopened);
		expect(stored.map((a) => [a.phase, a.score])).toEqual(
			expect.arrayContaining([
				['avant', 4],
				['apres', 6]
			])
		);
		reopened.close();
	});

	it('refuses an attempt whose score does not fit, and skips rows that do not read', async () => {
		const db = new UserDatabase('user2', new IDBFactory());
		await expect(saveAttempt(db, { ...attempt, score: 7 })).rejects.toThrow();
		await db.quiz_attempts.put({ id: 'broken000000000', module: 'ic-1', phase: 'avant' });
		expect(await loadAttempts(db)).toEqual([]);
		expect(await db.outbox.count()).toBe(0);
		db.close();
	});
});
