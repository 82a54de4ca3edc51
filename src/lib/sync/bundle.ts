// File bundles: the same changes the engine sends, written to a `.collabactons` file (gzip of a
// JSON, see domain/sync/bundle-format.ts) and read back on another device. Merging is
// idempotent: importing a file twice changes nothing. Imported document changes enter the
// outbox, so they reach the server under the importer's identity (the server's rules decide).
// Each record collection says how it travels (its `bundle` rule in the registry): signed
// charters, for one, are never altered on import.
// This module never talks to the network and never deletes anything.
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import * as Y from 'yjs';
import { decodeBase85, encodeBase85 } from '$lib/domain/sync/base85';
import {
	BUNDLE_FORMAT,
	BUNDLE_VERSION,
	BundleError,
	readBundle,
	type Bundle,
	type BundleRecord
} from '$lib/domain/sync/bundle-format';
import { COLLECTION_NAMES, COLLECTIONS, collectionNamed } from '$lib/collections';
import { mergeBundlePhotos, photoBundleEntries } from '$lib/features/photos/platform';
import { plainRecordData, type RefusedRecord } from '$lib/local/collection';
import { recordTable } from '$lib/local/db';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- platform.ts cannot re-export local/projects: it saves through local/records, which reaches the registry, which reads platform.ts (a cycle that stopped the service worker).
import { syncSummary } from '$lib/features/projects/local/projects';
import { saveLocalRecord } from '$lib/local/records';
import type { LocalStore } from '$lib/local/store';
import { deviceId } from '$lib/local/sync-state';

export type { RefusedRecord } from '$lib/local/collection';

/** Origin of imported updates: treated as local changes (they enter the outbox). */
const IMPORT_ORIGIN = Symbol('import');

/** What a file holds, shown before merging. */
export interface BundlePreview {
	bundle: Bundle;
	exportedAt: string;
	userName: string;
	docs: { id: string; type: string; title: string; known: boolean; bytes: number }[];
	/** How many records of each collection the file holds (`<messages>.records.count`). */
	records: { collection: string; messages: string; count: number }[];
	photos: number;
}

/** What a merge changed. */
export interface MergeResult {
	docsChanged: number;
	recordsChanged: number;
	/** Log photos added to this device, and those left out (not an image, too large). */
	photosAdded: number;
	photosRefused: number;
	/** Records of the file left out by their collection's own rules, each with why. */
	refused: (RefusedRecord & { message: string })[];
}

/**
 * Writes the user's documents and records, signed charters included (or only `docId` and its
 * summary) as file bytes.
 * @param user the exporting user (id and name go in the header)
 */
export async function exportBundle(
	store: LocalStore,
	user: { id: string; name: string },
	docId?: string
): Promise<Uint8Array> {
	const { db, docs } = store;
	const metas = docId
		? [await db.docs.get(docId)].filter((m) => m !== undefined)
		: await db.docs.toArray();
	const bundle: Bundle = {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		exportedAt: new Date().toISOString(),
		device: await deviceId(db),
		user,
		docs: [],
		records: [],
		photos: []
	};
	for (const meta of metas) {
		const state = await docs.encodeState(meta.id);
		bundle.docs.push({
			id: meta.id,
			type: meta.type,
			commune: meta.commune,
			title: meta.title,
			state: encodeBase85(state)
		});
	}
	const docIds = new Set(metas.map((m) => m.id));
	for (const spec of COLLECTIONS) {
		const rule = spec.bundle;
		if (rule === 'never') continue;
		if (typeof rule === 'object') {
			if (!docId) bundle.records.push(...(await rule.export(db, user.id)));
			continue;
		}
		// A file for one document carries that document's summary only.
		if (docId && rule !== 'with-doc') continue;
		const rows =
			rule === 'with-doc'
				? (await recordTable(db, spec.name).bulkGet([...docIds])).filter((r) => r !== undefined)
				: await recordTable(db, spec.name).toArray();
		for (const row of rows) {
			bundle.records.push({ collection: spec.name, id: row.id, data: plainRecordData(row) });
		}
	}
	bundle.photos = await photoBundleEntries(
		db,
		metas.filter((m) => m.type === 'project').map((m) => m.id)
	);
	return gzipSync(strToU8(JSON.stringify(bundle)), { level: 6 });
}

