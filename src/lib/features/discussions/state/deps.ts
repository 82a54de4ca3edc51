// Where the learning network's state finds the signed-in user's database and whom it tells after
// a local write (the sync scheduler). Injected so that specs run the state against a real
// fake-indexeddb database without the app's session.
import type { UserDatabase } from '$lib/local/db';
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';

export interface NetworkDeps {
	db(): Promise<UserDatabase>;
	/** The signed-in user's id ('' when nobody is signed in). */
	user(): string;
	onSaved(): void;
}

export const defaultDeps: NetworkDeps = {
	db: async () => (await syncState.ready()).db,
	user: () => session.user?.id ?? '',
	onSaved: () => syncState.noteLocalWrite()
};
