// "Mon engagement" on a real (fake-indexeddb) store: the élu's charter and their project, chosen
// as the header of engagement.svelte.ts says — the project their framing created, else the one
// their charter commits to, else their communes' latest — never another commune's project.
// (The next milestone follows the project through an $effect, which Node's server runtime does
// not run: the e2e home page spec shows it.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFraming } from '../domain/framing';
import { saveFraming } from '../local/framings';
import { createProject } from '../local/projects';
import { createPocketBase } from '$lib/sync/pocketbase';
import {
	FABREZAN,
	LAGRASSE,
	mayor,
	offlineSync,
	signCharter,
	UNREACHABLE
} from '../../../../../tests/helpers/state';
import { CharterBook } from '$lib/features/charters/state/charter.svelte';
import { Commitment } from './commitment.svelte';
import type { SyncState } from '$lib/state/sync.svelte';

let sync: SyncState | undefined;
const stops: (() => void)[] = [];
afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	await sync?.follow(null);
});

describe('Commitment', () => {
	it('shows the élu’s charter and the project it commits to, then the framed one', async () => {
		sync = await offlineSync(mayor);
		const store = sync.store!;
		const charters = new CharterBook({
			sync,
			user: () => mayor,
			client: () => createPocketBase(UNREACHABLE)
		});
		const engagement = new Commitment({ store: async () => store, user: () => mayor, charters });
		stops.push(engagement.follow());
		await vi.waitFor(() => expect(engagement.loaded).toBe(true));
		expect(engagement.charter).toBeUndefined();
		expect(engagement.project).toBeUndefined();
		expect(engagement.framing).toEqual({ started: false, projectId: undefined });

		const committed = await createProject(store, { title: 'Broyeur', commune: LAGRASSE.id });
		await createProject(store, { title: 'Cantine de Fabrezan', commune: FABREZAN.id });
		await createProject(store, { title: 'Verger', commune: LAGRASSE.id });
		await vi.waitFor(() => expect(engagement.project?.title).toBe('Verger'));

		const charterId = await signCharter(store, mayor, committed);
		await vi.waitFor(() => expect(engagement.charter?.row.id).toBe(charterId));
		expect(engagement.project?.title).toBe('Broyeur');

		const framed = await createProject(store, { title: 'Cantine', commune: LAGRASSE.id });
		await saveFraming(store.db, { ...emptyFraming('es-4', LAGRASSE.id), projectId: framed });
		await vi.waitFor(() => expect(engagement.project?.id).toBe(framed));
		expect(engagement.framing).toEqual({ started: true, projectId: framed });
	});
});
