// The sync state of the signed-in user, for every screen: the local store, the engine and its
// scheduler (started when a user is signed in, stopped when they leave), the indicator (hors
// ligne / à jour / N en attente / erreur), the outbox items with their state, recent cycles,
// and file export/import. Pages and components talk to this, never to the engine or Dexie.
import { untrack } from 'svelte';
import type { User } from '$lib/domain/users';
import { collectionNamed } from '$lib/collections';
import { t, type MessageKey } from '$lib/i18n/index.svelte';
import type { DocMeta, OutboxEntry } from '$lib/local/db';
import { countUnsentDrafts } from '$lib/features/projects/platform';
import { loadDocMetas } from '$lib/local/doc-metas';
import { loadOutbox, retryRejected } from '$lib/local/outbox';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- platform.ts cannot re-export local/projects: it saves through local/records, which reaches the registry, which reads platform.ts (a cycle that stopped the service worker).
import { refreshProjectSummaries } from '$lib/features/projects/local/projects';
import { openLocalStore, type LocalStore } from '$lib/local/store';
import { lastSuccess, recentCycles, type CycleRecord } from '$lib/local/sync-state';
import { watch } from '$lib/local/watch';
import type { BundlePreview, MergeResult } from '$lib/sync/bundle';
import { SyncEngine, type CycleResult } from '$lib/sync/engine';
import { getPocketBase } from '$lib/sync/pocketbase';
import { LOCAL_WRITE_DELAY_MS, SyncScheduler } from '$lib/sync/scheduler';
import { PocketBaseTransport } from '$lib/sync/transport';
import { photoQueue, type PhotoQueue } from '$lib/features/photos';
import { session as signedIn, type Session } from './session.svelte';

/**
 * The file bundle module, loaded when a file is exported or read: its compression library
 * (fflate) builds its tables when evaluated, ~25 ms on a 4× slowed CPU in the start-up task that
 * evaluates this module (Lighthouse's Total Blocking Time on the signed-in home page).
 */
const bundles = () => import('$lib/sync/bundle');

/** What the header indicator shows. */
export type IndicatorStatus =
	| 'offline'
	| 'up-to-date'
	| 'syncing'
	| 'pending'
	| 'error'
	| 'reauth'
	/** The account waits for its validation: the server shares nothing yet (not an error). */
	| 'waiting';
/** The state of one item, in the user's words. */
export type ItemState = 'device' | 'sending' | 'confirmed' | 'rejected';

/** An outbox entry as the Synchronisation screen lists it. */
export interface SyncItem {
	id: string;
	kind: 'op' | 'record';
	state: ItemState;
	/** The document (for ops and project summaries). */
	docId?: string;
	name: string;
	bytes: number;
	createdAt: number;
	reason?: string;
	code?: string;
}

/** The user-facing state of an outbox entry. */
export function itemState(entry: Pick<OutboxEntry, 'state'>): ItemState {
	return entry.state === 'pending' ? 'device' : entry.state;
}

const rank: Record<ItemState, number> = { confirmed: 0, sending: 1, device: 2, rejected: 3 };

/** The state of a whole document: the least advanced of its entries (confirmed when none). */
export function worstState(states: ItemState[]): ItemState {
	return states.reduce<ItemState>((worst, s) => (rank[s] > rank[worst] ? s : worst), 'confirmed');
}

/** What an outbox entry is called on the Synchronisation screen, in the user's words. */
function itemName(entry: OutboxEntry, docId: string | undefined, metas: Record<string, DocMeta>) {
	const title = docId ? metas[docId]?.title : undefined;
	if (title) return title;
	const spec = entry.collection ? collectionNamed(entry.collection) : undefined;
	const name = spec
		? t(`${spec.messages}.records.item` as MessageKey, spec.label(entry.data ?? {}))
		: '';
	return name || docId || entry.recordId || '';
}

function toItem(entry: OutboxEntry, metas: Record<string, DocMeta>): SyncItem {
	const linked = entry.collection ? collectionNamed(entry.collection)?.docLinked : false;
	const docId = entry.docId ?? (linked ? entry.recordId : undefined);
	return {
		id: entry.id,
		kind: entry.kind,
		state: itemState(entry),
		docId,
		name: itemName(entry, docId, metas),
		bytes: entry.bytes,
		createdAt: entry.createdAt,
		reason: entry.reason,
		code: entry.code
	};
}

