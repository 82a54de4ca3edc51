import { IDBFactory } from 'fake-indexeddb';
import { gzipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleError } from '$lib/domain/sync/bundle-format';
import { entriesIn } from '$lib/local/outbox';
import { addLogEntry, createProject, projectParts, readProject } from '$lib/local/projects';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { exportBundle, mergeBundle, parseBundle, previewBundle } from './bundle';

const stores: LocalStore[] = [];
async function tablet(userId: string) {
	const store = await openLocalStore({ userId, indexedDB: new IDBFactory() });
	stores.push(store);
	return store;
}
afterEach(async () => {
	while (stores.length) await stores.pop()!.close();
});

describe('.collabactons bundles', () => {
	it('carries projects from one tablet to another, and a second import changes nothing', async () => {
		const a = await tablet('facilitatrice');
		const b = await tablet('cofacilitateur');
		const id = await createProject(a, { title: 'Verger communal', commune: 'commune00000001' });
		await a.docs.use(id, (doc) => {
			projectParts(doc).description.insert(0, 'Planter 40 arbres');
			addLogEntry(doc, { date: '2026-11-29', text: 'Réunion à la salle des fêtes', author: 'u1' });
		});
		const file = await exportBundle(a, { id: 'facilitatrice', name: 'Sophie Durand' });

		const bundle = parseBundle(file);
		const preview = await previewBundle(b, bundle);
		expect(preview.userName).toBe('Sophie Durand');
		expect(preview.docs).toMatchObject([{ id, title: 'Verger communal', known: false }]);
		expect(preview.records.projects).toBe(1);

		const first = await mergeBundle(b, bundle);
		expect(first).toEqual({ docsChanged: 1, recordsChanged: 1 });
		const project = await b.docs.use(id, (doc) => readProject(id, doc));
		expect(project.description).toBe('Planter 40 arbres');
		expect(project.log.map((e) => e.text)).toEqual(['Réunion à la salle des fêtes']);
		expect((await b.db.projects.get(id))?.title).toBe('Verger communal');
		const queued = await entriesIn(b.db, ['pending']);
		expect(queued.some((e) => e.kind === 'op' && e.docId === id)).toBe(true);

		const second = await mergeBundle(b, parseBundle(file));
		expect(second).toEqual({ docsChanged: 0, recordsChanged: 0 });
		expect(await entriesIn(b.db, ['pending'])).toHaveLength(queued.length);
	});

	it('merges concurrent edits of two tablets both ways', async () => {
		const a = await tablet('a');
		const b = await tablet('b');
		const id = await createProject(a, { title: 'Atelier', commune: 'commune00000001' });
		await mergeBundle(b, parseBundle(await exportBundle(a, { id: 'a', name: 'A' })));
		await a.docs.use(id, (d) => addLogEntry(d, { date: '2026-11-01', text: 'de A', author: 'a' }));
		await b.docs.use(id, (d) => addLogEntry(d, { date: '2026-11-02', text: 'de B', author: 'b' }));
		await mergeBundle(b, parseBundle(await exportBundle(a, { id: 'a', name: 'A' })));
		await mergeBundle(a, parseBundle(await exportBundle(b, { id: 'b', name: 'B' })));
		const logA = await a.docs.use(id, (d) =>
			readProject(id, d)
				.log.map((e) => e.text)
				.sort()
		);
		const logB = await b.docs.use(id, (d) =>
			readProject(id, d)
				.log.map((e) => e.text)
				.sort()
		);
		expect(logA).toEqual(['de A', 'de B']);
		expect(logB).toEqual(logA);
	});

	it('refuses a wrong file with a reason the user can read', () => {
		const code = (bytes: Uint8Array) => {
			try {
				parseBundle(bytes);
				return 'accepted';
			} catch (error) {
				return error instanceof BundleError ? error.code : 'other';
			}
		};
		expect(code(strToU8('hello'))).toBe('unreadable');
		expect(code(gzipSync(strToU8('{"a":1}')))).toBe('notBundle');
		expect(code(gzipSync(strToU8('not json')))).toBe('notBundle');
		expect(
			code(gzipSync(strToU8(JSON.stringify({ format: 'collabactons-bundle', version: 99 }))))
		).toBe('newerVersion');
		expect(
			code(
				gzipSync(
					strToU8(
						JSON.stringify({
							format: 'collabactons-bundle',
							version: 1,
							docs: [{ id: 'x', type: 'project', commune: 'c', state: '0' }],
							records: []
						})
					)
				)
			)
		).toBe('damaged');
	});
});
