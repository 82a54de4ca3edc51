// The territory summaries kept on this device (device table `territorySummaries`): the last
// answer read for each territory, so the dashboard opens offline with the date of its figures.
// Keeps at most KEEP summaries (the oldest read go first). Never talks to the network.
import type { UserDatabase } from '$lib/local/db';
import {
	readSummary,
	summaryKey,
	type TerritoryKind,
	type TerritorySummary
} from '../domain/summary';

/** Summaries kept per user on a device (a département with its EPCI and a few communes). */
export const KEEP = 40;

export interface KeptSummary {
	summary: TerritorySummary;
	fetchedAt: number;
}

/** The kept summary of (kind, code), or null (none, or unreadable). */
export async function loadSummary(
	db: UserDatabase,
	kind: TerritoryKind,
	code: string
): Promise<KeptSummary | null> {
	const row = await db.territorySummaries.get(summaryKey(kind, code));
	const summary = row ? readSummary(row.summary) : null;
	return row && summary ? { summary, fetchedAt: row.fetchedAt } : null;
}

/** Keeps `summary` (read at `fetchedAt`), dropping the oldest beyond KEEP; resolves once stored. */
export async function saveSummary(
	db: UserDatabase,
	summary: TerritorySummary,
	fetchedAt: number
): Promise<void> {
	await db.transaction('rw', db.territorySummaries, async () => {
		await db.territorySummaries.put({
			key: summaryKey(summary.kind, summary.code),
			summary,
			fetchedAt
		});
		const count = await db.territorySummaries.count();
		if (count > KEEP) {
			const oldest = await db.territorySummaries
				.orderBy('fetchedAt')
				.limit(count - KEEP)
				.primaryKeys();
			await db.territorySummaries.bulkDelete(oldest);
		}
	});
}
