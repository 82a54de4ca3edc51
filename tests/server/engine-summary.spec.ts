// A project summary (what lists and coordinators' dashboards read) follows the MERGED document:
// two élus change the title and the status offline on two tablets; after they sync, the server's
// summary carries both changes although nobody opened the project after the merge.
import { IDBFactory } from 'fake-indexeddb';
import type PocketBase from 'pocketbase';
import { afterEach, beforeAll, expect, inject, it } from 'vitest';
import {
	createProject,
	refreshProjectSummaries,
	updateProjectMeta
} from '../../src/lib/local/projects';
import { openLocalStore, type LocalStore } from '../../src/lib/local/store';
import { SyncEngine } from '../../src/lib/sync/engine';
import { PocketBaseTransport } from '../../src/lib/sync/transport';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';

const url = inject('pbUrl');
let lagrasse: string;
const stores: LocalStore[] = [];

beforeAll(async () => {
	lagrasse = await communeId(url, '11185');
});

afterEach(async () => {
	while (stores.length) await stores.pop()!.close();
});

async function tablet(pb: PocketBase) {
	const store = await openLocalStore({
		userId: pb.authStore.record!.id,
		indexedDB: new IDBFactory()
	});
	stores.push(store);
	const engine = new SyncEngine({
		store,
		transport: new PocketBaseTransport(pb),
		backoff: { attempts: 0 },
		afterRemoteApply: (docs) => refreshProjectSummaries(store, docs)
	});
	return { store, engine };
}

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
