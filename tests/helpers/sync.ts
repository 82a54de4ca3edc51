// POST /api/collab/sync as server specs call it: one request with the protocol's defaults, and
// a pull through every page. The response is the server's JSON as it came (typed with the
// client's `SyncResponse`, never passed through the client's lenient reader), so a spec sees
// exactly what the server sent.
import type PocketBase from 'pocketbase';
import type { DocChange, RecordChange, SyncResponse } from '../../src/lib/domain/sync/protocol';

export type { DocChange, SyncResponse };

/**
 * One sync request as `pb`'s user: `v: 1`, device `d-test`, cursor 0 and no ops or records
 * unless `body` says otherwise. Rejects (ClientResponseError) on any status but 200.
 */
export function sync(pb: PocketBase, body: Record<string, unknown>): Promise<SyncResponse> {
	return pb.send('/api/collab/sync', {
		method: 'POST',
		body: { v: 1, device: 'd-test', cursor: 0, ops: [], records: [], ...body }
	});
}

/** Pulls from `cursor` until `more` is false: every change, record change, and the last cursor. */
export async function pullAll(
	pb: PocketBase,
	device: string,
	cursor = 0,
	limit?: number
): Promise<{ changes: DocChange[]; recordChanges: RecordChange[]; cursor: number }> {
	const changes: DocChange[] = [];
	const recordChanges: RecordChange[] = [];
	for (;;) {
		const page = await sync(pb, { device, cursor, ...(limit ? { limit } : {}) });
		changes.push(...page.changes);
		recordChanges.push(...page.recordChanges);
		cursor = page.cursor;
		if (!page.more) return { changes, recordChanges, cursor };
	}
}
