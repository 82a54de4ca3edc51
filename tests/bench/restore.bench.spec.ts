// The backup drill (issue 17, item 7), as reliability.restore_lost_edits: PocketBase's own backup
// (POST /api/backups), then two tablets keep working (edits to a shared project, a new project
// whose full state is over 512 KB, its summary record), then the backup is restored (the server
// loses everything after it and restarts), then ONE sync cycle on each tablet; a third device
// that starts from nothing then counts which of those edits the server has. Goal: 0 lost.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createProject,
	projectParts,
	readProject
} from '../../src/lib/features/projects/local/projects';
import { simulatedDevices } from '../helpers/devices';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { recordMetric } from './metrics';

let server: TestServer;
const device = simulatedDevices();

/** Waits until the server stops answering (PocketBase restarts itself after a restore). */
async function down(url: string) {
	for (let i = 0; i < 300; i++) {
		try {
			await fetch(`${url}/api/health`);
		} catch {
			return;
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error('the server did not restart for the restore');
}

/** Waits until the restarted server answers again. */
async function healthy(url: string) {
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`${url}/api/health`)).ok) return;
		} catch {
			// restarting
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	throw new Error('the server did not come back after the restore');
}

describe('backup, restore, and the tablets heal the server', () => {
	beforeAll(async () => {
		server = await startTestServer();
	}, 120_000);

	afterAll(async () => {
		await server?.dispose();
	});

	it('puts every edit made after the backup back with one sync per tablet', async () => {
		const lagrasse = await communeId(server.url, '11185');
		const maire = await userClient(server.url, DEMO.maire);
		const adjoint = await userClient(server.url, DEMO.adjoint);
		const a = await device(maire);
		const b = await device(adjoint);
		const shared = await createProject(a.store, {
			title: 'Avant la sauvegarde',
			commune: lagrasse
		});
		expect((await a.engine.cycle()).status).toBe('ok');
		expect((await b.engine.cycle()).status).toBe('ok');

		const admin: PocketBase = await adminClient(server.url);
		await admin.backups.create('exercice.zip');

		// After the backup: both tablets work and sync; the server has it all, for now.
		const edits: { doc: string; text: string }[] = [];
		const write = async (d: typeof a, doc: string, text: string) => {
			await d.store.docs.use(doc, (y) => projectParts(y).description.insert(0, text));
			edits.push({ doc, text });
		};
		await write(a, shared, 'Ajout du maire après la sauvegarde. ');
		await write(b, shared, 'Ajout de l’adjoint après la sauvegarde. ');
		const big = await createProject(b.store, { title: 'Dossier volumineux', commune: lagrasse });
		const paragraph = 'Délibération du conseil municipal sur le projet. '.repeat(100);
		for (let i = 0; i < 120; i++) await write(b, big, `${i} ${paragraph}`);
		const bigState = (await b.store.docs.encodeState(big)).byteLength;
		for (const d of [a, b, a]) expect((await d.engine.cycle()).status).toBe('ok');

		await admin.backups.restore('exercice.zip');
		await down(server.url);
		await healthy(server.url);

		// The restored server has lost the work done after the backup.
		const after = await adminClient(server.url);
		const kept = await after
			.collection('docs')
			.getList(1, 1, { filter: after.filter('id = {:id}', { id: big }) });
		expect(kept.totalItems, 'the big project survived the restore').toBe(0);

		// One cycle each.
		for (const d of [a, b]) {
			const result = await d.engine.cycle();
			expect(result.status, result.error).toBe('ok');
		}

		const c = await device(await userClient(server.url, DEMO.maire));
		expect((await c.engine.cycle()).status).toBe('ok');
		let lost = 0;
		for (const edit of edits) {
			const text = await c.store.docs.use(edit.doc, (y) => readProject(edit.doc, y).description);
			if (!text.includes(edit.text)) lost++;
		}
		const summary = await c.store.db.projects.get(big);
		if (summary?.title !== 'Dossier volumineux') lost++;
		recordMetric({
			name: 'reliability.restore_lost_edits',
			value: lost,
			unit: 'edits',
			note:
				`${edits.length + 1} edits made on 2 tablets after a PocketBase backup (one document's ` +
				`full state ${Math.round(bigState / 1024)} KB), lost after restoring it and one sync per tablet`
		});
		expect(lost).toBe(0);
	}, 300_000);
});
