// File bundles: the same changes the engine sends, written to a `.collabactons` file (gzip of a
// JSON, see domain/sync/bundle-format.ts) and read back on another device. Merging is
// idempotent: importing a file twice changes nothing. Imported document changes enter the
// outbox, so they reach the server under the importer's identity (the server's rules decide).
// Signed charters travel too and are never altered on import (bundle-charters.ts).
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
import { recordTable } from '$lib/local/db';
import { syncSummary } from '$lib/local/projects';
import { mergeBundlePhotos, photoBundleEntries } from './bundle-photos';
import { saveLocalRecord } from '$lib/local/records';
import type { LocalStore } from '$lib/local/store';
import { deviceId } from '$lib/local/sync-state';
import { charterBundleRecords, mergeCharter, type RefusedCharter } from './bundle-charters';

export type { CharterRefusal, RefusedCharter } from './bundle-charters';

/** Origin of imported updates: treated as local changes (they enter the outbox). */
const IMPORT_ORIGIN = Symbol('import');

/** What a file holds, shown before merging. */
export interface BundlePreview {
	bundle: Bundle;
	exportedAt: string;
	userName: string;
	docs: { id: string; type: string; title: string; known: boolean; bytes: number }[];
	records: { projects: number; progress: number; charters: number; photos: number };
}

/** What a merge changed. */
export interface MergeResult {
	docsChanged: number;
	recordsChanged: number;
	/** Log photos added to this device, and those left out (not an image, too large). */
	photosAdded: number;
	photosRefused: number;
	/** Charters of the file left out, each with why (the device's own copy is kept). */
	refused: RefusedCharter[];
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
	const projects = docId
		? [await db.projects.get(docId)].filter((p) => p !== undefined)
		: await db.projects.toArray();
	for (const row of projects) bundle.records.push(toRecord('projects', row));
	bundle.photos = await photoBundleEntries(
		db,
		metas.filter((m) => m.type === 'project').map((m) => m.id)
	);
	if (!docId) {
		for (const row of await db.progress.toArray()) bundle.records.push(toRecord('progress', row));
		bundle.records.push(...(await charterBundleRecords(db, user.id)));
	}
	return gzipSync(strToU8(JSON.stringify(bundle)), { level: 6 });
}

/** A stored row as a bundle record (without the device-only `updatedAt`). */
function toRecord(
	collection: BundleRecord['collection'],
	row: { id: string; [field: string]: unknown }
): BundleRecord {
	const data: Record<string, unknown> = { ...row };
	delete data.id;
	delete data.updatedAt;
	return { collection, id: row.id, data };
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
	const bundle = readBundle(json);
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
	const titles = new Map(
		bundle.records.filter((r) => r.collection === 'projects').map((r) => [r.id, r.data.title])
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
		records: {
			projects: bundle.records.filter((r) => r.collection === 'projects').length,
			progress: bundle.records.filter((r) => r.collection === 'progress').length,
			charters: bundle.records.filter((r) => r.collection === 'charters').length,
			photos: bundle.photos.length
		}
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
		if (record.collection === 'projects' && docIds.has(record.id)) continue;
		if (record.collection === 'charters') {
			const outcome = await mergeCharter(store.db, record);
			if (outcome === 'added') result.recordsChanged++;
			else if (outcome !== 'same') result.refused.push(outcome);
		} else if (await mergeRecord(store, record)) result.recordsChanged++;
	}
	const photos = await mergeBundlePhotos(store.db, bundle.photos);
	result.photosAdded = photos.added;
	result.photosRefused = photos.refused;
	return result;
}
