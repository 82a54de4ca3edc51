// The sync protocol v1 as the client sees it (tests/.tmp/SYNC-PROTOCOL-DRAFT.md, then
// pocketbase/README.md): request and response shapes, limits, and a strict reader of responses.
// Pure TypeScript: it never touches storage or the network.

/** Document types the server accepts. */
export const DOC_TYPES = ['project', 'board'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/**
 * The name of a record collection pushed through the sync route. Which names exist is declared by
 * the features (src/lib/collections.ts), not here: the protocol carries any of them.
 */
export type RecordCollection = string;

export const PROTOCOL_VERSION = 1;
/** What one request may carry (the server refuses more with 413). */
export const MAX_ITEMS_PER_REQUEST = 1000;
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** Decoded size caps of one update and one snapshot. */
export const MAX_UPDATE_BYTES = 512 * 1024;
export const MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024;

export interface SyncOp {
	id: string;
	doc: string;
	type: DocType;
	commune: string;
	/** z85 (base85.ts) of a Yjs update. */
	update: string;
	/** Present on a snapshot: the full state covers every server row of this doc with seq <= covers. */
	covers?: number;
}

export interface SyncRecord {
	collection: RecordCollection;
	id: string;
	/**
	 * The record's version, stamped when it was saved on the device (nextRecordRev): the server
	 * ignores a push that is not newer than what it holds, so a replayed or late request never
	 * rolls a record back.
	 */
	rev: number;
	data: Record<string, unknown>;
}

/**
 * The version to stamp on a record saved now, after `seen` (the newest version of it this device
 * knows, 0 if none): a hybrid logical clock, the wall clock in milliseconds unless a version seen
 * is already ahead of it (another device's clock), so that a later save always wins.
 */
export function nextRecordRev(seen: number, now = Date.now()): number {
	return Math.max(Math.floor(now), Math.floor(seen) + 1);
}

export interface SyncRequest {
	v: 1;
	device: string;
	cursor: number;
	limit?: number;
	ops: SyncOp[];
	records: SyncRecord[];
}

export type RejectionCode = 'forbidden' | 'too_large' | 'malformed' | 'immutable' | 'unknown_type';

export interface Rejection {
	id: string;
	kind: 'op' | 'record';
	status: number;
	code: string;
	reason: string;
}

export interface DocChange {
	seq: number;
	doc: string;
	type: string;
	commune: string;
	update: string;
	snapshot: boolean;
}

export interface RecordChange {
	seq: number;
	collection: string;
	id: string;
	/** The version the server holds (0 for a record stored before versions existed). */
	rev: number;
	data: Record<string, unknown>;
}

export interface SyncResponse {
	v: 1;
	accepted: string[];
	rejected: Rejection[];
	records: string[];
	/**
	 * The stored versions of records this request pushed but that the server already held at a
	 * newer version: the push changed nothing, and the device adopts these.
	 */
	superseded: RecordChange[];
	changes: DocChange[];
	recordChanges: RecordChange[];
	cursor: number;
	more: boolean;
	compact: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const list = (value: unknown): Record<string, unknown>[] =>
	Array.isArray(value) ? value.filter(isObject) : [];

const recordChanges = (value: unknown): RecordChange[] =>
	list(value)
		.filter((c) => typeof c.collection === 'string' && typeof c.id === 'string')
		.map((c) => ({
			seq: Number(c.seq) || 0,
			collection: String(c.collection),
			id: String(c.id),
			rev: Number(c.rev) || 0,
			data: isObject(c.data) ? c.data : {}
		}));

/**
 * Reads a response body into a `SyncResponse`, dropping malformed entries; throws when the body
 * is not a v1 sync response at all (a proxy's error page, a wrong route).
 */
export function readSyncResponse(body: unknown): SyncResponse {
	if (!isObject(body) || typeof body.cursor !== 'number' || !Number.isInteger(body.cursor)) {
		throw new Error('not a sync response: missing integer cursor');
	}
	return {
		v: 1,
		accepted: strings(body.accepted),
		rejected: list(body.rejected)
			.filter((r) => typeof r.id === 'string')
			.map((r) => ({
				id: String(r.id),
				kind: r.kind === 'record' ? 'record' : 'op',
				status: typeof r.status === 'number' ? r.status : 400,
				code: typeof r.code === 'string' ? r.code : 'malformed',
				reason: typeof r.reason === 'string' ? r.reason : ''
			})),
		records: strings(body.records),
		changes: list(body.changes)
			.filter((c) => typeof c.doc === 'string' && typeof c.update === 'string')
			.map((c) => ({
				seq: Number(c.seq) || 0,
				doc: String(c.doc),
				type: String(c.type ?? 'project'),
				commune: String(c.commune ?? ''),
				update: String(c.update),
				snapshot: c.snapshot === true
			})),
		superseded: recordChanges(body.superseded),
		recordChanges: recordChanges(body.recordChanges),
		cursor: body.cursor,
		more: body.more === true,
		compact: strings(body.compact)
	};
}

/** Is `status` worth retrying later (network, server overload, rate limit)? */
export function isTransientStatus(status: number): boolean {
	return status === 0 || status === 408 || status === 429 || status >= 500;
}
