// Reads of the Yjs documents this device knows (Dexie `docs`: id, type, commune, title), for the
// state layer: whether a document is here, and the titles the Synchronisation screen names
// changes by. Read-only: DocRegistry (docs.ts) and local/projects write these rows.
import type { DocMeta, UserDatabase } from './db';

/** Whether document `id` (a project…) is on this device. */
export async function hasDocument(db: UserDatabase, id: string): Promise<boolean> {
	return (await db.docs.get(id)) !== undefined;
}

/** The metadata of every document on this device, by id. */
export async function loadDocMetas(db: UserDatabase): Promise<Record<string, DocMeta>> {
	return Object.fromEntries((await db.docs.toArray()).map((meta) => [meta.id, meta]));
}
