// An élu's quiz attempts on this device: each finished quiz is one `quiz_attempts` record,
// written with its outbox entry in one transaction (local/records), so it counts offline and
// reaches the server with the next sync. Attempts are never edited: a new try is a new record.
// Never talks to the network.
import { newId } from '$lib/domain/sync/ids';
import type { UserDatabase } from '$lib/local/db';
import { saveLocalRecord } from '$lib/local/records';
import { isQuizAttemptData, type QuizAttempt, type QuizAttemptData } from '../domain/quiz';

/**
 * Saves a finished attempt under a new id and queues it for the server; resolves with the id
 * once both are in IndexedDB.
 */
export async function saveAttempt(db: UserDatabase, attempt: QuizAttemptData): Promise<string> {
	if (!isQuizAttemptData({ ...attempt })) throw new Error('not a finished quiz attempt');
	const id = newId();
	await saveLocalRecord(db, 'quiz_attempts', id, { ...attempt });
	return id;
}

/** Every attempt stored on this device (written here or pulled), rows that do not read skipped. */
export async function loadAttempts(db: UserDatabase): Promise<QuizAttempt[]> {
	const rows = await db.quiz_attempts.toArray();
	return rows
		.filter((row) => isQuizAttemptData(row))
		.map((row) => ({
			id: row.id,
			module: row.module as string,
			phase: row.phase as QuizAttempt['phase'],
			answers: row.answers as number[],
			score: row.score as number,
			total: row.total as number,
			// Pulled rows carry PocketBase's format (`2026-12-05 09:30:00.000Z`): one format sorts.
			taken_at: new Date(Date.parse(row.taken_at as string)).toISOString()
		}));
}
