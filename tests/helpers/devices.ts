// Simulated devices for server tests: each has its own IndexedDB (fake-indexeddb), its own
// signed-in client and a sync engine over the real route. `simulatedDevices()` registers the
// cleanup for the enclosing file: every store opened through it is closed after each test.
import { IDBFactory } from 'fake-indexeddb';
import type PocketBase from 'pocketbase';
import { afterEach } from 'vitest';
import { refreshProjectSummaries } from '../../src/lib/features/projects/local/projects';
import { openLocalStore, type LocalStore } from '../../src/lib/local/store';
import { SyncEngine, type SyncEngineOptions } from '../../src/lib/sync/engine';
import { PocketBaseTransport, type SyncTransport } from '../../src/lib/sync/transport';

export interface SimulatedDevice {
	pb: PocketBase;
	store: LocalStore;
	engine: SyncEngine;
}

/** Returns `device(pb, options)`, which opens a fresh device signed in as `pb`'s user. */
export function simulatedDevices() {
	const stores: LocalStore[] = [];
	afterEach(async () => {
		while (stores.length) await stores.pop()!.close();
	});
	return async function device(
		pb: PocketBase,
		options: {
			transport?: SyncTransport;
			limit?: number;
			/** Retries of a transient failure (0 by default: tests drive every cycle). */
			attempts?: number;
			/** Re-derive project summaries after a pull, as the app does. */
			summaries?: boolean;
		} = {}
	): Promise<SimulatedDevice> {
		const store = await openLocalStore({
			userId: pb.authStore.record!.id,
			indexedDB: new IDBFactory()
		});
		stores.push(store);
		const engineOptions: SyncEngineOptions = {
			store,
			transport: options.transport ?? new PocketBaseTransport(pb),
			limit: options.limit,
			backoff: { attempts: options.attempts ?? 0 }
		};
		if (options.summaries) {
			engineOptions.afterRemoteApply = (docs) => refreshProjectSummaries(store, docs);
		}
		return { pb, store, engine: new SyncEngine(engineOptions) };
	};
}
