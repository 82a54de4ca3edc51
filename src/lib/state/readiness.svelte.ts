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

/** Every input of the readiness was read once from the device (not yet: the card would change). */
const known = () => pwa.checked && curriculum.status !== 'loading' && syncState.historyRead;

/**
 * Resolves once the readiness can be told as it stands (or after `timeoutMs`, whatever is
 * missing): the home page shows its cards then, in one frame, rather than a card that shrinks
 * from « saving » to « ready » under the user's finger a moment later (layout shift).
 */
export function readinessKnown(timeoutMs = 3000): Promise<void> {
	syncState.start();
	return new Promise((resolve) => {
		const stop = $effect.root(() => {
			$effect(() => {
				if (known()) queueMicrotask(done);
			});
		});
		const timer = setTimeout(done, timeoutMs);
		let finished = false;
		function done() {
			if (finished) return;
			finished = true;
			clearTimeout(timer);
			stop();
			resolve();
		}
	});
}
