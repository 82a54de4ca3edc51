// Size of what a tablet downloads: the gzipped JavaScript the first route really loads (measured
// in Chromium against the built app served by PocketBase, every script response counted) and
// the total precache. Baseline for the JS figure: the budget of 110 KB from DESIGN.md.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../scripts/seed/seed.mjs';
import { launchBrowser, signInThroughUi } from '../helpers/browser';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { ADMIN, startTestServer, type TestServer } from '../helpers/server';
import { recordMetric } from './metrics';

const BUILD = join(process.cwd(), 'build');
const INITIAL_JS_BUDGET_KB = 110;

describe('app size', () => {
	let server: TestServer;

	beforeAll(async () => {
		server = await startTestServer({ publicDir: BUILD, seedDemo: false });
	});

	afterAll(async () => {
		await server?.dispose();
	});

	it('app.initial_js_gz_kb: gzipped JS loaded by the first route', async () => {
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			const scripts = new Set<string>();
			page.on('response', (response) => {
				const url = new URL(response.url());
				if (url.pathname.endsWith('.js') && url.pathname !== '/sw.js') scripts.add(url.pathname);
			});
			await page.goto(server.url, { waitUntil: 'networkidle' });
			let bytes = 0;
			for (const path of scripts)
				bytes += gzipSync(readFileSync(join(BUILD, path)), { level: 9 }).length;
			const kb = Math.round((bytes / 1024) * 10) / 10;
			expect(scripts.size).toBeGreaterThan(0);
			recordMetric({
				name: 'app.initial_js_gz_kb',
				value: kb,
				unit: 'KB',
				baseline: INITIAL_JS_BUDGET_KB,
				ratio: Math.round((kb / INITIAL_JS_BUDGET_KB) * 100) / 100,
				note: `${scripts.size} scripts on / (baseline = budget from DESIGN.md)`
			});
		} finally {
			await browser.close();
		}
	});

	it('app.signed_in_js_gz_kb: everything an élu’s home page loads, lazy chunks included', async () => {
		await seed({ url: server.url, admin: ADMIN, communes: 'test', demo: true });
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await signInThroughUi(page, server.url, DEMO.maire, DEMO_PASSWORD);
			const scripts = new Set<string>();
			page.on('response', (response) => {
				const url = new URL(response.url());
				if (url.pathname.endsWith('.js') && url.pathname !== '/sw.js') scripts.add(url.pathname);
			});
			await page.reload({ waitUntil: 'networkidle' });
			await page.getByTestId('volet-progress').first().waitFor();
			let bytes = 0;
			for (const path of scripts)
				bytes += gzipSync(readFileSync(join(BUILD, path)), { level: 9 }).length;
			const kb = Math.round((bytes / 1024) * 10) / 10;
			expect(scripts.size).toBeGreaterThan(0);
			recordMetric({
				name: 'app.signed_in_js_gz_kb',
				value: kb,
				unit: 'KB',
				note: `${scripts.size} scripts on / signed in as an élu: shell first, then the sync engine (Yjs, y-indexeddb) and progress loaded after the first render`
			});
		} finally {
			await browser.close();
		}
	});

	it('app.precache_kb: everything the service worker stores on install', () => {
		const sw = readFileSync(join(BUILD, 'sw.js'), 'utf8');
		const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
		expect(urls.length).toBeGreaterThan(5);
		let bytes = 0;
		let gzBytes = 0;
		for (const url of urls) {
			const file = join(BUILD, url.replace(/^\//, ''));
			bytes += statSync(file).size;
			gzBytes += gzipSync(readFileSync(file)).length;
		}
		recordMetric({
			name: 'app.precache_kb',
			value: Math.round(bytes / 1024),
			unit: 'KB',
			note: `${urls.length} files, ${Math.round(gzBytes / 1024)} KB gzipped on the wire`
		});
	});
});
