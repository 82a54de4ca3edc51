// The framing form on a real (fake-indexeddb) store and real Yjs documents: the draft survives a
// new form (a reload), an incomplete framing creates nothing, a complete one creates exactly one
// project, pre-filled and named in its history, however many times "create" is pressed.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDocMetas } from '$lib/local/doc-metas';
import { loadProjectSummaries, readProject } from '../local/projects';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { FramingDraft } from './framing.svelte';

const user = {
	id: 'user00000000001',
	name: 'Lucie Ferrand',
	email: 'lucie@example.fr',
	communes: [{ id: 'commune00000001', insee: '11185', name: 'Lagrasse' }]
};

let store: LocalStore | undefined;
afterEach(async () => {
	await store?.close();
	store = undefined;
});

async function form(saved: string[] = []) {
	store ??= await openLocalStore({ userId: user.id, indexedDB: new IDBFactory() });
	const opened = store;
	const framing = new FramingDraft({
		store: async () => opened,
		user: () => user,
		onSaved: () => saved.push('saved')
	});
	await framing.load();
	return framing;
}

function fill(framing: FramingDraft) {
	Object.assign(framing.draft, {
		title: 'La cantine nourrie par nos fermes',
		local_problem: 'La cantine dépend d’un prestataire lointain.',
		proposed_solution: 'Un contrat avec les maraîchers du canton.',
		first_step: { text: 'Appeler les maraîchers', date: '2026-12-10' }
	});
	framing.toggle('themes', 'resilience_alimentaire', true);
	framing.toggle('levers', 'economie_circulaire', true);
	framing.draft.stakeholders[0]!.name = 'Les maraîchers';
	framing.draft.stakeholders[0]!.type = 'entreprise';
	framing.addStakeholder();
	framing.changed();
}

describe('FramingDraft', () => {
	it('starts on the élu’s only commune and keeps what was typed for the next form', async () => {
		const first = await form();
		expect(first.draft.commune).toBe('commune00000001');
		expect(first.draft.stakeholders).toEqual([{ name: '', type: 'autre', role: '' }]);
		first.draft.title = 'Verger communal';
		first.changed();
		expect(first.save).toBe('saving');
		await first.flush();
		expect(first.save).toBe('saved');

		const reloaded = await form();
		expect(reloaded.draft.title).toBe('Verger communal');
		expect(reloaded.projectReady).toBe(false);
	});

	it('creates nothing while the framing is incomplete, and says where', async () => {
		const framing = await form();
		expect(await framing.createProject()).toEqual({ field: 'title' });
		expect(framing.errors.themes).toBe('framing.errors.tagsCount');
		expect(await loadDocMetas(store!.db)).toEqual({});
		expect(framing.draft.projectId).toBeUndefined();
	});

	it('creates one pre-filled project, however many times it is asked', async () => {
		const saved: string[] = [];
		const framing = await form(saved);
		fill(framing);
		const [a, b] = await Promise.all([framing.createProject(), framing.createProject()]);
		expect(b).toEqual({ busy: true });
		expect(a).toEqual({ id: expect.stringMatching(/^[a-z0-9]{15}$/) });
		const id = (a as { id: string }).id;
		expect(await framing.createProject()).toEqual({ id });
		expect(framing.projectReady).toBe(true);
		expect(saved).toEqual(['saved']);

		const project = await store!.docs.use(id, (doc) => readProject(id, doc));
		expect(project).toMatchObject({
			title: 'La cantine nourrie par nos fermes',
			status: 'cadrage',
			commune: 'commune00000001',
			local_problem: 'La cantine dépend d’un prestataire lointain.',
			themes: ['resilience_alimentaire'],
			levers: ['economie_circulaire'],
			stakeholders: [{ name: 'Les maraîchers', type: 'entreprise', role: '' }],
			milestones: [{ label: 'Appeler les maraîchers', date: '2026-12-10', done: false }],
			method: [{ text: 'Appeler les maraîchers' }]
		});
		expect(new Set(project.history.map((line) => line.name))).toEqual(new Set(['Lucie Ferrand']));
		expect((await loadProjectSummaries(store!.db)).find((p) => p.id === id)).toMatchObject({
			status: 'cadrage',
			title: project.title
		});

		// A reload remembers the project: the next "create" opens it, nothing is written.
		const reloaded = await form();
		expect(reloaded.projectReady).toBe(true);
		expect(await reloaded.createProject()).toEqual({ id });
		expect(Object.keys(await loadDocMetas(store!.db))).toEqual([id]);
	});
});
