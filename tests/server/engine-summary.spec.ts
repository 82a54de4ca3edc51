// A project summary (what lists and coordinators' dashboards read) follows the MERGED document:
// two élus change the title and the status offline on two tablets; after they sync, the server's
// summary carries both changes although nobody opened the project after the merge.
import type PocketBase from 'pocketbase';
import { beforeAll, expect, inject, it } from 'vitest';
import { createProject, updateProjectMeta } from '../../src/lib/features/projects/local/projects';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { simulatedDevices } from '../helpers/devices';

const url = inject('pbUrl');
let lagrasse: string;
beforeAll(async () => {
	lagrasse = await communeId(url, '11185');
});

const simulated = simulatedDevices();
const tablet = (pb: PocketBase) => simulated(pb, { summaries: true });

it('sends the summary of the merged document after a pull', async () => {
	const maire = await tablet(await userClient(url, DEMO.maire));
	const adjoint = await tablet(await userClient(url, DEMO.adjoint));
	const id = await createProject(maire.store, { title: 'Marché paysan', commune: lagrasse });
	await maire.engine.cycle();
	await adjoint.engine.cycle();

	// Offline on both tablets: the mayor renames, the deputy moves the status.
	await maire.store.docs.use(id, (doc) =>
		updateProjectMeta(maire.store, id, doc, { title: 'Marché paysan du samedi' })
	);
	await adjoint.store.docs.use(id, (doc) =>
		updateProjectMeta(adjoint.store, id, doc, { status: 'en_cours' })
	);
	await maire.engine.cycle();
	await adjoint.engine.cycle(); // pulls the new title, merges, re-derives and sends the summary

	const admin = await adminClient(url);
	const summary = await admin.collection('projects').getOne(id);
	expect(summary).toMatchObject({ title: 'Marché paysan du samedi', status: 'en_cours' });
	expect(await adjoint.store.db.projects.get(id)).toMatchObject({
		title: 'Marché paysan du samedi',
		status: 'en_cours'
	});
});
