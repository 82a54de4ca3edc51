// The sync engine: ONE implementation run from the page, the service worker and the tests.
// A cycle pushes the outbox (one merged update per document, records) and pulls the server's
// changes in as few requests as possible, applies them to the Yjs documents and Dexie, and
// saves the cursor only after applying. It never drops a local change: refused ones stay in
// the outbox with the server's reason; on a network failure everything stays pending.
import * as Y from 'yjs';
import { decodeBase85, encodeBase85 } from '$lib/domain/sync/base85';
import { snapshotOpId } from '$lib/domain/sync/ids';
import {
	isTransientStatus,
	MAX_SNAPSHOT_BYTES,
	MAX_UPDATE_BYTES,
	PROTOCOL_VERSION,
	readSyncResponse,
	type DocType,
	type SyncRequest,
	type SyncResponse
} from '$lib/domain/sync/protocol';
import { COLLECTION_NAMES, COLLECTIONS } from '$lib/collections';
import { wireData } from '$lib/local/collection';
import { recordTable, type DocMeta } from '$lib/local/db';
import {
	addDocUpdate,
	addRecord,
	entriesIn,
	pruneConfirmed,
	queuedByRestore,
	removeEntries,
	resetSending,
	setState
} from '$lib/local/outbox';
import { putServerRecords } from '$lib/local/records';
import type { LocalStore } from '$lib/local/store';
import { deviceId, loadCursor, recordCycle, saveCursor } from '$lib/local/sync-state';
import { backoffDelay, type BackoffOptions } from './backoff';
import { defaultLock, type Lock } from './lock';
import { buildOps, buildRecords, packBatches, type OutgoingBatch } from './outgoing';
import { splitUpdate } from './split';
import { TransportError, type SyncTransport } from './transport';

/**
 * How a cycle ended. `transient`: no answer, 5xx or 429 (retried with backoff); `reauth`: the
 * server refused the token (sign in again, nothing is lost); `error`: anything else.
 */
/** `revoked`: the device was removed from the account (« Mes appareils »): erase its data. */
export type CycleStatus = 'ok' | 'transient' | 'reauth' | 'revoked' | 'error';

export interface CycleResult {
	status: CycleStatus;
	requests: number;
	bytesSent: number;
	bytesReceived: number;
	/** Ops and records the server accepted / refused in this cycle. */
	accepted: number;
	rejected: number;
	/** Doc changes and record changes applied. */
	pulled: number;
	/** Snapshots pushed for compaction. */
	snapshots: number;
	/** Changes from the server that could not be decoded (skipped, see console). */
	skipped: number;
	cursor: number;
	error?: string;
}

export interface SyncEngineOptions {
	store: LocalStore;
	transport: SyncTransport;
	/** Defaults to Web Locks when available, else an in-process mutex per store. */
	lock?: Lock;
	/** Max change rows per response (the server caps it). @default 1000 */
	limit?: number;
	backoff?: BackoffOptions & { attempts?: number };
	/** Injected for tests. */
	sleep?: (ms: number) => Promise<void>;
	random?: () => number;
	/** Called after every cycle (state layer, logs). */
	onCycle?: (result: CycleResult) => void;
	/**
	 * Called after other devices' changes were applied to local documents, with those documents:
	 * the place to re-derive records that summarise a document (a project's summary), which are
	 * then sent in the same cycle.
	 */
	afterRemoteApply?: (docs: { id: string; type: DocType }[]) => Promise<void>;
}

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The sync engine of one user's local store. */
export class SyncEngine {
	readonly #store: LocalStore;
	readonly #transport: SyncTransport;
	readonly #lock: Lock;
	readonly #options: SyncEngineOptions;

	constructor(options: SyncEngineOptions) {
		this.#store = options.store;
		this.#transport = options.transport;
		this.#lock = options.lock ?? lockOf(options.store);
		this.#options = options;
	}

