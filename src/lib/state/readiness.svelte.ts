// Whether this device is ready to work without network, for the home page: reads the service
// worker's state (pwa/), the stored curriculum and the sync state, and reduces them with
// domain/readiness. Never starts a download itself: the layout pulls the curriculum right after
// sign-in and the sync state syncs the user's data; this only watches them.
import { readiness, type Readiness } from '$lib/domain/readiness';
import { pwa } from '$lib/pwa/app.svelte';
import { curriculum } from '$lib/state/curriculum.svelte';
import { syncState } from '$lib/state/sync.svelte';

/** The device's offline readiness, live. */
export class OfflineReadiness {
	/** Where each step stands, and whether all are done. */
	state = $derived<Readiness>(
		readiness({
			online: syncState.online,
			workerSupported: pwa.supported,
			workerActive: pwa.offlineReady,
			curriculumStored: curriculum.status === 'ready' && !curriculum.empty,
			curriculumFailed: !curriculum.updating && curriculum.lastPull?.status === 'error',
			lastSyncAt: syncState.lastSuccessAt,
			syncFailed: !syncState.running && !!syncState.last && syncState.last.status !== 'ok'
		})
	);
	/** Modules and activities stored, to say what the training step saved. */
	modules = $derived(curriculum.content.modules.length);
	activities = $derived(curriculum.content.activities.length);

	/** Starts following the sync state (idempotent; the sync indicator starts it too). */
	start(): void {
		syncState.start();
	}
}
