// Framing drafts in a real (fake-indexeddb) user database: kept across reopening (a reload, a
// killed tab), cleaned when read, and never losing the project they created.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyFraming } from '../domain/framing';
import { UserDatabase } from '$lib/local/db';
import { countUnsentDrafts, loadFraming, rememberFramingProject, saveFraming } from './framings';

describe('framing drafts', () => {
	it('survive closing the database, as typed', async () => {
		const factory = new IDBFactory();
		const db = new UserDatabase('user1', factory);
		expect(await loadFraming(db, 'es-4')).toBeUndefined();
		await saveFraming(db, {
			...emptyFraming('es-4', 'commune00000001'),
			title: 'Verger communal',
			themes: ['resilience_alimentaire'],
			stakeholders: [{ name: 'École', type: 'collectivite', role: '' }],
			first_step: { text: 'Réunir les parents', date: '2026-12-12' }
		});
		db.close();

		const reopened = new UserDatabase('user1', factory);
		const draft = await loadFraming(reopened, 'es-4');
		expect(draft).toMatchObject({
			commune: 'commune00000001',
			title: 'Verger communal',
			themes: ['resilience_alimentaire'],
			stakeholders: [{ name: 'École', type: 'collectivite', role: '' }],
			first_step: { text: 'Réunir les parents', date: '2026-12-12' }
		});
		expect(draft!.updatedAt).toBeGreaterThan(0);
		expect(draft!.projectId).toBeUndefined();
		// A draft is not a record: nothing waits for the server.
		expect(await reopened.outbox.count()).toBe(0);
		reopened.close();
	});

	it('never forgets the project it created, even when a stale save lands after', async () => {
		const db = new UserDatabase('user2', new IDBFactory());
		const stale = { ...emptyFraming(), title: 'Cantine' };
		await saveFraming(db, stale);
		await rememberFramingProject(db, 'es-4', 'abcdefghij12345');
		await saveFraming(db, { ...stale, title: 'Cantine locale' });
		expect(await loadFraming(db, 'es-4')).toMatchObject({
			title: 'Cantine locale',
			projectId: 'abcdefghij12345'
		});
		await expect(rememberFramingProject(db, 'autre', 'abcdefghij12345')).rejects.toThrow();
		db.close();
	});

	it('counts the drafts that exist on this device only (no project yet)', async () => {
		const db = new UserDatabase('user4', new IDBFactory());
		expect(await countUnsentDrafts(db)).toBe(0);
		await saveFraming(db, { ...emptyFraming(), title: 'Cantine' });
		expect(await countUnsentDrafts(db)).toBe(1);
		await rememberFramingProject(db, 'es-4', 'abcdefghij12345');
		expect(await countUnsentDrafts(db)).toBe(0);
		db.close();
	});

	it('reads a damaged row as a clean draft', async () => {
		const db = new UserDatabase('user3', new IDBFactory());
		await db.framings.put({ id: 'es-4', title: 42, themes: ['eau', 'mars'] } as never);
		expect(await loadFraming(db, 'es-4')).toMatchObject({ title: '', themes: ['eau'] });
		db.close();
	});
});
