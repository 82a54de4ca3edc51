// The one PocketBase client of a page (or of the service worker). Its auth store is backed by
// the session saved in IndexedDB (local/session.ts), so the token survives restarts and is
// readable from the service worker. Only sync/ imports the SDK (README, Architecture).
import PocketBase, { AsyncAuthStore } from 'pocketbase';
import { clearAuth, loadSavedAuth, saveAuth } from '$lib/local/session';

let ready: Promise<PocketBase> | undefined;

/** Builds a client for `baseUrl` whose auth store persists to the saved session. */
export async function createPocketBase(baseUrl: string): Promise<PocketBase> {
	const saved = await loadSavedAuth();
	const store = new AsyncAuthStore({
		save: async (serialized) => {
			const { token, record } = JSON.parse(serialized) as {
				token: string;
				record: Record<string, unknown> | null;
			};
			if (token && record) await saveAuth(token, record);
			else await clearAuth();
		},
		clear: clearAuth,
		initial: saved ? JSON.stringify({ token: saved.token, record: saved.record }) : undefined
	});
	const pb = new PocketBase(baseUrl, store);
	// Requests of the sync engine must not cancel each other (the SDK's default for same-path GETs).
	pb.autoCancellation(false);
	return pb;
}

/** The shared client of this page, created on first use against the app's own origin. */
export function getPocketBase(): Promise<PocketBase> {
	ready ??= createPocketBase(globalThis.location?.origin ?? 'http://127.0.0.1:8090');
	return ready;
}
