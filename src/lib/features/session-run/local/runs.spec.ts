// Agenda runs in a real (fake-indexeddb) user database: kept across reopening (a reload), never
// queued for the server, and a row of another agenda is not read as this one's.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { nextStep, startRun } from '../domain/run';
import { deleteRun, loadRun, saveRun } from './runs';

const agenda = [
	{ title: 'Accueil', minutes: 15 },
	{ title: 'Clôture', minutes: 15 }
];

describe('agenda runs on the device', () => {
	it('survive reopening the database, stay off the outbox, and can be forgotten', async () => {
		const factory = new IDBFactory();
		const db = new UserDatabase('facilitator1', factory);
		const run = nextStep(startRun('s1', 'ic-1', agenda, 1_800_000_000_000), 1_800_000_600_000);
		await saveRun(db, run);
		expect(await db.outbox.count()).toBe(0);
		db.close();

		const reopened = new UserDatabase('facilitator1', factory);
		expect(await loadRun(reopened, run.id, 2)).toEqual({ run, damaged: false });
		expect(await loadRun(reopened, run.id, 3)).toEqual({ run: undefined, damaged: true });
		await deleteRun(reopened, run.id);
		expect(await loadRun(reopened, run.id, 2)).toEqual({ run: undefined, damaged: false });
		reopened.close();
	});
});
