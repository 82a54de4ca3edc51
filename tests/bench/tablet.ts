// What a benchmark reads of a real tablet (a Chromium page of the built app): its stores, read
// with the raw IndexedDB API from inside the page, so that nothing of the app is loaded twice.
// Owns only reading; the benches drive the app through its screens and the network.
import type { Page } from 'playwright-core';

/** The values of the user database's `sync` table (cursor, cycles, lastSuccess…). */
export async function syncTable(page: Page, userId: string): Promise<Record<string, unknown>> {
	return page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(name);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
		});
		try {
			if (!db.objectStoreNames.contains('sync')) return {};
			const rows = await new Promise<{ key: string; value: unknown }[]>((resolve, reject) => {
				const request = db.transaction('sync').objectStore('sync').getAll();
				request.onsuccess = () => resolve(request.result as { key: string; value: unknown }[]);
				request.onerror = () => reject(request.error ?? new Error('cannot read sync'));
			});
			return Object.fromEntries(rows.map((row) => [row.key, row.value]));
		} finally {
			db.close();
		}
	}, `collabactons-u-${userId}`);
}

/** When each curriculum collection was last pulled on this device (ms; 0 if never). */
export async function curriculumPulledAt(page: Page): Promise<number[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('collabactons-content');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error('cannot open the curriculum'));
		});
		try {
			if (!db.objectStoreNames.contains('meta')) return [];
			const marks = await new Promise<{ pulledAt: number }[]>((resolve, reject) => {
				const request = db.transaction('meta').objectStore('meta').getAll();
				request.onsuccess = () => resolve(request.result as { pulledAt: number }[]);
				request.onerror = () => reject(request.error ?? new Error('cannot read the marks'));
			});
			return marks.map((mark) => mark.pulledAt);
		} finally {
			db.close();
		}
	});
}

/** The header's sync indicator status (`up-to-date`, `syncing`, `offline`…), or '' if absent. */
export async function indicatorStatus(page: Page): Promise<string> {
	return (await page.getByTestId('sync-indicator').first().getAttribute('data-status')) ?? '';
}

/** Polls `check` every 100 ms until it returns true; rejects after `timeoutMs`. */
export async function until(
	check: () => Promise<boolean>,
	what: string,
	timeoutMs: number
): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		if (await check()) return;
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}

/**
 * Waits until the tablet of `userId` works offline with everything synced: its service worker
 * controls the page, one sync succeeded and the header says so, the curriculum is pulled, and the
 * later precache (communes index, large icons) is done, as the home page tells the user.
 */
export async function worksOffline(page: Page, userId: string, timeoutMs: number): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: timeoutMs
	});
	await until(
		async () =>
			(await indicatorStatus(page)) === 'up-to-date' &&
			(await curriculumPulledAt(page)).length === 4 &&
			'lastSuccess' in (await syncTable(page, userId)) &&
			(await page.evaluate(
				async () => !!(await caches.match('/data/communes.json', { ignoreSearch: true }))
			)),
		'the app to work offline with everything synced',
		timeoutMs
	);
}

/** One store's share of what the device keeps. */
export interface KeptStore {
	/** IndexedDB database name, or `cache:<name>` for a Cache Storage cache. */
	database: string;
	store: string;
	rows: number;
	/** IndexedDB: JSON length of the rows (binary fields by their byte length); caches: bodies. */
	bytes: number;
	/** For caches: the path of each entry and its size (to split the app from its data files). */
	entries?: { path: string; bytes: number }[];
}

/**
 * Everything this origin keeps: every IndexedDB store (rows measured as JSON, binary values by
 * their length), every Cache Storage entry (body bytes), and the browser's own estimate.
 */
export async function keptOnDevice(
	page: Page
): Promise<{ stores: KeptStore[]; usage: number; quota: number }> {
	return page.evaluate(async () => {
		const size = (value: unknown): number => {
			let binary = 0;
			const json = JSON.stringify(value, (_key, v: unknown) => {
				if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
					binary += (v as ArrayBufferView).byteLength;
					return 0;
				}
				return v;
			});
			return (json?.length ?? 0) + binary;
		};
		const stores: KeptStore[] = [];
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error(`cannot open ${info.name}`));
			});
			try {
				for (const name of db.objectStoreNames) {
					const rows = await new Promise<unknown[]>((resolve, reject) => {
						const request = db.transaction(name).objectStore(name).getAll();
						request.onsuccess = () => resolve(request.result as unknown[]);
						request.onerror = () => reject(request.error ?? new Error(`cannot read ${name}`));
					});
					const bytes = rows.reduce<number>((sum, row) => sum + size(row), 0);
					stores.push({ database: info.name, store: name, rows: rows.length, bytes });
				}
			} finally {
				db.close();
			}
		}
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			const entries: { path: string; bytes: number }[] = [];
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				const bytes = response ? (await response.arrayBuffer()).byteLength : 0;
				entries.push({ path: new URL(request.url).pathname, bytes });
			}
			stores.push({
				database: `cache:${name}`,
				store: name,
				rows: entries.length,
				bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
				entries
			});
		}
		const { usage = 0, quota = 0 } = await navigator.storage.estimate();
		return { stores, usage, quota };
	});
}
