/// <reference lib="webworker" />
// Background Sync and Periodic Background Sync in the service worker: the same engine as the
// page, then the same photo uploader, on the session saved in IndexedDB. It never asks anyone to sign in (no UI here) and
// never drops anything: a transient failure rejects the event so the browser retries later.
import { connectionAllowsPhotos, sendPhotos } from '$lib/features/photos/platform';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- platform.ts cannot re-export local/projects: it saves through local/records, which reaches the registry, which reads platform.ts (a cycle that stopped the service worker).
import { refreshProjectSummaries } from '$lib/features/projects/local/projects';
import { loadPhotosWifiOnly } from '$lib/local/sync-state';
import { openLocalStore } from '$lib/local/store';
import { savedUser } from '$lib/sync/auth';
import { SyncEngine } from '$lib/sync/engine';
import { createPocketBase } from '$lib/sync/pocketbase';
import { PERIODIC_SYNC_TAG, SYNC_TAG } from '$lib/sync/tags';
import { PocketBaseTransport } from '$lib/sync/transport';

/** The event of Background Sync / Periodic Background Sync (not in TypeScript's lib yet). */
interface TaggedExtendableEvent extends ExtendableEvent {
	readonly tag: string;
}

/** Runs one sync for the saved session, if any. Rejects on a transient failure. */
async function backgroundSync(scope: ServiceWorkerGlobalScope, retryable: boolean): Promise<void> {
	const pb = await createPocketBase(scope.location.origin);
	const user = savedUser(pb);
	if (!user || !pb.authStore.token) return;
	const store = await openLocalStore({ userId: user.id });
	try {
		const engine = new SyncEngine({
			store,
			transport: new PocketBaseTransport(pb),
			afterRemoteApply: (docs) => refreshProjectSummaries(store, docs)
		});
		const result = await engine.cycle();
		if (retryable && result.status === 'transient') {
			throw new Error(`sync failed, the browser will retry: ${result.error ?? ''}`);
		}
		// Photos follow their entries (the project must be on the server first), on Wi-Fi only
		// when the user asked for it and the browser tells the connection type.
		if (result.status !== 'ok') return;
		const wifiOnly = await loadPhotosWifiOnly(store.db);
		const connection = (scope.navigator as { connection?: { type?: string } }).connection;
		const photos = await sendPhotos(store, pb, {
			canSend: () => connectionAllowsPhotos(wifiOnly, connection?.type)
		});
		if (retryable && (photos.stopped === 'network' || photos.stopped === 'server')) {
			throw new Error('photos not all sent, the browser will retry');
		}
	} finally {
		await store.close();
	}
}

/** Registers the `sync` and `periodicsync` handlers on the service worker `scope`. */
export function registerSyncHandlers(scope: ServiceWorkerGlobalScope): void {
	scope.addEventListener('sync', (event) => {
		const tagged = event as TaggedExtendableEvent;
		if (tagged.tag === SYNC_TAG) tagged.waitUntil(backgroundSync(scope, true));
	});
	scope.addEventListener('periodicsync', (event) => {
		const tagged = event as TaggedExtendableEvent;
		if (tagged.tag === PERIODIC_SYNC_TAG) tagged.waitUntil(backgroundSync(scope, false));
	});
}
