// Splits a Yjs update too large for one op (the server takes at most MAX_UPDATE_BYTES per op)
// into several updates, each within the limit, that together give the same document: used when
// a device pushes the full state of a large document again after the server was restored from
// a backup (engine.ts, #queueRestore). Parts follow each writer's clock in order, then a last
// part carries the deletions; applied in any order they converge (Yjs keeps what it cannot place
// yet as pending). Pure: never reads or writes a store.
import * as Y from 'yjs';

/**
 * `update` itself when it fits in `maxBytes`, else parts of at most `maxBytes` each (a part can
 * only be larger when a single character or embedded value is).
 * @param update a Yjs update (v1), typically a document's full state
 * @param maxBytes the largest part
 */
export function splitUpdate(update: Uint8Array, maxBytes: number): Uint8Array[] {
	if (update.byteLength <= maxBytes) return [update];
	// Without garbage collection, so that a past state can be rebuilt from a snapshot.
	const source = new Y.Doc({ gc: false });
	Y.applyUpdate(source, update);
	const full = Y.decodeStateVector(Y.encodeStateVector(source));
	const noDeletions = Y.createDeleteSet();
	const parts: Uint8Array[] = [];
	/** What the parts so far hold, per writer (client id → clock). */
	const done = new Map<number, number>();
	for (const [client, clock] of full) {
		let from = 0;
		while (from < clock) {
			let to = clock;
			for (;;) {
				const upTo = new Map(done).set(client, to);
				const prefix = Y.createDocFromSnapshot(source, Y.createSnapshot(noDeletions, upTo));
				const part = Y.encodeStateAsUpdate(
					prefix,
					Y.encodeStateVector(new Map(done).set(client, from))
				);
				prefix.destroy();
				if (part.byteLength <= maxBytes || to - from <= 1) {
					parts.push(part);
					from = to;
					break;
				}
				to = from + Math.floor((to - from) / 2);
			}
		}
		done.set(client, clock);
	}
	// The deletions of the whole document, without any content.
	parts.push(Y.encodeStateAsUpdate(source, Y.encodeStateVector(source)));
	source.destroy();
	return parts;
}
