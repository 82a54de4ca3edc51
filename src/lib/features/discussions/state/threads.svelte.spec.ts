import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { UserDatabase } from '$lib/local/db';
import type { NetworkDeps } from './deps';
import { SpaceThreads } from './threads.svelte';
import { ThreadView } from './thread.svelte';

async function until(check: () => boolean) {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
	expect(check()).toBe(true);
}

describe('a space and a thread on screen', () => {
	it('refuse an empty or 100,000-character post in French, save nothing, then keep a valid one offline', async () => {
		const db = new UserDatabase('elu1', new IDBFactory());
		let saved = 0;
		const deps: NetworkDeps = { db: async () => db, user: () => 'elu1', onSaved: () => saved++ };
		const space = new SpaceThreads('departement', '11', deps);
		space.follow();
		expect(await space.publish()).toBe('');
		expect(space.error).toBe('Écrivez quelques mots avant de publier.');
		space.title = 'Broyeur partagé';
		space.body = 'x'.repeat(100_000);
		expect(await space.publish()).toBe('');
		expect(space.error).toMatch(/Votre texte fait 100.000 caractères ; il en faut 10.000 au plus/);
		expect(space.body).toHaveLength(100_000); // nothing lost: the text stays in the form
		expect(await db.outbox.count()).toBe(0);

		space.body = '<b>Qui</b> en a un ?';
		const id = await space.publish();
		expect(id).toMatch(/^[a-z0-9]{15}$/);
		expect([space.title, space.body, saved]).toEqual(['', '', 1]);
		await until(() => space.threads.length === 1);
		expect(space.threads[0]).toMatchObject({
			title: 'Broyeur partagé',
			body: '<b>Qui</b> en a un ?',
			standing: { state: 'device' }
		});

		const view = new ThreadView(id, deps);
		view.follow();
		await until(() => view.thread !== null);
		view.comments.body = 'Nous, à Fabrezan.';
		view.comments.mentions = ['11135'];
		expect(await view.comments.reply()).toMatch(/^[a-z0-9]{15}$/);
		await until(() => view.comments.replies.length === 1);
		expect(view.comments.replies[0]).toMatchObject({
			mentions: ['11135'],
			standing: { state: 'device' }
		});
		space.stop();
		view.stop();
		db.close();
	});
});
