import { IDBFactory } from 'fake-indexeddb';
import { gzipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
	charterTextHash,
	sealCharter,
	type CharterContent
} from '$lib/features/charters/domain/canonical';
import { charterRecordData } from '$lib/features/charters/domain/record';
import { BundleError } from '$lib/domain/sync/bundle-format';
import {
	charterId,
	ownCharters,
	listCharters,
	saveSignedCharter
} from '$lib/features/charters/local/charters';
import { entriesIn } from '$lib/local/outbox';
import { loadPhotoBytes, savePhotos } from '$lib/features/photos/local/photos';
import {
	addLogEntry,
	createProject,
	projectParts,
	readProject
} from '$lib/features/projects/local/projects';
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

/** Bytes shaped like a JPEG (its markers around filler). */
function jpegLike(size: number): Uint8Array {
	const bytes = new Uint8Array(size).fill(0x42);
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	bytes.set([0xff, 0xd9], size - 2);
	return bytes;
}

describe('.collabactons bundles', () => {
	it('carries the photos of a project log, once, and leaves out what is not an image', async () => {
		const a = await tablet('facilitatrice');
		const b = await tablet('cofacilitateur');
		const id = await createProject(a, { title: 'Haies', commune: 'commune00000001' });
		const entry = await a.docs.use(id, (doc) =>
			addLogEntry(doc, { date: '2026-11-29', text: 'Plantation', author: 'u1' })
		);
		const photo = { id: 'photo0000000001', mime: 'image/jpeg', width: 1600, height: 1200 };
		const bytes = jpegLike(5000);
		await savePhotos(a.db, id, entry.id, [{ ...photo, bytes }]);
		const file = parseBundle(await exportBundle(a, { id: 'facilitatrice', name: 'Sophie' }));
		expect((await previewBundle(b, file)).photos).toBe(1);

		expect(await mergeBundle(b, file)).toMatchObject({ photosAdded: 1, photosRefused: 0 });
		const copy = await b.db.photos.get(photo.id);
		expect(copy).toMatchObject({ ...photo, projectId: id, entryId: entry.id, state: 'pending' });
		expect(Array.from((await loadPhotoBytes(b.db, photo.id))!)).toEqual(Array.from(bytes));
		expect(await mergeBundle(b, file)).toMatchObject({ photosAdded: 0, photosRefused: 0 });

		// A file whose "photo" is a PDF: refused, nothing stored.
		const forged = {
			...file,
			photos: [{ ...file.photos[0]!, id: 'photo0000000002', data: file.photos[0]!.data }]
		};
		const pdf = new TextEncoder().encode('%PDF-1.7 pas une photo');
		const { encodeBase85 } = await import('$lib/domain/sync/base85');
		forged.photos[0]!.data = encodeBase85(pdf);
		expect(await mergeBundle(b, forged)).toMatchObject({ photosAdded: 0, photosRefused: 1 });
		expect(await b.db.photos.get('photo0000000002')).toBeUndefined();
	});

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
		expect(preview.records).toContainEqual({
			collection: 'projects',
			messages: 'projects',
			count: 1
		});

		const first = await mergeBundle(b, bundle);
		expect(first).toEqual({
			docsChanged: 1,
			recordsChanged: 1,
			photosAdded: 0,
			photosRefused: 0,
			refused: []
		});
		const project = await b.docs.use(id, (doc) => readProject(id, doc));
		expect(project.description).toBe('Planter 40 arbres');
		expect(project.log.map((e) => e.text)).toEqual(['Réunion à la salle des fêtes']);
		expect((await b.db.projects.get(id))?.title).toBe('Verger communal');
		const queued = await entriesIn(b.db, ['pending']);
		expect(queued.some((e) => e.kind === 'op' && e.docId === id)).toBe(true);

		const second = await mergeBundle(b, parseBundle(file));
		expect(second).toEqual({
			docsChanged: 0,
			recordsChanged: 0,
			photosAdded: 0,
			photosRefused: 0,
			refused: []
		});
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

async function charter(signerName: string, signedAt = '2026-11-29T10:00:00.000Z') {
	const content: CharterContent = {
		version: '2026-1',
		textHash: await charterTextHash('2026-1'),
		signerName,
		mandate: 'maire',
		communeInsee: '11185',
		communeName: 'Lagrasse',
		signedAt,
		signature: 'M 40 120 L 60 80 L 90 60 L 120 90 L 150 130 M 200 100 L 260 100 L 320 95'
	};
	return sealCharter(content);
}

/** A file holding only `records`, as another app version or a tampered copy would write it. */
function file(records: unknown[], version = 2) {
	const bundle = { format: 'collabactons-bundle', version, docs: [], records };
	return gzipSync(strToU8(JSON.stringify(bundle)));
}

describe('signed charters in .collabactons bundles', () => {
	it('carries a charter signed offline to another device, queued for the server, once', async () => {
		const a = await tablet('maire-tablette');
		const b = await tablet('maire-bureau');
		const sealed = await charter('Claire Martin');
		const id = await saveSignedCharter(a.db, sealed);
		const bundle = parseBundle(await exportBundle(a, { id: 'u-maire', name: 'Claire Martin' }));
		expect((await previewBundle(b, bundle)).records).toContainEqual({
			collection: 'charters',
			messages: 'charters',
			count: 1
		});

		expect(await mergeBundle(b, bundle)).toEqual({
			docsChanged: 0,
			recordsChanged: 1,
			photosAdded: 0,
			photosRefused: 0,
			refused: []
		});
		const [stored] = await listCharters(b.db);
		expect(stored).toMatchObject({ receipt: sealed.receipt, sync: 'device' });
		expect(stored!.row).toMatchObject({ ...charterRecordData(sealed), user: 'u-maire' });
		// Shown as the signer's own charter, not as the charter of anyone else using that device.
		expect(ownCharters(await listCharters(b.db), 'u-maire')).toHaveLength(1);
		expect(ownCharters(await listCharters(b.db), 'u-adjoint')).toEqual([]);
		const queued = await entriesIn(b.db, ['pending']);
		expect(queued.filter((e) => e.collection === 'charters' && e.recordId === id)).toHaveLength(1);

		expect(await mergeBundle(b, bundle)).toEqual({
			docsChanged: 0,
			recordsChanged: 0,
			photosAdded: 0,
			photosRefused: 0,
			refused: []
		});
		expect(await entriesIn(b.db, ['pending'])).toHaveLength(queued.length);
	});

	it('never alters a charter: another content under its id, or a broken hash, is refused', async () => {
		const b = await tablet('adjoint');
		const kept = await charter('Karim Benali');
		const id = await saveSignedCharter(b.db, kept);
		const before = await b.db.charters.get(id);
		const other = await charter('Karim Benali', '2026-11-29T11:00:00.000Z');
		const tampered = { ...charterRecordData(kept), signer_name: 'Quelqu’un d’autre' };
		const newId = charterId(other.hash);
		const result = await mergeBundle(
			b,
			parseBundle(
				file([
					{ collection: 'charters', id, data: charterRecordData(other) },
					{ collection: 'charters', id: newId, data: tampered }
				])
			)
		);
		expect(result.refused).toEqual([
			{
				id,
				collection: 'charters',
				label: other.receipt,
				reason: 'altered',
				message: 'charters.records.refused.altered'
			},
			{
				id: newId,
				collection: 'charters',
				label: kept.receipt,
				reason: 'damaged',
				message: 'charters.records.refused.damaged'
			}
		]);
		expect(result.recordsChanged).toBe(0);
		expect(await b.db.charters.get(id)).toEqual(before);
		expect(await b.db.charters.get(newId)).toBeUndefined();
		expect(await b.db.outbox.count()).toBe(1);
	});

	it('still imports a version 1 file (before charters travelled)', async () => {
		const b = await tablet('ancienne-version');
		const progress = { module: 'ic-1', activity: '', done: true, done_at: '2026-11-02T10:00:00Z' };
		const result = await mergeBundle(
			b,
			parseBundle(file([{ collection: 'progress', id: 'progressic10001', data: progress }], 1))
		);
		expect(result).toEqual({
			docsChanged: 0,
			recordsChanged: 1,
			photosAdded: 0,
			photosRefused: 0,
			refused: []
		});
		expect(await b.db.progress.get('progressic10001')).toMatchObject(progress);
	});
});
