// The project a framing creates: written through local/projects (createProject, setText,
// setTags, addItem, updateProjectMeta) with the élu named in its history, status "en cadrage",
// the first step as first milestone and first method step. Used by framing.svelte.ts only; it
// never writes when the project's document already exists on this device.
import { projectPrefill, type Framing } from '../domain/framing';
import { hasDocument } from '$lib/local/doc-metas';
import {
	addItem,
	createProject,
	readProject,
	setTags,
	setText,
	syncSummary,
	updateProjectMeta,
	type ProjectActor
} from '../local/projects';
import type { LocalStore } from '$lib/local/store';

/** Writes the project `id` from `framing` (nothing when its document already exists). */
export async function prefillProject(
	store: LocalStore,
	id: string,
	framing: Framing,
	by: ProjectActor | undefined
): Promise<void> {
	if (await hasDocument(store.db, id)) return;
	const prefill = projectPrefill(framing);
	await createProject(store, { id, title: prefill.title, commune: framing.commune }, by);
	await store.docs.use(id, async (doc) => {
		setText(doc, 'local_problem', prefill.local_problem, by);
		setText(doc, 'proposed_solution', prefill.proposed_solution, by);
		setTags(doc, 'themes', prefill.themes, by);
		setTags(doc, 'levers', prefill.levers, by);
		const current = readProject(id, doc);
		if (!current.stakeholders.length) {
			for (const stakeholder of prefill.stakeholders) addItem(doc, 'stakeholders', stakeholder, by);
		}
		if (!current.milestones.length) addItem(doc, 'milestones', prefill.milestone, by);
		if (!current.method.length) addItem(doc, 'method', prefill.method, by);
		// A framed action is past the idea: it starts "en cadrage".
		await updateProjectMeta(store, id, doc, { status: 'cadrage' }, by);
	});
	await syncSummary(store, id);
}
