// An élu's curriculum progress on this device: marks are `progress` records written with their
// outbox entry in one transaction (local/records), so they count offline and reach the server
// with the next sync. Never talks to the network.
import { progressId, progressKey, type ProgressMark } from '$lib/domain/curriculum/progress';
import type { UserDatabase } from './db';
import { saveLocalRecord } from './records';

/** Saves a mark for `userId`; resolves once it is in IndexedDB (and queued for the server). */
export async function saveProgress(
	db: UserDatabase,
	userId: string,
	mark: ProgressMark
): Promise<void> {
	const id = await progressId(userId, mark.module, mark.activity);
	await saveLocalRecord(db, 'progress', id, {
		module: mark.module,
		activity: mark.activity ?? '',
		done: mark.done,
		done_at: mark.done ? new Date().toISOString() : ''
	});
}

/** The keys (`module` or `module/activity`) of everything marked done on this device. */
export async function doneKeys(db: UserDatabase): Promise<Set<string>> {
	const rows = await db.progress.toArray();
	return new Set(
		rows
			.filter((row) => row.done === true && typeof row.module === 'string')
			.map((row) => progressKey(row.module as string, (row.activity as string) || undefined))
	);
}
