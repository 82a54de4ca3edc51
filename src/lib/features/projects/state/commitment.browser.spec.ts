// The next milestone on "Mon engagement", in Chromium, where Svelte's effects run (Node's server
// runtime does not run them): it follows the élu's project as its milestones are ticked, and
// follows the élu to another project when their framing creates one. Stores live in the
// browser's IndexedDB; the sync state is the real one, offline.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyFraming } from '../domain/framing';
import { newId } from '$lib/domain/sync/ids';
import type { User } from '$lib/domain/users';
import { saveFraming } from '../local/framings';
import { addItem, createProject, readProject, updateItem } from '../local/projects';
import { openLocalStore } from '$lib/local/store';
import { deleteUserData } from '$lib/local/user-data';
import { createPocketBase } from '$lib/sync/pocketbase';
import { CharterBook } from '$lib/features/charters/state/charter.svelte';
import { Commitment } from './commitment.svelte';
import { PhotoQueue } from '$lib/features/photos/state/photos.svelte';
import { Preferences } from '$lib/state/preferences.svelte';
import { SyncState } from '$lib/state/sync.svelte';

const commune = { id: 'commune00000001', insee: '11185', name: 'Lagrasse' };
const mayor: User = {
	id: `u${newId().slice(1)}`,
	email: 'maire@example.fr',
	name: 'Lucie Ferrand',
	role: 'elu',
	communes: [commune]
};

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Commitment’s next milestone', () => {
	it('follows the ticked milestones, then the project the framing created', async () => {
		const client = () => createPocketBase('http://127.0.0.1:9');
		const sync = new SyncState({
			session: { status: 'signed-in', user: mayor, needsReauth: false },
			photos: new PhotoQueue({
				client,
				online: () => false,
				preferences: new Preferences()
			}),
			openStore: (userId) => openLocalStore({ userId }),
			client
		});
		sync.online = false;
		await sync.follow(mayor);
		cleanups.push(() => deleteUserData(mayor.id));
		cleanups.push(() => sync.follow(null));
		const store = sync.store!;

		const id = await createProject(store, { title: 'Broyeur', commune: commune.id });
		let ids: string[] = [];
		await store.docs.use(id, (doc) => {
			addItem(doc, 'milestones', { label: 'Acheter le broyeur', date: '2000-03-01', done: false });
			addItem(doc, 'milestones', { label: 'Première journée', date: '2099-05-01', done: false });
			ids = readProject(id, doc).milestones.map((m) => m.id);
		});

		const charters = new CharterBook({ sync, user: () => mayor, client });
		const engagement = new Commitment({ store: async () => store, user: () => mayor, charters });
		cleanups.push(engagement.follow());
		await expect.poll(() => engagement.next?.milestone.label).toBe('Acheter le broyeur');
		expect(engagement.next?.late).toBe(true);

		await store.docs.use(id, (doc) => updateItem(doc, 'milestones', ids[0]!, { done: true }));
		await expect.poll(() => engagement.next?.milestone.label).toBe('Première journée');
		expect(engagement.next?.late).toBe(false);

		const framed = await createProject(store, { title: 'Cantine', commune: commune.id });
		await saveFraming(store.db, { ...emptyFraming('es-4', commune.id), projectId: framed });
		await expect.poll(() => engagement.project?.id).toBe(framed);
		await expect.poll(() => engagement.next).toBeNull();
	});
});
