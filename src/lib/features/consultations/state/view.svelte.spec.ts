import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import { VOTE_GRACE_MS } from '../domain/limits';
import { ConsultationComposer } from './composer.svelte';
import type { ConsultationDeps } from './deps';
import { ConsultationView } from './view.svelte';

/** Waits until `check` holds (live queries answer asynchronously). */
async function until(check: () => boolean) {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
	expect(check()).toBe(true);
}

function deps(
	db: UserDatabase,
	role: 'elu' | 'national',
	now: { value: number }
): ConsultationDeps {
	return {
		db: async () => db,
		user: () => ({ id: role === 'elu' ? 'elu1' : 'nat1', role }),
		results: async () => ({ status: 'offline' }),
		onSaved: () => {},
		now: () => now.value
	};
}

describe('a consultation on screen', () => {
	it('is opened by an organiser, voted on by an élu offline, the vote changed, one record queued', async () => {
		const now = { value: new Date('2027-03-01T09:00:00').getTime() };
		const organiserDb = new UserDatabase('nat1', new IDBFactory());
		const composer = new ConsultationComposer(
			{ spaceKind: 'national', spaceCode: '' },
			deps(organiserDb, 'national', now)
		);
		composer.draft.title = 'Quel format ?';
		composer.draft.optionsText = 'Ateliers\nVisites\nForum';
		expect(await composer.open()).toBe('');
		expect(composer.error).toMatch(/date et l’heure/);
		composer.draft.closesDate = '2027-03-15';
		const id = await composer.open();
		expect(id).toMatch(/^[a-z0-9]{15}$/);
		const row = (await organiserDb.consultations.get(id))!;

		// The élu's device received it from the server.
		const db = new UserDatabase('elu1', new IDBFactory());
		await db.consultations.put({ ...row, author: 'nat1', author_name: 'Équipe nationale' });
		const view = new ConsultationView(id, deps(db, 'elu', now));
		view.follow();
		await until(() => view.consultation !== null);
		expect([view.phase, view.canVote, view.isOrganiser]).toEqual(['open', true, false]);
		expect(await view.cast()).toBe(false);
		expect(view.error).toMatch(/au moins une réponse/);
		view.toggle('o1');
		view.toggle('o2'); // a single-choice question keeps one
		expect(view.selected).toEqual(['o2']);
		expect(await view.cast()).toBe(true);
		await until(() => view.vote?.choices[0] === 'o2');
		expect(view.vote!.standing.state).toBe('device');
		view.changing = true;
		view.toggle('o3');
		expect(await view.cast()).toBe(true);
		await until(() => view.vote?.choices[0] === 'o3');
		expect((await db.outbox.toArray()).map((e) => [e.collection, e.data?.choices])).toEqual([
			['votes', ['o3']]
		]);

		// Closed by the device's clock: no vote, and results wait for the grace period.
		now.value = new Date('2027-03-15T18:00:00').getTime() + 1;
		const closed = new ConsultationView(id, deps(db, 'elu', now));
		closed.follow();
		await until(() => closed.consultation !== null);
		expect([closed.phase, closed.canVote]).toEqual(['grace', false]);
		expect(await closed.cast()).toBe(false);
		now.value += VOTE_GRACE_MS;
		const shown = new ConsultationView(id, deps(db, 'elu', now));
		expect(await shown.publishSynthesis()).toBe(false);
		view.stop();
		closed.stop();
		db.close();
		organiserDb.close();
	});
});
