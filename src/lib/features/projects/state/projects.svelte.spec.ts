// The project list and editor on a real (fake-indexeddb) store and real Yjs documents: the list
// shows the élu's communes only and refuses an empty title; the editor says "saved" once a change
// is in IndexedDB, names its author in the history, keeps the summary in step, refuses a value
// that fails validation without touching the document, saves log photos before the entry that
// shows them, and tells each change's sync state.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEXT_FIELD_MAX } from '../domain/validation';
import type { User } from '$lib/domain/users';
import { entriesIn, setState } from '$lib/local/outbox';
import { loadProjectSummaries } from '../local/projects';
import type { LocalStore } from '$lib/local/store';
import { FABREZAN, LAGRASSE, mayor, storeOpener } from '../../../../../tests/helpers/state';
import { ProjectEditor, ProjectList } from './projects.svelte';

const stores = storeOpener();
const stops: (() => unknown)[] = [];
afterEach(async () => {
	for (const stop of stops.splice(0)) await stop();
	await stores.closeAll();
});

async function setup(user: User = mayor) {
	const store = await stores.open(user.id);
	const saved: string[] = [];
	const deps = { store: async () => store, user: () => user, onSaved: () => saved.push('saved') };
	return { store, saved, deps };
}

async function editorOf(store: LocalStore, deps: ConstructorParameters<typeof ProjectEditor>[0]) {
	const list = new ProjectList(deps);
	const created = await list.create('Verger communal', LAGRASSE.id);
	const editor = new ProjectEditor(deps);
	stops.push(() => editor.close());
	await editor.open((created as { id: string }).id);
	return editor;
}

describe('ProjectList', () => {
	it('lists the projects of the élu’s communes, newest first, and refuses an empty title', async () => {
		const { store, saved, deps } = await setup();
		const list = new ProjectList(deps);
		stops.push(list.follow());
		expect(await list.create('   ', LAGRASSE.id)).toEqual({
			error: 'projects.errors.titleRequired'
		});
		expect(saved).toEqual([]);

		await list.create('Broyeur partagé', LAGRASSE.id);
		await list.create('Cantine de Fabrezan', FABREZAN.id);
		await list.create('Verger communal', LAGRASSE.id);
		expect(saved).toEqual(['saved', 'saved', 'saved']);
		await vi.waitFor(() => expect(list.items).toHaveLength(2));
		expect(list.loaded).toBe(true);
		expect(list.items.map((p) => p.title)).toEqual(['Verger communal', 'Broyeur partagé']);
		expect(await loadProjectSummaries(store.db)).toHaveLength(3);
	});
});

describe('ProjectEditor', () => {
	it('says a project is missing when its document is not on this device', async () => {
		const { deps } = await setup();
		const editor = new ProjectEditor(deps);
		await editor.open('absent000000001');
		expect(editor.status).toBe('missing');
		expect(editor.project).toBeNull();
	});

	it('saves a change, names its author and keeps the summary in step', async () => {
		const { store, saved, deps } = await setup();
		const editor = await editorOf(store, deps);
		expect(editor.status).toBe('ready');
		saved.length = 0;

		expect(await editor.setTitle('Verger et rucher communal')).toBeNull();
		expect(editor.save).toBe('saved');
		await editor.setStatus('cadrage');
		expect(editor.project).toMatchObject({ title: 'Verger et rucher communal', status: 'cadrage' });
		expect(saved).toEqual(['saved', 'saved']);
		const [summary] = await loadProjectSummaries(store.db);
		expect(summary).toMatchObject({ title: 'Verger et rucher communal', status: 'cadrage' });
		expect(editor.history.map((line) => [line.section, line.name])).toEqual(
			expect.arrayContaining([
				['title', mayor.name],
				['status', mayor.name]
			])
		);
		expect(editor.authors[mayor.id]).toBe(mayor.name);
	});

	it('refuses a value that fails validation and leaves the document as it was', async () => {
		const { store, deps } = await setup();
		const editor = await editorOf(store, deps);
		expect(editor.editText('local_problem', 'Des parcelles en friche')).toBeNull();
		await vi.waitFor(() => expect(editor.save).toBe('saved'));
		expect(editor.editText('local_problem', 'x'.repeat(TEXT_FIELD_MAX + 1))).toBe(
			'projects.errors.textTooLong'
		);
		expect(await editor.setTitle('')).toBe('projects.errors.titleRequired');
		expect(
			await editor.addIndicator({
				name: 'Tonnes broyées',
				unit: 't',
				baseline: 'beaucoup',
				target: ''
			})
		).toBe('projects.errors.numberInvalid');
		expect(await editor.addFunder({ name: 'Région', amount: 'mille' })).toBe(
			'projects.errors.amountInvalid'
		);
		expect(editor.project).toMatchObject({
			title: 'Verger communal',
			local_problem: 'Des parcelles en friche',
			indicators: [],
			funders: []
		});

		expect(await editor.addFunder({ name: 'Région', amount: '12 000' })).toBeNull();
		expect(editor.project?.funders).toMatchObject([{ name: 'Région', amount: 12000 }]);
	});

	it('saves log photos with their entry and tells each change’s sync state', async () => {
		const { store, deps } = await setup();
		const editor = await editorOf(store, deps);
		const photo = {
			bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
			mime: 'image/jpeg' as const,
			width: 1600,
			height: 1200,
			originalBytes: 4_000_000
		};
		expect(
			await editor.addLog({ date: '2026-12-04', text: 'Premier broyage' }, [photo])
		).toBeNull();
		const [entry] = editor.project!.log;
		expect(entry).toMatchObject({ text: 'Premier broyage', author: mayor.id });
		expect(entry!.photos).toHaveLength(1);
		const photoId = entry!.photos![0]!.id;
		await vi.waitFor(() => expect(editor.photos?.bytes[photoId]).toEqual(photo.bytes));
		expect(editor.photos?.rows[photoId]).toMatchObject({ entryId: entry!.id, state: 'pending' });
		await vi.waitFor(() => expect(editor.entryStates[entry!.id]).toBe('device'));
		expect(editor.docState).toBe('device');

		const entries = await entriesIn(store.db, ['pending']);
		await setState(
			store.db,
			entries.map((e) => e.id),
			'confirmed'
		);
		await vi.waitFor(() => expect(editor.docState).toBe('confirmed'));
		expect(editor.entryStates[entry!.id]).toBe('confirmed');
	});
});
