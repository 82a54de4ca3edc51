/// <reference lib="webworker" />
// Installs the precache in parallel (Workbox's own install fetches its entries one after
// another, each paying the round trip: minutes on a rural line) and takes control of the page
// of the very first visit, so that in-app navigation reads route code from the precache even
// before any reload. It never claims pages on an update: a new version waits for "Mettre à jour"
// (skipWaiting), and the page reloads itself once the new worker controls it.
// Entries listed by the build as "later" (the communes index, the PDF library, the large
// icons: scripts/precompress.mjs) are not part of the install: the page asks for them once the
// app works offline (message PRECACHE_LATER), and until then they come from the network.
import { PrecacheController, type PrecacheEntry } from 'workbox-precaching';

/** Parallel downloads: what a browser opens to one host over HTTP/1.1. */
const CONCURRENCY = 6;
/** In the background, fewer: the page keeps the rest of the line. */
const LATER_CONCURRENCY = 2;

/** Replaced by scripts/precompress.mjs with a JSON list of paths ("data/communes.json"…). */
const LATER_JSON = '@@COLLAB_PRECACHE_LATER@@';

/** The paths (without the leading slash) whose precache waits until after the install. */
function laterPaths(): Set<string> {
	try {
		const list: unknown = JSON.parse(LATER_JSON);
		return new Set(Array.isArray(list) ? list.filter((p) => typeof p === 'string') : []);
	} catch {
		return new Set();
	}
}

const isLater = (later: Set<string>, url: string) => later.has(new URL(url).pathname.slice(1));

/** Runs `task` on every item with at most `limit` at a time; rejects on the first failure. */
async function eachLimited<T>(
	items: readonly T[],
	limit: number,
	task: (item: T) => Promise<void>
): Promise<void> {
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const item = items[next++]!;
			await task(item);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Fetches every entry not yet in the precache, `CONCURRENCY` at a time. Hashed files (no
 * revision) may come from the HTTP cache, where the page has just put them; revisioned ones
 * (index.html, the communes index…) bypass it. A failed entry fails the install, as in Workbox.
 */
async function precacheEntries(
	controller: PrecacheController,
	which: (url: string) => boolean,
	concurrency: number
): Promise<void> {
	const cache = await caches.open(controller.strategy.cacheName);
	const cached = new Set((await cache.keys()).map((request) => request.url));
	const missing = [...controller.getURLsToCacheKeys()].filter(
		([url, key]) => which(url) && !cached.has(key)
	);
	await eachLimited(missing, concurrency, async ([url, cacheKey]) => {
		const revisioned = cacheKey !== url;
		const response = await fetch(
			new Request(url, { cache: revisioned ? 'reload' : 'default', credentials: 'same-origin' })
		);
		if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
		await cache.put(cacheKey, response);
	});
}

/**
 * Sets up the precache of `entries` on `scope`: parallel install, removal of outdated entries
 * on activation, and control of the first visit's page. Returns the controller, whose routes
 * and handlers serve the precached files.
 */
export function setUpPrecache(
	scope: ServiceWorkerGlobalScope,
	entries: Array<PrecacheEntry | string>
): PrecacheController {
	const controller = new PrecacheController();
	controller.addToCacheList(entries);
	const later = laterPaths();
	let firstInstall = false;
	scope.addEventListener('install', (event) => {
		firstInstall = scope.registration.active === null;
		event.waitUntil(precacheEntries(controller, (url) => !isLater(later, url), CONCURRENCY));
	});
	scope.addEventListener('message', (event) => {
		if ((event.data as { type?: string } | null)?.type !== 'PRECACHE_LATER') return;
		event.waitUntil(precacheEntries(controller, (url) => isLater(later, url), LATER_CONCURRENCY));
	});
	scope.addEventListener('activate', (event) => {
		event.waitUntil(
			(async () => {
				await controller.activate(event);
				// No earlier version: the open page has no worker at all, claiming it is safe.
				if (firstInstall) await scope.clients.claim();
			})()
		);
	});
	return controller;
}