/** A file name for an export: `collabactons-<date>.collabactons`. */
export function bundleFileName(date = new Date()): string {
	return `collabactons-${date.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.collabactons`;
}

/** Reads file bytes into a checked bundle, or throws a `BundleError` (French messages by code). */
export function parseBundle(bytes: Uint8Array): Bundle {
	let text: string;
	try {
		text = strFromU8(gunzipSync(bytes));
	} catch (cause) {
		throw new BundleError('unreadable', cause instanceof Error ? cause.message : 'gunzip failed');
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new BundleError('notBundle', 'not JSON');
	}
	const bundle = readBundle(json, COLLECTION_NAMES);
	for (const doc of bundle.docs) {
		try {
			Y.decodeUpdate(decodeBase85(doc.state));
		} catch {
			throw new BundleError('damaged', `document ${doc.id}`);
		}
	}
	return bundle;
}

/** What importing `bundle` into `store` would bring. */
export async function previewBundle(store: LocalStore, bundle: Bundle): Promise<BundlePreview> {
	const known = new Set(await store.db.docs.toCollection().primaryKeys());
	// A document's summary (a doc-linked record, same id) names it when the header does not.
	const titles = new Map(
		bundle.records
			.filter((r) => collectionNamed(r.collection)?.docLinked)
			.map((r) => [r.id, r.data.title])
	);
	return {
		bundle,
		exportedAt: bundle.exportedAt,
		userName: bundle.user.name,
		docs: bundle.docs.map((doc) => ({
			id: doc.id,
			type: doc.type,
			title: String(doc.title ?? titles.get(doc.id) ?? ''),
			known: known.has(doc.id),
			bytes: Math.round(((doc.state.length - 1) * 4) / 5)
		})),
		records: COLLECTIONS.map((spec) => ({
			collection: spec.name,
			messages: spec.messages,
			count: bundle.records.filter((r) => r.collection === spec.name).length
		})),
		photos: bundle.photos.length
	};
}

async function mergeRecord(store: LocalStore, record: BundleRecord): Promise<boolean> {
	const current = await recordTable(store.db, record.collection).get(record.id);
	if (current) {
		const same = Object.entries(record.data).every(
			([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value)
		);
		if (same) return false;
	}
	await saveLocalRecord(store.db, record.collection, record.id, record.data);
	return true;
}

/** Merges `bundle` into `store`. Idempotent; imported changes are queued for the server. */
export async function mergeBundle(store: LocalStore, bundle: Bundle): Promise<MergeResult> {
	const result: MergeResult = {
		docsChanged: 0,
		recordsChanged: 0,
		photosAdded: 0,
		photosRefused: 0,
		refused: []
	};
	for (const doc of bundle.docs) {
		await store.docs.create({ id: doc.id, type: doc.type, commune: doc.commune, title: doc.title });
		const changed = await store.docs.use(doc.id, (ydoc) => {
			let updated = false;
			const mark = () => (updated = true);
			ydoc.on('update', mark);
			Y.applyUpdate(ydoc, decodeBase85(doc.state), IMPORT_ORIGIN);
			ydoc.off('update', mark);
			return updated;
		});
		if (changed) result.docsChanged++;
		// A project's summary follows its merged document, not the file's copy.
		if (doc.type === 'project' && (await syncSummary(store, doc.id))) result.recordsChanged++;
	}
	const docIds = new Set(bundle.docs.map((d) => d.id));
	for (const record of bundle.records) {
		const rule = collectionNamed(record.collection)?.bundle ?? 'never';
		if (rule === 'never') continue;
		// The summary of a document of the file follows the merged document, not the file's copy.
		if (rule === 'with-doc' && docIds.has(record.id)) continue;
		if (typeof rule === 'object') {
			const outcome = await rule.merge(store.db, record);
			if (outcome === 'added') result.recordsChanged++;
			else if (outcome !== 'same') {
				const message = `${collectionNamed(record.collection)!.messages}.records.refused.${outcome.reason}`;
				result.refused.push({ ...outcome, message });
			}
		} else if (await mergeRecord(store, record)) result.recordsChanged++;
	}
	const photos = await mergeBundlePhotos(store.db, bundle.photos);
	result.photosAdded = photos.added;
	result.photosRefused = photos.refused;
	return result;
}
