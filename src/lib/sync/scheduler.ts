// When the page runs a sync cycle: at start, when the network comes back, when the app becomes
// visible, on a timer, on "Synchroniser maintenant", ~300 ms after a realtime event on `docs`
// (another device pushed), and it asks the browser for Background Sync after an offline write
// (plus Periodic Background Sync where allowed). It only decides when; the engine does the work.
import type PocketBase from 'pocketbase';
import { PERIODIC_SYNC_TAG, SYNC_TAG } from './tags';

export { PERIODIC_SYNC_TAG, SYNC_TAG };

/** Default timer between cycles while the app is open. */
export const DEFAULT_INTERVAL_MS = 5 * 60 * 1000;
/** Delay between a realtime event and the cycle it triggers (events come in bursts). */
export const REALTIME_DELAY_MS = 300;
/**
 * Wait after a local write before pushing: long enough to coalesce a typing burst (every
 * keystroke restarts it), short enough that other devices see the change within ~2 s.
 */
export const LOCAL_WRITE_DELAY_MS = 800;

interface SyncRegistration {
	sync?: { register(tag: string): Promise<void> };
	periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> };
}

export interface SchedulerOptions {
	/** Runs one sync (the engine's `sync()`); its errors are reported, never thrown here. */
	run: () => Promise<unknown>;
	/** The signed-in client, for the realtime subscription on `docs` (none in tests). */
	pb?: PocketBase;
	/** @default 300000 (5 min) */
	intervalMs?: number;
	onError?: (error: unknown) => void;
}

/** Triggers the engine; one per page. */
export class SyncScheduler {
	readonly #options: SchedulerOptions;
	#timer: ReturnType<typeof setInterval> | undefined;
	#soon: ReturnType<typeof setTimeout> | undefined;
	#unsubscribe: (() => Promise<void>) | undefined;
	#running: Promise<void> | undefined;
	#again = false;
	readonly #listeners: [EventTarget, string, () => void][] = [];

	constructor(options: SchedulerOptions) {
		this.#options = options;
	}

	/** Starts every trigger and runs a first cycle. */
	start(): void {
		this.#listen(globalThis, 'online', () => {
			this.runSoon(0);
			void this.#subscribe();
		});
		if (typeof document !== 'undefined') {
			this.#listen(document, 'visibilitychange', () => {
				if (document.visibilityState === 'visible') this.runSoon(0);
			});
		}
		this.#timer = setInterval(
			() => this.runSoon(0),
			this.#options.intervalMs ?? DEFAULT_INTERVAL_MS
		);
		void this.#subscribe();
		void this.#registerPeriodic();
		this.runSoon(0);
	}

	/** Stops every trigger (sign-out, page teardown). */
	async stop(): Promise<void> {
		clearInterval(this.#timer);
		clearTimeout(this.#soon);
		for (const [target, type, listener] of this.#listeners.splice(0)) {
			target.removeEventListener(type, listener);
		}
		await this.#unsubscribe?.().catch(() => undefined);
		this.#unsubscribe = undefined;
		await this.#running;
	}

	/** "Synchroniser maintenant": runs a cycle now (after the one in progress, if any). */
	runNow(): Promise<void> {
		clearTimeout(this.#soon);
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = (async () => {
			do {
				this.#again = false;
				try {
					await this.#options.run();
				} catch (error) {
					this.#options.onError?.(error);
				}
			} while (this.#again);
			this.#running = undefined;
		})();
		return this.#running;
	}

	/** Runs a cycle after `delayMs` (coalescing triggers that come in a burst). */
	runSoon(delayMs = REALTIME_DELAY_MS): void {
		clearTimeout(this.#soon);
		this.#soon = setTimeout(() => void this.runNow(), delayMs);
	}

	/**
	 * After a write made offline: asks the browser to run the sync in the service worker when the
	 * network returns, even if the app is closed by then (Chromium only; elsewhere, the next start).
	 */
	async afterOfflineWrite(): Promise<void> {
		const registration = await serviceWorkerRegistration();
		await registration?.sync?.register(SYNC_TAG).catch(() => undefined);
	}

	async #registerPeriodic(): Promise<void> {
		const registration = await serviceWorkerRegistration();
		if (!registration?.periodicSync) return;
		try {
			const permission = await navigator.permissions.query({
				name: 'periodic-background-sync' as PermissionName
			});
			if (permission.state !== 'granted') return;
			await registration.periodicSync.register(PERIODIC_SYNC_TAG, {
				minInterval: 15 * 60 * 1000
			});
		} catch {
			// Not installed, or not allowed: the timer and the other triggers remain.
		}
	}

	async #subscribe(): Promise<void> {
		const pb = this.#options.pb;
		if (!pb || this.#unsubscribe || typeof EventSource === 'undefined') return;
		try {
			const offDocs = await pb.collection('docs').subscribe('*', () => this.runSoon());
			// The SDK reconnects by itself; events missed meanwhile are caught up by a cycle.
			const offConnect = await pb.realtime.subscribe('PB_CONNECT', () => this.runSoon());
			this.#unsubscribe = async () => {
				await offDocs();
				await offConnect();
			};
		} catch {
			// Offline or signed out: the `online` trigger subscribes again.
			this.#unsubscribe = undefined;
		}
	}

	#listen(target: EventTarget, type: string, listener: () => void): void {
		// Node (tests) has no window events.
		if (typeof target.addEventListener !== 'function') return;
		target.addEventListener(type, listener);
		this.#listeners.push([target, type, listener]);
	}
}

async function serviceWorkerRegistration(): Promise<SyncRegistration | undefined> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return undefined;
	try {
		return (await navigator.serviceWorker.ready) as unknown as SyncRegistration;
	} catch {
		return undefined;
	}
}
