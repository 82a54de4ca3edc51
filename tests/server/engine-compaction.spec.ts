// Compaction driven by the server: once a document has more than 50 stored rows, a device that
// holds all of them pushes a snapshot (`covers` = its cursor); the server drops the covered rows,
// and a new device still gets the whole document.
import type PocketBase from 'pocketbase';
import { describe, expect, inject, it } from 'vitest';
import {
	addLogEntry,
	createProject,
	readProject
} from '../../src/lib/features/projects/local/projects';
import { adminClient, communeId, DEMO, userClient } from '../helpers/pocketbase';
import { simulatedDevices } from '../helpers/devices';

const url = inject('pbUrl');
const simulated = simulatedDevices();
const device = (pb: PocketBase) => simulated(pb, { attempts: 5 });

describe('compaction', () => {
	it('replaces a long history by a snapshot that new devices still read in full', async () => {
		const lagrasse = await communeId(url, '11185');
		const a = await device(await userClient(url, DEMO.maire));
		const b = await device(await userClient(url, DEMO.adjoint));
		const id = await createProject(a.store, { title: 'Longue histoire', commune: lagrasse });
		let snapshots = 0;
		for (let i = 0; i < 60; i++) {
			const writer = i % 2 ? a : b;
			if (i > 0 || writer === a) {
				await writer.store.docs.use(id, (doc) =>
					addLogEntry(doc, { date: '2026-11-29', text: `entrée ${i}`, author: 'u' })
				);
			}
			snapshots += (await writer.engine.cycle()).snapshots;
		}
		for (let i = 0; i < 3; i++) snapshots += (await a.engine.cycle()).snapshots;
		expect(snapshots).toBeGreaterThan(0);

		const admin = await adminClient(url);
		const rows = await admin
			.collection('doc_updates')
			.getFullList({ filter: admin.filter('doc = {:id} && seq > 0', { id }) });
		expect(rows.length).toBeLessThan(50);

		const fresh = await device(await userClient(url, DEMO.adjoint));
		await fresh.engine.cycle();
		const log = await fresh.store.docs.use(id, (doc) => readProject(id, doc).log);
		const expected = await a.store.docs.use(id, (doc) => readProject(id, doc).log);
		expect(log).toHaveLength(expected.length);
		expect(log.length).toBeGreaterThanOrEqual(59);
	});
});
