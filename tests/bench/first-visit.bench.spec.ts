// The mayor's first visit, measured (issue 10, item 1): a fresh Chromium profile opens the
// sign-in page, signs in, and waits until the app works offline (the service worker has
// precached everything and controls the page). Every byte the server sends is counted at the
// TCP level (tests/bench/link.ts), the service worker's downloads included.
// - app.first_visit_kb: bytes on the wire until then (goal ≤ 1,000 KB);
// - app.first_visit_edge_s: the same visit on an EDGE line (240 kbps down, 200 kbps up, 840 ms
//   round trip, CPU 4× slower through DevTools; goal ≤ 45 s).
// Baseline in the same run: the same build served as PocketBase serves files by default (no
// precompression, no cache headers: COLLAB_STATIC=plain in pb_hooks/lib/static/serve.js).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, tabletContext } from '../helpers/browser';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { startLine, type LineOptions } from './link';
import { recordMetric } from './metrics';

const BUILD = join(process.cwd(), 'build');
const EDGE: LineOptions = { downKbps: 240, upKbps: 200, rttMs: 840 };

/** One first visit through a line to `server`; returns KB received and seconds taken. */
async function firstVisit(browser: Browser, server: TestServer, line: LineOptions, cpu = 1) {
	const link = await startLine(server.url, line);
	const context = await tabletContext(browser);
	try {
		const page = await context.newPage();
		if (cpu > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		}
		const started = Date.now();
		await page.goto(`${link.url}/connexion`, { timeout: 300_000 });
		await page.getByLabel('Adresse électronique').fill(DEMO.maire, { timeout: 300_000 });
		await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor({ timeout: 300_000 });
		const signedInS = (Date.now() - started) / 1000;
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
			timeout: 500_000,
			polling: 100
		});
		return {
			kb: Math.round(link.bytesDown / 1024),
			seconds: Math.round((Date.now() - started) / 100) / 10,
			signedInS: Math.round(signedInS * 10) / 10
		};
	} finally {
		await context.close();
		await link.close();
	}
}

describe('first visit', () => {
	let tuned: TestServer;
	let plain: TestServer;
	let browser: Browser;

	beforeAll(async () => {
		tuned = await startTestServer({ publicDir: BUILD });
		plain = await startTestServer({ publicDir: BUILD, env: { COLLAB_STATIC: 'plain' } });
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await tuned?.dispose();
		await plain?.dispose();
	});

	it('app.first_visit_kb: bytes on the wire until the app works offline', async () => {
		const after = await firstVisit(browser, tuned, {});
		const before = await firstVisit(browser, plain, {});
		expect(after.kb).toBeGreaterThan(100);
		recordMetric({
			name: 'app.first_visit_kb',
			value: after.kb,
			unit: 'KB',
			baseline: before.kb,
			ratio: Math.round((after.kb / before.kb) * 100) / 100,
			note: 'sign-in page → signed in → precache complete; goal ≤ 1000 KB (baseline: uncompressed, no cache headers)'
		});
	});

	it('app.first_visit_edge_s: the same visit on an EDGE line, CPU 4× slower', async () => {
		const after = await firstVisit(browser, tuned, EDGE, 4);
		const before = await firstVisit(browser, plain, EDGE, 4);
		expect(after.seconds).toBeGreaterThan(0);
		recordMetric({
			name: 'app.first_visit_edge_s',
			value: after.seconds,
			unit: 's',
			baseline: before.seconds,
			ratio: Math.round((after.seconds / before.seconds) * 100) / 100,
			note: `240/200 kbps, 840 ms RTT, CPU 4×; signed in at ${after.signedInS} s (baseline ${before.signedInS} s); goal ≤ 45 s`
		});
	});
});