/** What the sync state follows and opens (tests pass their own store and client). */
export interface SyncDeps {
	/** The session it follows: a signed-in user's store is open while they are signed in. */
	session: Pick<Session, 'status' | 'user' | 'needsReauth'> &
		Partial<Pick<Session, 'beforeSignOut' | 'eraseRevoked' | 'renew'>>;
	/** Log photos: counted with the changes, sent after each successful cycle. */
	photos: Pick<PhotoQueue, 'pending' | 'rejected' | 'attach' | 'detach' | 'send'>;
	/** Opens `userId`'s store on this device. */
	openStore: (userId: string) => Promise<LocalStore>;
	/** The page's PocketBase client. */
	client: typeof getPocketBase;
}

const defaultDeps: SyncDeps = {
	session: signedIn,
	photos: photoQueue,
	openStore: (userId) => openLocalStore({ userId }),
	client: getPocketBase
};

export class SyncState {
	// Declared first: the derived counts below read it.
	readonly #deps: SyncDeps = defaultDeps;
	/** The signed-in user's store, once open. */
	store = $state.raw<LocalStore | null>(null);
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	running = $state(false);
	last = $state.raw<CycleResult | null>(null);
	lastSuccessAt = $state<number | undefined>(undefined);
	/** `lastSuccessAt` and `cycles` were read from the user's store (undefined then means never). */
	historyRead = $state(false);
	items = $state.raw<SyncItem[]>([]);
	cycles = $state.raw<CycleRecord[]>([]);
	/** Framing drafts not turned into a project: never synced, lost if the user signs out. */
	localDrafts = $state(0);

