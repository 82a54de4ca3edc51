// Log photos for the screens: the queue of photos waiting to be sent (counted with the other
// pending changes, sent after each sync cycle, on Wi-Fi only when the user asks and the browser
// tells), and the photos of one open project with their state in the user's words. Photos of
// other devices' entries are downloaded when online. Screens talk to this, never to Dexie or
// the network; resizing is media/photo.ts, run before a photo reaches here.
import { connectionAllowsPhotos } from '../domain/limits';
import type { ProjectLogEntry } from '$lib/features/projects';
import type { PhotoRow } from '../platform';
import {
	loadPhotosBytes,
	loadProjectPhotos,
	loadQueuedPhotos,
	rememberMissing,
	retryPhotos
} from '../local/photos';
import type { LocalStore } from '$lib/local/store';
import { savePhotosWifiOnly } from '$lib/local/sync-state';
import { watch } from '$lib/local/watch';
import { fetchPhoto, sendPhotos } from '../sync/uploader';
import { getPocketBase } from '$lib/sync/pocketbase';
import { preferences as devicePreferences, type Preferences } from '$lib/state/preferences.svelte';

/** A photo's state as the log shows it. */
export type PhotoDisplayState = 'loading' | 'pending' | 'wifi' | 'sent' | 'rejected' | 'missing';

/** A queued photo (its bytes stay in IndexedDB). */
export type QueuedPhoto = PhotoRow;

interface NetworkInformationLike extends EventTarget {
	type?: string;
}

const connection = () =>
	(globalThis.navigator as { connection?: NetworkInformationLike } | undefined)?.connection;

/** The client photos go to, whether the browser is online, the device's choices (tests). */
export interface PhotoQueueDeps {
	client: typeof getPocketBase;
	online: () => boolean;
	preferences: Pick<Preferences, 'photosWifiOnly' | 'setPhotosWifiOnly'>;
}

const defaultDeps: PhotoQueueDeps = {
	client: getPocketBase,
	online: () => navigator.onLine,
	preferences: devicePreferences
};

