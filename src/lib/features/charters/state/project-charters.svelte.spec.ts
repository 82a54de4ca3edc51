// The charters that commit to one project, on a real (fake-indexeddb) store: a charter sealed with
// the project shows on its page; a charter signed "for later" is offered as a candidate, and once
// linked from the page it is listed by the project document and no longer offered.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProject } from '$lib/features/projects/local/projects';
import { createPocketBase } from '$lib/sync/pocketbase';
import {
	deputy,
	LAGRASSE,
	mayor,
	offlineSync,
	signature,
	signCharter,
	UNREACHABLE
} from '../../../../../tests/helpers/state';
import { linkCharterToProject } from '$lib/features/charters/state/charter-link.svelte';
import { CharterBook, CharterSigning } from '$lib/features/charters/state/charter.svelte';
import { ProjectCharterLinks } from '$lib/features/charters/state/project-charters.svelte';
import type { SyncState } from '$lib/state/sync.svelte';

let sync: SyncState | undefined;
const stops: (() => void)[] = [];
afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	await sync?.follow(null);
});

describe('ProjectCharterLinks', () => {
	it('shows sealed and listed charters, and links a charter signed for later', async () => {
		sync = await offlineSync(mayor);
		const store = sync.store!;
		const client = () => createPocketBase(UNREACHABLE);
		const charters = new CharterBook({ sync, user: () => mayor, client });
		const linkDeps = { store: async () => store, user: () => mayor, onSaved: () => undefined };
		const commitment = new ProjectCharterLinks({
			store: async () => store,
			user: () => mayor,
			charters,
			link: (projectId, link) => linkCharterToProject(projectId, link, linkDeps)
		});
		const project = await createProject(store, { title: 'Broyeur', commune: LAGRASSE.id });
		const later = await signCharter(store, mayor);
		stops.push(commitment.follow(project, LAGRASSE.id));
		await vi.waitFor(() => expect(commitment.candidates.map((c) => c.row.id)).toEqual([later]));
		expect(commitment.links).toEqual([]);

		expect(await commitment.link(commitment.candidates[0]!)).toBe(true);
		await vi.waitFor(() => expect(commitment.links.map((l) => l.id)).toEqual([later]));
		expect(commitment.candidates).toEqual([]);
		expect(commitment.links[0]).toMatchObject({ signer: mayor.name });
		expect(commitment.links[0]!.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	});

	it('shows a charter sealed with the project even when the project does not list it', async () => {
		sync = await offlineSync(deputy);
		const store = sync.store!;
		const client = () => createPocketBase(UNREACHABLE);
		const charters = new CharterBook({ sync, user: () => deputy, client });
		const project = await createProject(store, { title: 'Verger', commune: LAGRASSE.id });
		// Listing it on the project failed at signing: the sealed project id still names it.
		const signing = new CharterSigning({
			db: async () => store.db,
			linkProject: async () => {
				throw new Error('project store unavailable');
			}
		});
		signing.prefill(deputy);
		signing.signature = signature();
		signing.consent = true;
		signing.projectId = project;
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(await signing.sign()).toBeUndefined();
		logged.mockRestore();

		const commitment = new ProjectCharterLinks({
			store: async () => store,
			user: () => deputy,
			charters,
			link: async () => false
		});
		stops.push(commitment.follow(project, LAGRASSE.id));
		await vi.waitFor(() => expect(commitment.links.map((l) => l.id)).toEqual([signing.signedId]));
		expect(commitment.candidates).toEqual([]);
	});
});
