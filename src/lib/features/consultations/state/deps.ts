// Where the concertation state finds the signed-in user's database, who they are, the server
// client for results, and whom it tells after a local write. Injected so that specs run the
// state against a real fake-indexeddb database without the app's session.
import type { Role } from '$lib/domain/users';
import type { UserDatabase } from '$lib/local/db';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';
import { getPocketBase } from '$lib/sync/pocketbase';
import { fetchResults, type ResultsAnswer } from '../sync/results';

export interface ConsultationDeps {
	db(): Promise<UserDatabase>;
	user(): { id: string; role: Role | '' };
	/** The results of a consultation from the server (never throws). */
	results(id: string): Promise<ResultsAnswer>;
	onSaved(): void;
	now(): number;
}

export const defaultDeps: ConsultationDeps = {
	db: async () => (await syncState.ready()).db,
	user: () => ({ id: session.user?.id ?? '', role: session.user?.role ?? '' }),
	results: async (id) => fetchResults(await getPocketBase(), id),
	onSaved: () => syncState.noteLocalWrite(),
	now: () => Date.now()
};