/** The photos waiting to be sent (or refused) by the signed-in user's device. */
export class PhotoQueue {
	// Declared first: the derived Wi-Fi wait below reads it.
	readonly #deps: PhotoQueueDeps = defaultDeps;
	queued = $state.raw<QueuedPhoto[]>([]);
	/** The connection type the browser reports (`wifi`, `cellular`…), undefined when it does not. */
	connectionType = $state<string | undefined>(connection()?.type);
	readonly pending = $derived(this.queued.filter((p) => p.state === 'pending').length);
	readonly rejected = $derived(this.queued.filter((p) => p.state === 'rejected').length);
	readonly pendingBytes = $derived(
		this.queued.filter((p) => p.state === 'pending').reduce((sum, p) => sum + p.size - p.sent, 0)
	);
	/** Sending waits: Wi-Fi only is asked and the browser says the connection is not Wi-Fi. */
	readonly waitingForWifi = $derived(
		!connectionAllowsPhotos(this.#deps.preferences.photosWifiOnly, this.connectionType)
	);

	#store: LocalStore | undefined;
	#running: Promise<void> | undefined;
	#stops: (() => void)[] = [];

	constructor(deps: PhotoQueueDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Follows `store` (called by the sync state when a user's store opens). */
	attach(store: LocalStore): void {
		this.detach();
		this.#store = store;
		savePhotosWifiOnly(store.db, this.#deps.preferences.photosWifiOnly).catch((error: unknown) =>
			console.error('photo preference not saved for the service worker', error)
		);
		this.#stops.push(
			watch(
				() => loadQueuedPhotos(store.db),
				(rows) => (this.queued = rows)
			)
		);
		const info = connection();
		if (info) {
			const changed = () => {
				this.connectionType = info.type;
				void this.send();
			};
			info.addEventListener('change', changed);
			this.#stops.push(() => info.removeEventListener('change', changed));
		}
	}

	detach(): void {
		for (const stop of this.#stops.splice(0)) stop();
		this.#store = undefined;
		this.queued = [];
	}

	/** Sends waiting photos now if the connection allows (one run at a time). */
	send(): Promise<void> {
		this.#running ??= this.#run().finally(() => (this.#running = undefined));
		return this.#running;
	}

	/** The Wi-Fi-only choice: kept for the page and for the service worker, then applied. */
	async setWifiOnly(value: boolean): Promise<void> {
		this.#deps.preferences.setPhotosWifiOnly(value);
		if (this.#store) await savePhotosWifiOnly(this.#store.db, value);
		await this.send();
	}

	/** "Réessayer" on refused photos. */
	async retry(): Promise<void> {
		if (!this.#store) return;
		await retryPhotos(this.#store.db);
		await this.send();
	}

	async #run(): Promise<void> {
		const store = this.#store;
		if (!store || !this.#deps.online() || this.waitingForWifi) return;
		const pb = await this.#deps.client();
		const result = await sendPhotos(store, pb, { canSend: () => !this.waitingForWifi });
		if (result.stopped === 'server') console.warn('photo upload stopped by a server error');
	}

	/** Downloads a photo of another device's entry (false when offline or not uploaded yet). */
	async fetch(id: string): Promise<boolean> {
		if (!this.#store || !this.#deps.online()) return false;
		return fetchPhoto(this.#store, await this.#deps.client(), id);
	}
}

export const photoQueue = new PhotoQueue();

/** The photos of one open project, live, with what each shows. */
export class ProjectPhotos {
	rows = $state.raw<Record<string, PhotoRow>>({});
	/** The bytes of the photos this device holds, by id (each array kept once read: immutable). */
	bytes = $state.raw<Record<string, Uint8Array>>({});
	/** The rows were read once (before that, no photo is called missing). */
	loaded = $state(false);
	#stops: (() => void)[] = [];
	#stopBytes: (() => void) | undefined;
	#ids = '';
	// Bookkeeping of downloads already asked for, never rendered: a plain Set on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#asked = new Set<string>();

	constructor(
		private readonly store: LocalStore,
		private readonly projectId: string,
		private readonly queue: Pick<PhotoQueue, 'waitingForWifi' | 'fetch'> = photoQueue
	) {
		this.#stops.push(
			watch(
				() => loadProjectPhotos(store.db, projectId),
				(rows) => {
					this.rows = Object.fromEntries(rows.map((r) => [r.id, r]));
					this.loaded = true;
					this.#followBytes(rows.map((r) => r.id));
				}
			)
		);
	}

	/**
	 * Watches the bytes of `ids` (restarted only when the set of photos changes: the progress
	 * written after each uploaded chunk re-reads the light rows, never the images).
	 */
	#followBytes(ids: string[]): void {
		const key = [...ids].sort().join();
		if (key === this.#ids) return;
		this.#ids = key;
		this.#stopBytes?.();
		this.#stopBytes = watch(
			() => loadPhotosBytes(this.store.db, ids),
			(found) => {
				const known = this.bytes;
				this.bytes = Object.fromEntries(found.map((b) => [b.id, known[b.id] ?? b.bytes]));
			}
		);
	}

	/** What photo `id` shows: its state, how much the server holds. */
	state(id: string): PhotoDisplayState {
		const row = this.rows[id];
		if (!row) return this.loaded ? 'missing' : 'loading';
		if (row.state === 'pending' && this.queue.waitingForWifi) return 'wifi';
		return row.state;
	}

	/** Remembers and downloads the photos of `entries` this device lacks (once per page). */
	async ensure(entries: readonly ProjectLogEntry[]): Promise<void> {
		const refs = entries.flatMap((entry) =>
			(entry.photos ?? [])
				.filter((p) => !this.#asked.has(p.id))
				.map((p) => ({ ...p, entryId: entry.id }))
		);
		if (!refs.length) return;
		refs.forEach((r) => this.#asked.add(r.id));
		await rememberMissing(this.store.db, this.projectId, refs);
		for (const ref of refs) {
			if (this.bytes[ref.id]) continue;
			if (!(await this.queue.fetch(ref.id))) this.#asked.delete(ref.id);
		}
	}

	destroy(): void {
		for (const stop of this.#stops.splice(0)) stop();
		this.#stopBytes?.();
	}
}
