// The framing drafts of one élu on this device (module es-4, "Cadrer mon action"): saved as they
// type, read back after a reload or a killed tab. A draft is a scratch pad, not a record: it is
// never queued for the server (the project it creates is what syncs) and never checked here
// (domain/framing does that). Once a draft names the project it created, no later save
// forgets that id, so a second "create" opens the same project instead of a duplicate.
import { normalizeFraming, type Framing } from '../domain/framing';
import type { UserDatabase } from '$lib/local/db';

/** The draft `id` (the module key) as stored, cleaned; undefined when none was ever saved. */
export async function loadFraming(db: UserDatabase, id: string): Promise<Framing | undefined> {
	const row = await db.framings.get(id);
	return row ? normalizeFraming(row, id) : undefined;
}

/**
 * Saves `framing` whole (updatedAt set now) and resolves once it is in IndexedDB. A project id
 * already stored is kept when `framing` has none (a save racing the creation cannot drop it).
 * Resolves with the draft as stored.
 */
export async function saveFraming(db: UserDatabase, framing: Framing): Promise<Framing> {
	return db.transaction('rw', db.framings, async () => {
		const stored = await db.framings.get(framing.id);
		const row: Framing = { ...normalizeFraming(framing, framing.id), updatedAt: Date.now() };
		const projectId = framing.projectId ?? stored?.projectId;
		if (projectId) row.projectId = projectId;
		await db.framings.put(row);
		return row;
	});
}

/** Records that draft `id` created project `projectId` (the draft must exist). */
export async function rememberFramingProject(
	db: UserDatabase,
	id: string,
	projectId: string
): Promise<void> {
	const updated = await db.framings.update(id, { projectId, updatedAt: Date.now() });
	if (!updated) throw new Error(`framing ${id} is not on this device`);
}

/** Framing drafts that have not become a project yet: they exist on this device only. */
export async function countUnsentDrafts(db: UserDatabase): Promise<number> {
	return db.framings.filter((framing) => !framing.projectId).count();
}
