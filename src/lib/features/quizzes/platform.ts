// What the platform needs from the quizzes feature (read by the registry, src/lib/collections.ts):
// the `quiz_attempts` record collection — one row per élu × module × attempt, written once on
// the device that took the quiz, synced like progress, restored and carried in files. The server
// twin is pocketbase/pb_hooks/lib/sync/collections/quiz_attempts.js. Service-worker safe: no
// Svelte, no state, no components.
import { defineCollection } from '$lib/local/collection';

/** A stored attempt (record data of domain/quiz.ts: QuizAttemptData, plus its id). */
export interface QuizAttemptRow {
	id: string;
	updatedAt?: number;
	[field: string]: unknown;
}

declare module '$lib/local/db' {
	interface UserDatabase {
		quiz_attempts: import('dexie').EntityTable<QuizAttemptRow, 'id'>;
	}
}

export const quizAttemptsCollection = defineCollection<QuizAttemptRow>({
	name: 'quiz_attempts',
	since: 5,
	indexes: 'id, module',
	fields: ['module', 'phase', 'answers', 'score', 'total', 'taken_at'],
	restore: 'all',
	bundle: 'all',
	messages: 'quizzes',
	label: (data) => ({
		module: String(data.module ?? ''),
		score: Number(data.score ?? 0),
		total: Number(data.total ?? 0)
	})
});

export const collections = [quizAttemptsCollection];