	/** Changes not yet confirmed by the server, log photos included. */
	readonly pending = $derived(
		this.items.filter((i) => i.state === 'device' || i.state === 'sending').length +
			this.#deps.photos.pending
	);
	readonly rejected = $derived(
		this.items.filter((i) => i.state === 'rejected').length + this.#deps.photos.rejected
	);
	readonly status: IndicatorStatus = $derived.by(() => {
		if (this.#deps.session.needsReauth || this.last?.status === 'reauth') return 'reauth';
		if (!this.online) return 'offline';
		if (this.#deps.session.user?.pending) return 'waiting';
		if (this.running) return 'syncing';
		if (this.last && this.last.status !== 'ok') return 'error';
		if (this.rejected) return 'error';
		return this.pending ? 'pending' : 'up-to-date';
	});

	#engine: SyncEngine | undefined;
	#scheduler: SyncScheduler | undefined;
	#stops: (() => void)[] = [];
	#userId: string | undefined;
	#opening: Promise<LocalStore> | undefined;
	#waiting: ((store: LocalStore) => void)[] = [];
	#started = false;

	constructor(deps: SyncDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Follows the session: opens the user's store and starts syncing while someone is signed in. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		// At sign-out, stop syncing and close the store before the user's databases are deleted.
		this.#deps.session.beforeSignOut?.(() => this.follow(null));
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
		$effect.root(() => {
			$effect(() => {
				const { session } = this.#deps;
				const user = session.status === 'signed-in' ? session.user : null;
				void this.follow(user).catch((error: unknown) => console.error('sync start failed', error));
			});
			// Signed in again after an expired session: send what waited.
			$effect(() => {
				if (!this.#deps.session.needsReauth && this.last?.status === 'reauth') {
					this.#scheduler?.runSoon(0);
				}
			});
		});
	}

	/**
	 * The user's store; waits until a signed-in user's store is open. Reads the store untracked:
	 * screens call this from the effect that builds their view, which must not run again (and
	 * rebuild the view, losing what was typed) when the store opens.
	 */
	async ready(): Promise<LocalStore> {
		const store = untrack(() => this.store);
		if (store) return store;
		if (this.#opening) return this.#opening;
		this.start();
		return new Promise((resolve) => this.#waiting.push(resolve));
	}

	/** "Synchroniser maintenant". */
	async syncNow(): Promise<void> {
		await this.#scheduler?.runNow();
	}

	/** Tells the scheduler a local write happened (sync soon, or Background Sync if offline). */
	noteLocalWrite(): void {
		if (!this.online) void this.#scheduler?.afterOfflineWrite();
		else this.#scheduler?.runSoon(LOCAL_WRITE_DELAY_MS);
	}

	/** "Réessayer" on refused items (all when `ids` is omitted), then syncs. */
	async retry(ids?: string[]): Promise<void> {
		await retryRejected((await this.ready()).db, ids);
		await this.syncNow();
	}

	/** Builds a `.collabactons` file of everything (or of one document). */
	async exportFile(docId?: string): Promise<File> {
		const store = await this.ready();
		const user = this.#deps.session.user;
		const { bundleFileName, exportBundle } = await bundles();
		const bytes = await exportBundle(store, { id: user?.id ?? '', name: user?.name ?? '' }, docId);
		return new File([bytes as Uint8Array<ArrayBuffer>], bundleFileName(), {
			type: 'application/octet-stream'
		});
	}

	/** Reads a chosen file; throws a `BundleError` (code → `sync.bundle.errors.<code>`). */
	async previewFile(file: Blob): Promise<BundlePreview> {
		const { parseBundle, previewBundle } = await bundles();
		const bundle = parseBundle(new Uint8Array(await file.arrayBuffer()));
		return previewBundle(await this.ready(), bundle);
	}

	/** Merges a previewed file, then syncs soon. */
	async merge(preview: BundlePreview): Promise<MergeResult> {
		const { mergeBundle } = await bundles();
		const result = await mergeBundle(await this.ready(), preview.bundle);
		this.noteLocalWrite();
		return result;
	}

	/**
	 * Opens `user`'s store and starts syncing it, after closing the previous user's; `null` stops.
	 * `start()` calls it on every change of session; resolves once the store is open.
	 */
	async follow(user: User | null): Promise<void> {
		if (user?.id === this.#userId) return;
		await this.#stop();
		if (!user) return;
		this.#userId = user.id;
		this.#opening = this.#deps.openStore(user.id);
		const store = await this.#opening;
		if (this.#userId !== user.id) {
			await store.close();
			return;
		}
		const pb = await this.#deps.client();
		const { session, photos } = this.#deps;
		this.#engine = new SyncEngine({
			store,
			transport: new PocketBaseTransport(pb),
			afterRemoteApply: (docs) => refreshProjectSummaries(store, docs),
			onCycle: (result) => {
				this.last = result;
				if (result.status === 'reauth') session.needsReauth = true;
				// Removed from the account: whoever holds the device must not keep the user's data.
				if (result.status === 'revoked') void session.eraseRevoked?.();
				// The server shares the commune again: the account was validated meanwhile; renew the
				// session so the screens stop saying it waits (the home page's notice, the header).
				if (result.status === 'ok' && session.user?.pending) void session.renew?.();
			}
		});
		const engine = this.#engine;
		this.#scheduler = new SyncScheduler({
			pb,
			run: async () => {
				// Offline, the `online` event triggers the next cycle; signed out, nothing can sync.
				if (session.needsReauth || !this.online) return;
				this.running = true;
				try {
					// Photos follow the changes: their project must be on the server first.
					if ((await engine.sync()).status === 'ok') await photos.send();
				} finally {
					this.running = false;
				}
			},
			onError: (error) => console.error('sync failed', error)
		});
		this.store = store;
		photos.attach(store);
		for (const resolve of this.#waiting.splice(0)) resolve(store);
		this.#stops.push(
			watch(
				async () => {
					const [entries, metas] = await Promise.all([
						loadOutbox(store.db),
						loadDocMetas(store.db)
					]);
					return entries.map((e) => toItem(e, metas));
				},
				(items) => (this.items = items)
			),
			watch(
				() => countUnsentDrafts(store.db),
				(count) => (this.localDrafts = count)
			),
			watch(
				async () => ({ cycles: await recentCycles(store.db), last: await lastSuccess(store.db) }),
				({ cycles, last }) => {
					this.cycles = cycles;
					this.lastSuccessAt = last;
					this.historyRead = true;
				}
			)
		);
		this.#scheduler.start();
	}

	async #stop(): Promise<void> {
		for (const stop of this.#stops.splice(0)) stop();
		this.#deps.photos.detach();
		await this.#scheduler?.stop();
		this.#scheduler = undefined;
		this.#engine = undefined;
		const store = this.store;
		this.store = null;
		this.items = [];
		this.cycles = [];
		this.historyRead = false;
		this.last = null;
		this.#userId = undefined;
		this.#opening = undefined;
		await store?.close();
	}
}

export const syncState = new SyncState();
