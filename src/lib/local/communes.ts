// The official list of communes on this device: `/data/communes.json`, written at build time by
// scripts/communes/build.mjs and precached by the service worker, so the same fetch() answers
// from the cache when offline. It is not copied into Dexie: it is read-only reference data that
// ships with each version of the app (an update of the precache replaces it), and a second copy
// in IndexedDB would only double the storage. Builds the search index once per page; never
// writes anything.
import { CommuneIndex } from '$lib/domain/communes/search';
import type { CompactCommunes } from '$lib/domain/communes/types';

/** Where the build puts the compact index (static/data/communes.json). */
export const COMMUNES_URL = '/data/communes.json';

let cached: Promise<CommuneIndex> | undefined;

/**
 * The commune search index, fetched and built on the first call and shared by every later call.
 * A failed load is not cached: calling again (a "Retry" button) fetches again.
 *
 * @param fetcher the fetch to use (tests pass their own); defaults to the global `fetch`.
 * @throws Error with the URL and HTTP status when the file cannot be read.
 */
export function loadCommuneIndex(fetcher: typeof fetch = fetch): Promise<CommuneIndex> {
	cached ??= fetchCommuneIndex(fetcher).catch((error: unknown) => {
		cached = undefined;
		throw error;
	});
	return cached;
}

async function fetchCommuneIndex(fetcher: typeof fetch): Promise<CommuneIndex> {
	const response = await fetcher(COMMUNES_URL);
	if (!response.ok) {
		throw new Error(`Cannot load ${COMMUNES_URL}: HTTP ${response.status} ${response.statusText}`);
	}
	return new CommuneIndex((await response.json()) as CompactCommunes);
}
