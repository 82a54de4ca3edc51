// The feedback answers on this device: saved with their outbox entry in one transaction (so an
// answer counts once it is in IndexedDB and reaches the server with the next sync), and read
// back for the three-month follow-up. Never talks to the network.
import { newId } from '$lib/domain/sync/ids';
import type { UserDatabase } from '$lib/local/db';
import { saveLocalRecord } from '$lib/local/records';
import type { FeedbackData } from '../domain/feedback';

/** Saves a new answer and queues it; resolves with its id once both are in IndexedDB. */
export async function saveFeedback(db: UserDatabase, data: FeedbackData): Promise<string> {
	const id = newId();
	await saveLocalRecord(db, 'session_feedback', id, { ...data });
	return id;
}

/** Every answer this device holds (its own, pulled back from the server, or typed here). */
export async function loadFeedback(db: UserDatabase): Promise<(FeedbackData & { id: string })[]> {
	return (await db.session_feedback.toArray()) as unknown as (FeedbackData & { id: string })[];
}
