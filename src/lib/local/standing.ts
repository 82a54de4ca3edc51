// Where records written on this device stand with the server, from their outbox entries: only on
// this device (waiting to be sent), refused by the server (with its French reason), or held by
// the server (confirmed, or received from it). Read-only: it never changes an entry.
import type { UserDatabase } from './db';

export type RecordStanding = 'device' | 'rejected' | 'confirmed';

export interface Standing {
	state: RecordStanding;
	/** The server's reason when it refused the record's last version. */
	reason?: string;
}

/**
 * The standing of each record of `collection` among `ids` that has an outbox entry; records
 * without one (received from the server) are absent, which means confirmed.
 */
export async function standingsOf(
	db: UserDatabase,
	collection: string,
	ids: readonly string[]
): Promise<Map<string, Standing>> {
	const entries = await db.outbox
		.where('recordId')
		.anyOf([...ids])
		.filter((entry) => entry.collection === collection)
		.toArray();
	const out = new Map<string, Standing>();
	for (const id of new Set(entries.map((e) => e.recordId!))) {
		const own = entries
			.filter((e) => e.recordId === id)
			.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
		const last = own[own.length - 1]!;
		if (last.state === 'rejected') out.set(id, { state: 'rejected', reason: last.reason });
		else if (last.state === 'pending' || last.state === 'sending') out.set(id, { state: 'device' });
		else out.set(id, { state: 'confirmed' });
	}
	return out;
}