	/**
	 * Runs cycles until one succeeds, retrying transient failures (network, 5xx, 429) with
	 * exponential backoff and jitter, at most `backoff.attempts` times (default 5).
	 */
	async sync(): Promise<CycleResult> {
		const attempts = this.#options.backoff?.attempts ?? 5;
		let result = await this.cycle();
		for (let attempt = 0; result.status === 'transient' && attempt < attempts; attempt++) {
			const delay = backoffDelay(attempt, this.#options.backoff, this.#options.random);
			await (this.#options.sleep ?? sleepMs)(delay);
			result = await this.cycle();
		}
		return result;
	}

	/** Runs exactly one cycle (waiting for any other cycle of this user to end first). */
	async cycle(): Promise<CycleResult> {
		const result = await this.#lock.run(() => this.#cycle());
		this.#options.onCycle?.(result);
		return result;
	}

	async #cycle(): Promise<CycleResult> {
		const { db } = this.#store;
		const result: CycleResult = {
			status: 'ok',
			requests: 0,
			bytesSent: 0,
			bytesReceived: 0,
			accepted: 0,
			rejected: 0,
			pulled: 0,
			snapshots: 0,
			skipped: 0,
			cursor: 0
		};
		try {
			// A cycle holds the lock: anything still `sending` was left by an interrupted one.
			await resetSending(db);
			const device = await deviceId(db);
			result.cursor = await loadCursor(db);
			const batches = await this.#outgoing();
			const compact = new Set<string>();
			let more = true;
			let restored = false;
			while (more || batches.length) {
				const batch = batches.shift() ?? { ops: [], records: [] };
				const sentCursor = result.cursor;
				const response = await this.#exchange(device, result, batch);
				for (const doc of response.compact) compact.add(doc);
				more = response.more;
				if (more && response.cursor <= sentCursor && !batch.ops.length && !batch.records.length) {
					// A page that does not move the cursor would loop forever.
					throw new Error(`sync paging stuck at cursor ${response.cursor}`);
				}
				if (response.cursor < sentCursor && !restored) {
					// The server was restored from an older backup: give it back what it lost.
					restored = true;
					await this.#queueRestore();
					batches.push(...(await this.#outgoing()));
				}
			}
			// What afterRemoteApply derived from merged documents goes out in this cycle too.
			for (const batch of await this.#outgoing()) await this.#exchange(device, result, batch);
			const snapshots = await this.#snapshots(compact, result.cursor, device);
			if (snapshots.ops.length) {
				result.snapshots = snapshots.ops.length;
				more = true;
				for (let batch = snapshots; more; batch = { ops: [], records: [] }) {
					more = (await this.#exchange(device, result, batch)).more;
				}
			}
		} catch (error) {
			result.status = classify(error);
			result.error = error instanceof Error ? error.message : String(error);
		}
		// Whatever the server did not answer about stays in the queue.
		await resetSending(db);
		await pruneConfirmed(db);
		await recordCycle(db, {
			at: Date.now(),
			ok: result.status === 'ok',
			requests: result.requests,
			bytesSent: result.bytesSent,
			bytesReceived: result.bytesReceived,
			pushed: result.accepted,
			pulled: result.pulled,
			error: result.error
		});
		return result;
	}

	/**
	 * Queues the full state of every local document (as a normal op, new id) and, for each record
	 * collection that asks for it, every record this device may write again: merges and replays are
	 * idempotent, so this only restores what is missing.
	 */
	async #queueRestore(): Promise<void> {
		const { db, docs } = this.#store;
		const docIds = new Set<string>();
		for (const meta of await db.docs.toArray()) {
			// A state over the per-op limit goes in several parts (the server refuses it whole).
			for (const part of splitUpdate(await docs.encodeState(meta.id), MAX_UPDATE_BYTES)) {
				await addDocUpdate(db, meta.id, part);
			}
			docIds.add(meta.id);
		}
		for (const spec of COLLECTIONS) {
			if (spec.restore === 'none') continue;
			for (const row of await recordTable(db, spec.name).toArray()) {
				if (spec.restore === 'with-doc' && !docIds.has(row.id)) continue;
				// With the version it has: a newer one another device pushed since must still win.
				await addRecord(db, spec.name, row.id, wireData(spec, row), row.rev || undefined, {
					restore: true
				});
			}
		}
	}

	/** Builds the requests' payloads from the pending outbox and marks those entries `sending`. */
	async #outgoing(): Promise<OutgoingBatch[]> {
		const { db } = this.#store;
		const pending = await entriesIn(db, ['pending']);
		if (!pending.length) return [];
		const docIds = [...new Set(pending.map((e) => e.docId).filter((id) => id !== undefined))];
		const metas = new Map<string, DocMeta>();
		for (const meta of await db.docs.bulkGet(docIds)) if (meta) metas.set(meta.id, meta);
		const ops = buildOps(pending, metas);
		const records = buildRecords(pending);
		for (const { op, entryIds } of ops) await setState(db, entryIds, 'sending', { opId: op.id });
		for (const { entryIds } of records) await setState(db, entryIds, 'sending');
		return packBatches(ops, records);
	}

	/** One request and the application of its response. */
	async #exchange(
		device: string,
		result: CycleResult,
		batch: OutgoingBatch
	): Promise<SyncResponse> {
		const request: SyncRequest = {
			v: PROTOCOL_VERSION,
			device,
			cursor: result.cursor,
			limit: this.#options.limit ?? 1000,
			ops: batch.ops.map((o) => o.op),
			records: batch.records.map((r) => r.record)
		};
		result.requests++;
		result.bytesSent += JSON.stringify(request).length;
		const body = await this.#transport.send(request);
		result.bytesReceived += JSON.stringify(body).length;
		const response = readSyncResponse(body);
		await this.#applyOutcome(batch, response, result);
		const pulled = await this.#applyChanges(response, result);
		result.pulled += pulled;
		await saveCursor(this.#store.db, response.cursor);
		result.cursor = response.cursor;
		return response;
	}

	/** Marks what the server accepted or refused among what this request carried. */
	async #applyOutcome(batch: OutgoingBatch, response: SyncResponse, result: CycleResult) {
		const { db } = this.#store;
		const accepted = new Set(response.accepted);
		const acceptedRecords = new Set(response.records);
		const rejected = new Map(response.rejected.map((r) => [`${r.kind}:${r.id}`, r]));
		const now = Date.now();
		for (const { op, entryIds } of batch.ops) {
			const refusal = rejected.get(`op:${op.id}`);
			if (refusal) {
				result.rejected++;
				const { reason, code, status } = refusal;
				await setState(db, entryIds, 'rejected', { reason, code, status });
			} else if (accepted.has(op.id)) {
				result.accepted++;
				if (op.covers === undefined) await setState(db, entryIds, 'confirmed');
				await db.docs.update(op.doc, { lastPushedAt: now });
			}
		}
		for (const { record, entryIds } of batch.records) {
			const refusal = rejected.get(`record:${record.id}`);
			if (refusal && (await queuedByRestore(db, entryIds))) {
				// Given back after a server restore, not changed by this user: a refusal means the row
				// is someone else's (a session's rows on a participant's tablet) or no longer
				// acceptable as it was (a vote after the closing). The server's state stands.
				await removeEntries(db, entryIds);
			} else if (refusal) {
				result.rejected++;
				const { reason, code, status } = refusal;
				await setState(db, entryIds, 'rejected', { reason, code, status });
			} else if (acceptedRecords.has(record.id)) {
				result.accepted++;
				await setState(db, entryIds, 'confirmed');
			}
		}
	}

	/** Applies doc and record changes (documents stored before the cursor moves). */
	async #applyChanges(response: SyncResponse, result: CycleResult): Promise<number> {
		const { db, docs } = this.#store;
		const byDoc = new Map<string, typeof response.changes>();
		for (const change of response.changes) {
			const list = byDoc.get(change.doc) ?? [];
			list.push(change);
			byDoc.set(change.doc, list);
		}
		for (const [docId, changes] of byDoc) {
			const first = changes[0]!;
			await docs.create({ id: docId, type: first.type as DocType, commune: first.commune });
			const updates: Uint8Array[] = [];
			for (const change of changes) {
				const update = readUpdate(change.update);
				if (update) updates.push(update);
				else {
					// The server stores updates without decoding them: a damaged one must not block
					// the cursor forever. It is skipped and reported.
					result.skipped++;
					console.warn(`sync: skipped undecodable change seq ${change.seq} of doc ${docId}`);
				}
			}
			if (updates.length) await docs.applyRemote(docId, updates);
			const seq = Math.max(...changes.map((c) => c.seq));
			await db.docs.update(docId, { lastAppliedAt: Date.now(), lastAppliedSeq: seq });
		}
		// A push the server held a newer version of changed nothing there: adopt that version (its
		// entries are confirmed by now, so nothing local holds it back).
		await putServerRecords(
			db,
			[...response.superseded, ...response.recordChanges].filter((change) =>
				COLLECTION_NAMES.has(change.collection)
			)
		);
		if (byDoc.size && this.#options.afterRemoteApply) {
			const applied = [...byDoc].map(([id, changes]) => ({
				id,
				type: changes[0]!.type as DocType
			}));
			await this.#options.afterRemoteApply(applied);
		}
		return response.changes.length + response.recordChanges.length + response.superseded.length;
	}

	/** Snapshot ops of the documents the server asked to compact that this device fully holds. */
	async #snapshots(compact: Set<string>, cursor: number, device: string): Promise<OutgoingBatch> {
		const { db, docs } = this.#store;
		const batch: OutgoingBatch = { ops: [], records: [] };
		for (const docId of compact) {
			const meta = await db.docs.get(docId);
			if (!meta) continue;
			// A document with unconfirmed local changes waits: its snapshot must not carry them.
			const unconfirmed = await db.outbox
				.where('docId')
				.equals(docId)
				.filter((e) => e.state !== 'confirmed')
				.count();
			if (unconfirmed) continue;
			const state = await docs.encodeState(docId);
			if (state.byteLength > MAX_SNAPSHOT_BYTES) continue;
			batch.ops.push({
				op: {
					id: snapshotOpId(docId, cursor, device),
					doc: docId,
					type: meta.type,
					commune: meta.commune,
					update: encodeBase85(state),
					covers: cursor
				},
				entryIds: []
			});
		}
		return batch;
	}
}

/** The bytes of a z85 Yjs update, or undefined when it is not a readable update. */
function readUpdate(text: string): Uint8Array | undefined {
	try {
		const update = decodeBase85(text);
		Y.decodeUpdate(update);
		return update;
	} catch {
		return undefined;
	}
}

const locks = new WeakMap<LocalStore, Lock>();
/** One lock per store, so that every engine of a store takes turns. */
function lockOf(store: LocalStore): Lock {
	let lock = locks.get(store);
	if (!lock) locks.set(store, (lock = defaultLock()));
	return lock;
}

function isRevoked(body: unknown): boolean {
	return (
		typeof body === 'object' && body !== null && 'code' in body && body.code === 'device_revoked'
	);
}

function classify(error: unknown): CycleStatus {
	if (error instanceof TransportError) {
		if (error.status === 401) return 'reauth';
		if (error.status === 403 && isRevoked(error.body)) return 'revoked';
		return isTransientStatus(error.status) ? 'transient' : 'error';
	}
	return 'error';
}
