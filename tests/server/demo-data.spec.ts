// The demo world on a real PocketBase seeded by the test setup: the Lagrasse project reaches the
// deputy's device as a full canvas (read with the app's own readProject), its summary is what the
// app would derive, the mayor's charter names it, and seeding again changes nothing.
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { summaryFields } from '../../src/lib/features/projects/domain/canvas';
import { decodeBase85 } from '../../src/lib/domain/sync/base85';
import { readProject } from '../../src/lib/features/projects/local/projects';
import { signedDemoCharter } from '../../scripts/seed/charter.mjs';
import { DEMO_PROJECT_ID } from '../../scripts/seed/demo-project.mjs';
import { seed } from '../../scripts/seed/seed.mjs';
import { adminClient, DEMO, userClient } from '../helpers/pocketbase';
import { ADMIN } from '../helpers/server';
import type PocketBase from 'pocketbase';
import { nextRev } from '../helpers/ids';

const url = inject('pbUrl');

interface Page {
	changes: { doc: string; update: string }[];
	cursor: number;
	more: boolean;
}

/** Every update of the demo project a fresh device of `pb`'s user pulls. */
async function pullDemoProject(pb: PocketBase): Promise<Y.Doc> {
	const doc = new Y.Doc();
	let cursor = 0;
	for (;;) {
		const page: Page = await pb.send('/api/collab/sync', {
			method: 'POST',
			body: { v: 1, device: 'd-fresh-demo', cursor, ops: [], records: [] }
		});
		for (const change of page.changes) {
			if (change.doc === DEMO_PROJECT_ID) Y.applyUpdate(doc, decodeBase85(change.update));
		}
		cursor = page.cursor;
		if (!page.more) return doc;
	}
}

let admin: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;

beforeAll(async () => {
	admin = await adminClient(url);
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
});

describe('the demo data', () => {
	it('gives the deputy a full project of Lagrasse, written by the mayor and the deputy', async () => {
		const project = readProject(DEMO_PROJECT_ID, await pullDemoProject(adjoint));
		const lagrasse = maire.authStore.record!.communes[0];
		expect(project).toMatchObject({ commune: lagrasse, status: 'en_cours', budget: 48000 });
		expect(project.title).toMatch(/sarments/);
		for (const text of [project.local_problem, project.proposed_solution, project.description]) {
			expect(text.length).toBeGreaterThan(100);
		}
		expect(project.themes).toContain('dechets');
		expect(project.levers).toContain('economie_circulaire');
		expect(project.stakeholders.length).toBeGreaterThanOrEqual(4);
		expect(project.method.length).toBeGreaterThanOrEqual(4);
		expect(project.log.length).toBeGreaterThanOrEqual(3);
		expect(project.milestones.filter((m) => m.done).length).toBeGreaterThanOrEqual(2);
		expect(project.milestones.some((m) => !m.done && m.date > '2026-11-29')).toBe(true);
		expect(project.indicators.length).toBeGreaterThanOrEqual(2);
		for (const indicator of project.indicators) {
			expect(indicator.baseline).not.toBeNull();
			expect(indicator.target).not.toBeNull();
			expect(indicator.measurements.length).toBeGreaterThan(0);
		}
		expect(project.funders.reduce((sum, f) => sum + (f.amount ?? 0), 0)).toBe(project.budget);
		const ids = { maire: maire.authStore.record!.id, adjoint: adjoint.authStore.record!.id };
		expect(new Set(project.history.map((line) => line.author))).toEqual(
			new Set([ids.maire, ids.adjoint])
		);
		expect(new Set(project.log.map((entry) => entry.author))).toEqual(
			new Set([ids.maire, ids.adjoint])
		);
		expect(project.history.find((line) => line.author === ids.adjoint)?.name).toBe('Karim Benali');

		// The summary the server holds is the one the app derives from the document.
		const stored = await adjoint.collection('projects').getOne(DEMO_PROJECT_ID);
		const expected = summaryFields(project);
		expect({
			commune: stored.commune,
			title: stored.title,
			status: stored.status,
			themes: stored.themes,
			levers: stored.levers,
			summary: stored.summary
		}).toEqual(expected);
	});

	it('has the mayor’s signed charter, naming the demo project', async () => {
		const expected = signedDemoCharter({
			communeInsee: '11185',
			communeName: 'Lagrasse',
			signerName: 'Claire Martin',
			projectId: DEMO_PROJECT_ID
		});
		const charters = await maire
			.collection('charters')
			.getFullList({ filter: maire.filter('receipt = {:r}', { r: expected.receipt }) });
		expect(charters).toHaveLength(1);
		expect(charters[0]).toMatchObject({
			id: expected.record.id,
			user: maire.authStore.record!.id,
			project_id: DEMO_PROJECT_ID,
			hash: expected.hash
		});
		const check = await fetch(`${url}/api/collab/charters/verify/${expected.receipt}`);
		expect(((await check.json()) as { valid: boolean }).valid).toBe(true);

		// The mayor cannot change it: not through the records API, not by pushing it again.
		await expect(
			maire.collection('charters').update(expected.record.id, { signer_name: 'Claire M.' })
		).rejects.toMatchObject({ status: 403 });
		const pushed = await maire.send('/api/collab/sync', {
			method: 'POST',
			body: {
				v: 1,
				device: 'd-demo-check',
				cursor: 0,
				ops: [],
				records: [
					{
						collection: 'charters',
						rev: nextRev(),
						id: expected.record.id,
						data: { ...expected.record.data, signer_name: 'Claire M.' }
					}
				]
			}
		});
		expect(pushed.rejected).toEqual([
			expect.objectContaining({ id: expected.record.id, status: 409 })
		]);
		const after = await maire.collection('charters').getOne(expected.record.id);
		expect(after).toMatchObject({ signer_name: 'Claire Martin', hash: expected.hash });
	});

	it('changes nothing when seeded again', async () => {
		const snapshot = async () => ({
			updates: (await admin.collection('doc_updates').getFullList({ fields: 'id,seq' })).length,
			doc: await admin.collection('docs').getOne(DEMO_PROJECT_ID),
			project: await admin.collection('projects').getOne(DEMO_PROJECT_ID),
			charters: (await admin.collection('charters').getFullList({ fields: 'id' })).length,
			head: (await admin.collection('sync_counters').getOne('globalsequence0')).value
		});
		const before = await snapshot();
		await seed({ url, admin: ADMIN, communes: 'test', demo: true });
		expect(await snapshot()).toEqual(before);
	});
});
