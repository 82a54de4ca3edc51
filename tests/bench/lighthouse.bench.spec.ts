// Lighthouse in its default mobile mode (a mid-range phone: Slow 4G, 4× CPU slowdown, simulated)
// on the built app served by PocketBase: the sign-in page on a fresh device (storage reset by
// Lighthouse, so a cold load from the network), and an élu's home page on a device where the
// demo mayor signed in (the service worker and the user's data in place, as on her tablet).
// Lighthouse is pinned at 12.2.3 (newer ones need Node 22) and run with `npx`, not listed in
// package.json: it is heavy and CI runs `npm ci`. Each page is measured LIGHTHOUSE_RUNS times
// (default 3) and the median kept: the machine is shared, so one run is noise. LIGHTHOUSE_REPORTS
// names a folder where each run's full JSON report is kept, to read its long tasks afterwards.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/pocketbase/server.mjs';
import { signInThroughUi } from '../helpers/browser';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';
import { median, recordMetric } from './metrics';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'];
const run = promisify(execFile);

interface Figures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Audits of a scored category that did not pass, for the note when a goal is missed. */
	failing: string[];
}

interface LighthouseReport {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; numericValue?: number }>;
}

/** Runs Lighthouse once on `url`; `port`: a Chromium already running (its storage kept). */
async function lighthouse(url: string, port?: number): Promise<Figures> {
	const dir = mkdtempSync(join(tmpdir(), 'collabactons-lh-'));
	const output = join(dir, 'report.json');
	const args = [
		'-y',
		LIGHTHOUSE,
		url,
		'--quiet',
		'--only-categories=performance,accessibility,best-practices',
		'--output=json',
		`--output-path=${output}`,
		...(port
			? [`--port=${port}`, '--disable-storage-reset']
			: [`--chrome-flags=${CHROME_FLAGS.join(' ')}`])
	];
	try {
		await run('npx', args, {
			env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
			maxBuffer: 64 * 1024 * 1024,
			timeout: 240_000
		});
		if (REPORTS) keepReport(output, url);
		const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
		const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
		const failing = Object.values(report.categories).flatMap((category) =>
			category.auditRefs
				.filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => ref.id)
		);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? NaN),
			tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN),
			cls:
				Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
			failing
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Copies a run's report into LIGHTHOUSE_REPORTS, named after the page and the time. */
function keepReport(report: string, url: string): void {
	mkdirSync(REPORTS!, { recursive: true });
	const page = new URL(url).pathname.replace(/\W+/g, '') || 'home';
	copyFileSync(report, join(REPORTS!, `${page}-${Date.now()}-${basename(report)}`));
}

/** Chromium with a DevTools port and its own profile, for Lighthouse to reuse. */
async function debuggableChromium(): Promise<{ port: number; stop(): Promise<void> }> {
	const port = await freePort();
	const profile = mkdtempSync(join(tmpdir(), 'collabactons-lh-profile-'));
	const child: ChildProcess = spawn(
		CHROMIUM_PATH,
		[
			...CHROME_FLAGS,
			`--remote-debugging-port=${port}`,
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{ stdio: 'ignore' }
	);
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
		} catch {
			if (Date.now() > deadline) throw new Error(`Chromium did not open port ${port}`);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	return {
		port,
		async stop() {
			await new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			});
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** The median of each figure over the runs. */
function medianOf(runs: Figures[]): Figures {
	const of = (key: keyof Omit<Figures, 'failing'>) => median(runs.map((r) => r[key]));
	return {
		performance: of('performance'),
		accessibility: of('accessibility'),
		bestPractices: of('bestPractices'),
		lcpMs: of('lcpMs'),
		tbtMs: of('tbtMs'),
		cls: of('cls'),
		failing: [...new Set(runs.flatMap((r) => r.failing))]
	};
}

describe('Lighthouse, mobile', () => {
	let server: TestServer;
	const pages: Record<string, Figures> = {};

	beforeAll(async () => {
		server = await startTestServer({ publicDir: join(process.cwd(), 'build') });
	});

	afterAll(async () => {
		await server?.dispose();
	});

	it('the sign-in page, on a fresh device', async () => {
		const runs: Figures[] = [];
		for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(`${server.url}/connexion`));
		pages.signin = medianOf(runs);
		expect(pages.signin.performance).toBeGreaterThan(0);
	});

	it('an élu’s home page, signed in', async () => {
		const chrome = await debuggableChromium();
		try {
			const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
			const page = await browser.contexts()[0]!.newPage();
			await signInThroughUi(page, server.url, DEMO.maire, DEMO_PASSWORD);
			await page.waitForLoadState('networkidle');
			await page.close();
			// Disconnects, leaving this Chromium and its profile to Lighthouse.
			await browser.close();
			const runs: Figures[] = [];
			for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(`${server.url}/`, chrome.port));
			pages.home = medianOf(runs);
		} finally {
			await chrome.stop();
		}
		expect(pages.home.performance).toBeGreaterThan(0);
	});

	it('records the figures of the weaker page', () => {
		const { signin, home } = pages;
		expect(signin && home).toBeTruthy();
		if (!signin || !home) return;
		const load = loadavg()[0]!.toFixed(1);
		const each = (pick: (f: Figures) => number) => `sign-in ${pick(signin)}, home ${pick(home)}`;
		const failing = (f: Figures) => (f.failing.length ? f.failing.join(' ') : 'none');
		const note = (pick: (f: Figures) => number) =>
			`${each(pick)}; median of ${RUNS} runs, load average ${load}`;
		recordMetric({
			name: 'app.lighthouse_performance',
			value: Math.min(signin.performance, home.performance),
			unit: 'score',
			note: `${note((f) => f.performance)}; layout shift ${each((f) => f.cls)}; below 1 in some run: sign-in ${failing(signin)} / home ${failing(home)}`
		});
		recordMetric({
			name: 'app.lighthouse_accessibility',
			value: Math.min(signin.accessibility, home.accessibility),
			unit: 'score',
			note: note((f) => f.accessibility)
		});
		recordMetric({
			name: 'app.lighthouse_best_practices',
			value: Math.min(signin.bestPractices, home.bestPractices),
			unit: 'score',
			note: note((f) => f.bestPractices)
		});
		recordMetric({
			name: 'app.lighthouse_lcp_ms',
			value: Math.max(signin.lcpMs, home.lcpMs),
			unit: 'ms',
			note: note((f) => f.lcpMs)
		});
		recordMetric({
			name: 'app.lighthouse_tbt_ms',
			value: Math.max(signin.tbtMs, home.tbtMs),
			unit: 'ms',
			note: note((f) => f.tbtMs)
		});
	});
});
