// Which project a charter commits to, on a real (fake-indexeddb) store: the signing form proposes
// the projects of the chosen commune and the framed one first; a charter is listed on a project
// only when its document is on this device, once, with its author in the history.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFraming } from '$lib/features/projects/domain/framing';
import { saveFraming } from '$lib/features/projects/local/framings';
import { createProject, readProject } from '$lib/features/projects/local/projects';
import { FABREZAN, LAGRASSE, mayor, storeOpener } from '../../../../../tests/helpers/state';
import {
	CharterProjectChoice,
	linkCharterToProject
} from '$lib/features/charters/state/charter-link.svelte';

const stores = storeOpener();
const stops: (() => void)[] = [];
afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	await stores.closeAll();
});

const elu = { ...mayor, communes: [LAGRASSE, FABREZAN] };
const link = {
	id: 'charte000000001',
	receipt: '9EQH-KDZW-ABRK',
	signedAt: '2026-12-04T10:00:00.000Z',
	signer: elu.name
};

async function setup() {
	const store = await stores.open(elu.id);
	const saved: string[] = [];
	const deps = { store: async () => store, user: () => elu, onSaved: () => saved.push('saved') };
	return { store, saved, deps };
}

describe('linkCharterToProject', () => {
	it('lists a charter once on a project of this device, and nothing on an absent one', async () => {
		const { store, saved, deps } = await setup();
		expect(await linkCharterToProject('absent000000001', link, deps)).toBe(false);
		const id = await createProject(store, { title: 'Broyeur', commune: LAGRASSE.id });

		expect(await linkCharterToProject(id, link, deps)).toBe(true);
		expect(await linkCharterToProject(id, link, deps)).toBe(true);
		expect(saved).toEqual(['saved']);
		const project = await store.docs.use(id, (doc) => readProject(id, doc));
		expect(project.history.at(-1)).toMatchObject({ author: elu.id, name: elu.name });
	});
});

describe('CharterProjectChoice', () => {
	it('proposes the projects of the chosen commune, the framed one first', async () => {
		const { store, deps } = await setup();
		const choice = new CharterProjectChoice(deps);
		stops.push(choice.follow());
		await vi.waitFor(() => expect(choice.loaded).toBe(true));
		expect(choice.forCommune(LAGRASSE.insee)).toEqual([]);
		expect(choice.defaultFor(LAGRASSE.insee)).toBe('');

		const broyeur = await createProject(store, { title: 'Broyeur', commune: LAGRASSE.id });
		const cantine = await createProject(store, { title: 'Cantine', commune: FABREZAN.id });
		await vi.waitFor(() => expect(choice.projects).toHaveLength(2));
		expect(choice.forCommune(LAGRASSE.insee).map((p) => p.id)).toEqual([broyeur]);
		expect(choice.forCommune('99999')).toEqual([]);

		await saveFraming(store.db, { ...emptyFraming('es-4', FABREZAN.id), projectId: cantine });
		await vi.waitFor(() => expect(choice.framed).toBe(cantine));
		expect(choice.defaultFor(FABREZAN.insee)).toBe(cantine);
		expect(choice.defaultFor(LAGRASSE.insee)).toBe('');
	});
});
