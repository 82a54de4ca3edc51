// The boards of a user's sessions on this device: each a Yjs document of type `board`, opened
// through the user's document registry (local/docs.ts), so that its changes go to the outbox
// and y-indexeddb before the screen says they are saved, reach the server with the next sync
// cycle and travel in `.collabactons` files. Never talks to the network.
import type { LocalDoc } from '$lib/local/docs';
import type { LocalStore } from '$lib/local/store';
import { boardDocId } from '../domain/board';
import { initBoard, type BoardInit } from './board-doc';

/**
 * Opens (creating it if needed) the board of `init.activity` in `init.session`. Its id is
 * derived from both, so every tablet of the session opens the same document. Release it once.
 */
export async function acquireBoard(store: LocalStore, init: BoardInit): Promise<LocalDoc> {
	const id = await boardDocId(init.session, init.activity);
	// A board belongs to a session, not to a commune: its scope on the wire (the `commune` field
	// of its ops and changes) is the session's id, and the server lets only the session's
	// facilitators push and pull it (pocketbase/pb_hooks/lib/sync/boards.js).
	await store.docs.create({ id, type: 'board', commune: init.session, title: init.title });
	const local = await store.docs.acquire(id);
	initBoard(local.doc, init);
	return local;
}
