// Kept territory summaries in a real (fake-indexeddb) user database: what was read is there after
// reopening (offline), an unreadable row is ignored, and only the KEEP most recent stay.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { readSummary } from '../domain/summary';
import { KEEP, loadSummary, saveSummary } from './summaries';

const summary = (code: string) =>
	readSummary({
		kind: 'departement',
		code,
		name: `Dép. ${code}`,
		computedAt: 1_796_486_259_993,
		figures: { projects: 3 }
	})!;

describe('kept territory summaries', () => {
	it('are read back after reopening, with the time they were fetched', async () => {
		const factory = new IDBFactory();
		const db = new UserDatabase('coord', factory);
		await saveSummary(db, summary('11'), 1000);
		db.close();
		const reopened = new UserDatabase('coord', factory);
		const kept = await loadSummary(reopened, 'departement', '11');
		expect(kept).toEqual({ summary: summary('11'), fetchedAt: 1000 });
		expect(await loadSummary(reopened, 'departement', '34')).toBeNull();
		await reopened.territorySummaries.put({
			key: 'departement:99',
			summary: { nope: true },
			fetchedAt: 1
		});
		expect(await loadSummary(reopened, 'departement', '99')).toBeNull();
		reopened.close();
	});

	it(`keeps the ${KEEP} most recently read`, async () => {
		const db = new UserDatabase('coord', new IDBFactory());
		for (let i = 0; i < KEEP + 5; i++) await saveSummary(db, summary(String(10 + i)), 1000 + i);
		expect(await db.territorySummaries.count()).toBe(KEEP);
		expect(await loadSummary(db, 'departement', '10')).toBeNull();
		expect(await loadSummary(db, 'departement', String(10 + KEEP + 4))).not.toBeNull();
		db.close();
	});
});
