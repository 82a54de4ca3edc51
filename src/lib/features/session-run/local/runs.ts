// The runs of module agendas on this device (`agenda_runs`, a device table): written at every
// action of the facilitator ("passer", "+5 min", pause…) and read back after a reload, so the
// timer of the room survives a locked screen, a killed tab or a restarted browser. Never
// synced, never checked here beyond what readRun refuses.
import type { UserDatabase } from '$lib/local/db';
import { readRun, type AgendaRunState } from '../domain/run';

/** A stored run as read back: the run, or whether a row exists that does not read as one. */
export interface StoredRun {
	run?: AgendaRunState;
	/** A row is stored under the id but is not a run of this agenda (damaged, agenda changed). */
	damaged: boolean;
}

/** The stored run `id`, read as a run of an agenda of `steps` sequences. */
export async function loadRun(db: UserDatabase, id: string, steps: number): Promise<StoredRun> {
	const row = await db.agenda_runs.get(id);
	const run = readRun(row, steps);
	return { run, damaged: row !== undefined && run === undefined };
}

/** Saves `run` whole; resolves once it is in IndexedDB. */
export async function saveRun(db: UserDatabase, run: AgendaRunState): Promise<void> {
	await db.agenda_runs.put({ ...run });
}

/** Forgets the run `id` ("Recommencer"). */
export async function deleteRun(db: UserDatabase, id: string): Promise<void> {
	await db.agenda_runs.delete(id);
}
