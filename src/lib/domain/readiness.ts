// Whether a device is ready to work without network, step by step: the app saved (service
// worker active, its precache complete), the training texts saved (curriculum in IndexedDB), the
// user's data saved (a first sync done). Pure: the state layer passes what it observed.

/** Where one step stands. `unavailable`: this browser cannot keep the app offline at all. */
export type ReadinessStep = 'saving' | 'done' | 'offline' | 'failed' | 'unavailable';

/** What the state layer observed. */
export interface ReadinessInputs {
	online: boolean;
	/** The browser has service workers (and this is a production build). */
	workerSupported: boolean;
	/** The service worker is active: its precache is complete. */
	workerActive: boolean;
	/** Some curriculum is stored on this device. */
	curriculumStored: boolean;
	/** The last curriculum pull failed (and nothing is stored). */
	curriculumFailed: boolean;
	/** When the last sync cycle succeeded, if ever. */
	lastSyncAt: number | undefined;
	/** The last sync cycle failed. */
	syncFailed: boolean;
}

export interface Readiness {
	app: ReadinessStep;
	training: ReadinessStep;
	data: ReadinessStep;
	/** Steps done, out of 3 (for the progress bar). */
	done: number;
	/** Every step done: "Prête à fonctionner sans réseau". */
	ready: boolean;
}

/** The readiness of this device from what was observed. */
export function readiness(inputs: ReadinessInputs): Readiness {
	const pending = (failed: boolean): ReadinessStep =>
		!inputs.online ? 'offline' : failed ? 'failed' : 'saving';
	const app: ReadinessStep = !inputs.workerSupported
		? 'unavailable'
		: inputs.workerActive
			? 'done'
			: pending(false);
	const training = inputs.curriculumStored ? 'done' : pending(inputs.curriculumFailed);
	const data = inputs.lastSyncAt !== undefined ? 'done' : pending(inputs.syncFailed);
	const done = [app, training, data].filter((step) => step === 'done').length;
	return { app, training, data, done, ready: done === 3 };
}
