// Turns the outbox into request payloads: one merged update per document (Y.mergeUpdates),
// the latest version of each record, packed into requests under the server's caps. It reads
// entries; it never changes their state and never sends anything.
import * as Y from 'yjs';
import { encodeBase85 } from '$lib/domain/sync/base85';
import { mergedOpId } from '$lib/domain/sync/ids';
import {
	MAX_ITEMS_PER_REQUEST,
	MAX_REQUEST_BYTES,
	MAX_UPDATE_BYTES,
	type SyncOp,
	type SyncRecord
} from '$lib/domain/sync/protocol';
import type { DocMeta, OutboxEntry } from '$lib/local/db';

/** An op with the outbox entries it carries. */
export interface OutgoingOp {
	op: SyncOp;
	entryIds: string[];
}

/** A record with the outbox entries it carries (older versions of it included). */
export interface OutgoingRecord {
	record: SyncRecord;
	entryIds: string[];
}

/** The content of one request. */
export interface OutgoingBatch {
	ops: OutgoingOp[];
	records: OutgoingRecord[];
}

/** Room kept in a request for the envelope and JSON punctuation. */
const ITEMS_CAP = MAX_ITEMS_PER_REQUEST - 10;
const BYTES_CAP = MAX_REQUEST_BYTES - 64 * 1024;

function mergeOp(docId: string, meta: DocMeta, entries: OutboxEntry[]): OutgoingOp {
	const updates = entries.map((e) => e.update!);
	const merged = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
	const entryIds = entries.map((e) => e.id);
	return {
		op: {
			id: mergedOpId(docId, entryIds),
			doc: docId,
			type: meta.type,
			commune: meta.commune,
			update: encodeBase85(merged)
		},
		entryIds
	};
}

/**
 * The ops of `entries` (pending doc updates): one per document, or a few when the merged update
 * would pass the server's per-update cap. Documents without metadata are left out (kept pending).
 */
export function buildOps(entries: OutboxEntry[], metas: Map<string, DocMeta>): OutgoingOp[] {
	const byDoc = new Map<string, OutboxEntry[]>();
	for (const entry of entries) {
		if (entry.kind !== 'op' || !entry.docId || !entry.update) continue;
		const list = byDoc.get(entry.docId) ?? [];
		list.push(entry);
		byDoc.set(entry.docId, list);
	}
	const ops: OutgoingOp[] = [];
	for (const [docId, docEntries] of byDoc) {
		const meta = metas.get(docId);
		if (!meta) continue;
		// Group consecutive entries so that no merged update passes the cap (bytes add up at most).
		let group: OutboxEntry[] = [];
		let size = 0;
		for (const entry of docEntries) {
			if (group.length && size + entry.bytes > MAX_UPDATE_BYTES) {
				ops.push(mergeOp(docId, meta, group));
				group = [];
				size = 0;
			}
			group.push(entry);
			size += entry.bytes;
		}
		if (group.length) ops.push(mergeOp(docId, meta, group));
	}
	return ops;
}

/** The latest pending version of each record (older ones ride along as confirmed by it). */
export function buildRecords(entries: OutboxEntry[]): OutgoingRecord[] {
	const byRecord = new Map<string, OutgoingRecord>();
	for (const entry of entries) {
		if (entry.kind !== 'record' || !entry.collection || !entry.recordId || !entry.data) continue;
		const key = `${entry.collection}/${entry.recordId}`;
		const previous = byRecord.get(key);
		byRecord.set(key, {
			record: {
				collection: entry.collection,
				id: entry.recordId,
				// An entry queued before versions existed: the time it was saved is its version.
				rev: entry.rev || entry.createdAt,
				data: entry.data
			},
			entryIds: [...(previous?.entryIds ?? []), entry.id]
		});
	}
	return [...byRecord.values()];
}

/** Packs ops and records into as few requests as the server's caps allow (at least one). */
export function packBatches(ops: OutgoingOp[], records: OutgoingRecord[]): OutgoingBatch[] {
	const batches: OutgoingBatch[] = [];
	let current: OutgoingBatch = { ops: [], records: [] };
	let items = 0;
	let bytes = 0;
	const add = (size: number, put: () => void) => {
		if (items && (items + 1 > ITEMS_CAP || bytes + size > BYTES_CAP)) {
			batches.push(current);
			current = { ops: [], records: [] };
			items = 0;
			bytes = 0;
		}
		put();
		items++;
		bytes += size;
	};
	for (const op of ops) add(op.op.update.length + 200, () => current.ops.push(op));
	for (const record of records) {
		add(JSON.stringify(record.record).length + 10, () => current.records.push(record));
	}
	batches.push(current);
	return batches;
}
