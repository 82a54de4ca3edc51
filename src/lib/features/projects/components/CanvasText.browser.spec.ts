// A canvas text box in Chromium while another élu's edit of the same text arrives: the caret and
// the selection stay where the user was typing (shifted by what was inserted before them), and
// what the user types next lands there. Each élu has their own store in the browser's IndexedDB;
// the other élu's change travels as on a real device, by a .collabactons file (sync/bundle), and
// is merged as a remote update. The slower e2e twin: tests/e2e/project-canvas.spec.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { newId } from '$lib/domain/sync/ids';
import type { User } from '$lib/domain/users';
import { createProject, readProject, setText } from '../local/projects';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { deleteUserData } from '$lib/local/user-data';
import { exportBundle, mergeBundle, parseBundle } from '$lib/sync/bundle';
import { ProjectEditor } from '../state/projects.svelte';
import CanvasText from './CanvasText.svelte';

const commune = { id: 'commune00000001', insee: '11185', name: 'Lagrasse' };
const elu = (name: string): User => ({
	id: `u${newId().slice(1)}`,
	email: `${name.toLowerCase()}@example.fr`,
	name,
	role: 'elu',
	communes: [commune]
});

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function device(user: User): Promise<LocalStore> {
	const store = await openLocalStore({ userId: user.id });
	cleanups.push(() => deleteUserData(user.id));
	cleanups.push(() => store.close());
	return store;
}

/** Carries everything `from` holds to `to`, as a file would. */
async function carry(from: LocalStore, user: User, to: LocalStore): Promise<void> {
	await mergeBundle(to, parseBundle(await exportBundle(from, user)));
}

/** The mayor's box on a project whose problem reads `text`, and the deputy's copy of it. */
async function twoElus(text: string) {
	const mayor = elu('Lucie');
	const deputy = elu('Paul');
	const mine = await device(mayor);
	const theirs = await device(deputy);
	const id = await createProject(mine, { title: 'Jardin partagé', commune: commune.id });
	await mine.docs.use(id, (doc) => setText(doc, 'local_problem', text));
	await carry(mine, mayor, theirs);

	const editor = new ProjectEditor({
		store: async () => mine,
		user: () => mayor,
		onSaved: () => undefined
	});
	cleanups.push(() => editor.close());
	await editor.open(id);
	await render(CanvasText, {
		editor,
		field: 'local_problem',
		label: 'projects.canvas.problem',
		hint: 'projects.canvas.problemHint'
	});
	const box = page.getByRole('textbox');
	await expect.element(box).toHaveValue(text);
	const area = box.element() as HTMLTextAreaElement;

	/** The deputy rewrites the text on their device; it reaches the mayor's as a remote update. */
	const remoteEdit = async (next: string) => {
		await theirs.docs.use(id, (doc) => setText(doc, 'local_problem', next));
		await carry(theirs, deputy, mine);
		await expect.element(box).toHaveValue(next);
	};
	const stored = () => mine.docs.use(id, (doc) => readProject(id, doc).local_problem);
	return { box, area, remoteEdit, stored };
}

describe('CanvasText with a concurrent remote edit', () => {
	it('keeps the caret where the user types when text is inserted before it', async () => {
		const { box, area, remoteEdit, stored } = await twoElus('Des parcelles en friche.');
		await userEvent.click(box);
		const caret = 'Des parcelles en '.length;
		area.setSelectionRange(caret, caret);

		await remoteEdit('Trois hectares : des parcelles en friche.');
		const moved = 'Trois hectares : des parcelles en '.length;
		expect([area.selectionStart, area.selectionEnd]).toEqual([moved, moved]);
		expect(document.activeElement).toBe(area);

		await userEvent.keyboard('grande ');
		await expect.element(box).toHaveValue('Trois hectares : des parcelles en grande friche.');
		await expect.poll(stored).toBe('Trois hectares : des parcelles en grande friche.');
	});

	it('keeps a selection, and a caret before an edit further on does not move', async () => {
		const { box, area, remoteEdit } = await twoElus('Des parcelles en friche.');
		await userEvent.click(box);
		const start = 'Des '.length;
		const end = 'Des parcelles'.length;
		area.setSelectionRange(start, end, 'backward');

		await remoteEdit('Des parcelles en friche depuis 2019.');
		expect([area.selectionStart, area.selectionEnd, area.selectionDirection]).toEqual([
			start,
			end,
			'backward'
		]);

		await remoteEdit('Toutes les parcelles en friche depuis 2019.');
		const shift = 'Toutes les'.length - 'Des'.length;
		expect([area.selectionStart, area.selectionEnd]).toEqual([start + shift, end + shift]);
		await userEvent.keyboard('terres');
		await expect.element(box).toHaveValue('Toutes les terres en friche depuis 2019.');
	});
});
