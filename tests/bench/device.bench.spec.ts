// What each device downloads and keeps (issue 17, item 5): for the élu, the facilitator, the
// coordinator and the national team, a fresh Chromium profile signs in, waits until the app works
// offline (precache, the later precache of the communes index, curriculum, a full sync), opens
// the territory dashboard when the role has one, then measures:
// - kept: every Cache Storage entry (body bytes), every IndexedDB store (rows as JSON, binary
//   values by their length), and the browser's own navigator.storage.estimate();
// - downloaded: every response that crossed the line (transfer size, headers included), by kind;
//   the line's own byte count (tests/bench/link.ts) is the check.
// One metric per role and kind: device.<role>_<kind>_kb (kept; downloaded in the note), and per
// role device.<role>_kept_mb against its budget (ratio = kept / budget).
// Data: tests/bench/data.ts (the national-scale data dir when it exists, so that a coordinator's
// and the national team's summaries are at the programme's scale; else the demo seed; the note
// says which).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser, signInThroughUi, tabletContext } from '../helpers/browser';
import { DEMO, DEMO_PASSWORD, userClient } from '../helpers/pocketbase';
import { startBenchServer } from './data';
import { startLine, type Line } from './link';
import { recordMetric } from './metrics';
import { keptOnDevice, until, worksOffline, type KeptStore } from './tablet';

const BUILD = join(process.cwd(), 'build');

const KINDS = [
	'precache',
	'map',
	'curriculum',
	'resources',
	'library',
	'summaries',
	'documents',
	'records',
	'other'
] as const;
type Kind = (typeof KINDS)[number];

const KIND_NOTES: Record<Kind, string> = {
	precache: 'the app (Cache Storage: code, styles, icons, fonts)',
	map: 'the communes index data/communes.json (commune search and map; the tile grid is code)',
	curriculum: 'modules and activities (IndexedDB collabactons-content)',
	resources: 'resources and posters (their texts and data; printed from the app)',
	library: 'the library of practices: case studies and published projects (compact)',
	summaries:
		'project summaries of the scope (synced) and kept territory dashboards (downloaded: the dashboards)',
	documents:
		'the Yjs documents of its communes (y-indexeddb) and their metadata (downloaded with the records)',
	records:
		'synced records (network, consultations, sessions, progress…) and the sync state (downloaded: the whole sync route, documents and project summaries included)',
	other: 'the session and anything else'
};

/** Budgets of what a device keeps, in MB, and why (said in the metric's note). */
const ROLES = [
	{
		key: 'elu',
		email: DEMO.maire,
		budgetMb: 25,
		dashboard: false,
		why: "the issue's budget for an élu's tablet"
	},
	{
		key: 'facilitator',
		email: DEMO.facilitateur,
		budgetMb: 25,
		dashboard: false,
		why: 'the same app and curriculum as an élu, plus the rows of their own sessions (a few hundred KB)'
	},
	{
		key: 'coordinator',
		email: DEMO.coordinateur,
		budgetMb: 35,
		dashboard: true,
		why: "an élu's 25 MB plus the project summaries of a département (up to ~900 of ~0.4 KB) and up to 40 kept dashboards (~150 KB each as JSON)"
	},
	{
		key: 'national',
		email: DEMO.national,
		budgetMb: 60,
		dashboard: true,
		why: 'every project summary of the programme (36,000 × ~0.4 KB ≈ 15 MB as JSON, about twice that as stored by the browser) on a laptop'
	}
] as const;

/** The kind of a response that crossed the line, by its path. */
function downloadKind(path: string): Kind {
	if (path.startsWith('/data/')) return 'map';
	if (/^\/api\/collections\/(modules|activities)\//.test(path)) return 'curriculum';
	if (path.startsWith('/api/collections/resources/')) return 'resources';
	if (path.startsWith('/api/collections/good_practices/')) return 'library';
	if (path.startsWith('/api/collab/territories/')) return 'summaries';
	if (path === '/api/collab/sync') return 'records';
	if (path.startsWith('/api/')) return 'other';
	return 'precache';
}

/** The kind of a kept store. */
function keptKind(store: KeptStore, userDb: string): Kind {
	if (store.database.startsWith('cache:')) return 'precache';
	if (store.database === 'collabactons-content') {
		if (store.store === 'modules' || store.store === 'activities') return 'curriculum';
		if (store.store === 'resources') return 'resources';
		if (store.store === 'good_practices') return 'library';
		return 'other';
	}
	if (store.database.startsWith(`${userDb}-`)) return 'documents';
	if (store.database === userDb) {
		if (store.store === 'projects' || store.store === 'territorySummaries') return 'summaries';
		if (store.store === 'docs') return 'documents';
		return 'records';
	}
	return 'other';
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

describe('what each device downloads and keeps', () => {
	let url: string;
	let stop: () => Promise<void>;
	let data: string;
	let browser: Browser;
	let line: Line;

	beforeAll(async () => {
		const server = await startBenchServer(BUILD);
		url = server.url;
		data = server.data;
		stop = () => server.stop();
		browser = await launchBrowser();
		line = await startLine(url);
	}, 600_000);

	afterAll(async () => {
		await browser?.close();
		await line?.close();
		await stop?.();
	});

	for (const role of ROLES) {
		it(`device.${role.key}_*: downloaded and kept after the first visit and a full sync`, async () => {
			const userId = (await userClient(url, role.email)).authStore.record!.id;
			const context = await tabletContext(browser);
			const downloaded = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
			const sizes: Promise<void>[] = [];
			let syncRequests = 0;
			let syncMs = 0;
			const onFinished = (request: Request) => {
				if (!request.url().startsWith(line.url)) return;
				sizes.push(
					(async () => {
						const response = await request.response();
						if (!response || response.fromServiceWorker()) return;
						const size = await request.sizes();
						const path = new URL(request.url()).pathname;
						const kind = downloadKind(path);
						if (path === '/api/collab/sync') {
							syncRequests++;
							syncMs += request.timing().responseEnd;
						}
						downloaded[kind] += size.responseBodySize + size.responseHeadersSize;
					})()
				);
			};
			context.on('requestfinished', onFinished);
			line.reset();
			let page: Page | undefined;
			try {
				page = await context.newPage();
				const tablet = page;
				const started = Date.now();
				await signInThroughUi(tablet, line.url, role.email, DEMO_PASSWORD);
				await worksOffline(tablet, userId, 600_000);
				const readyS = Math.round((Date.now() - started) / 1000);
				if (role.dashboard) {
					await tablet.goto(`${line.url}/territoire`);
					await until(
						async () =>
							(await keptOnDevice(tablet)).stores.some(
								(s) => s.store === 'territorySummaries' && s.rows > 0
							),
						'the territory dashboard to be kept',
						120_000
					);
				}
				const kept = await keptOnDevice(tablet);
				await Promise.all(sizes);
				const userDb = `collabactons-u-${userId}`;
				const keptBy = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
				for (const store of kept.stores) {
					if (store.entries) {
						for (const entry of store.entries) {
							keptBy[entry.path.startsWith('/data/') ? 'map' : 'precache'] += entry.bytes;
						}
					} else keptBy[keptKind(store, userDb)] += store.bytes;
				}
				const total = KINDS.reduce((sum, k) => sum + keptBy[k], 0);
				const downloadedTotal = KINDS.reduce((sum, k) => sum + downloaded[k], 0);
				const big = kept.stores
					.filter((s) => !s.entries)
					.sort((a, b) => b.bytes - a.bytes)
					.slice(0, 6)
					.map(
						(s) =>
							`${s.database.replace(userId, '<user>')}/${s.store} ${s.rows} rows ${kb(s.bytes)} KB`
					);
				console.log(role.key, { keptBy, downloaded, big, usage: kept.usage, line: line.bytesDown });
				for (const kind of KINDS) {
					recordMetric({
						name: `device.${role.key}_${kind}_kb`,
						value: kb(keptBy[kind]),
						unit: 'KB',
						note: `kept: ${KIND_NOTES[kind]}; downloaded ${kb(downloaded[kind])} KB on the wire`
					});
				}
				const mb = Math.round((total / 1024 / 1024) * 100) / 100;
				recordMetric({
					name: `device.${role.key}_kept_mb`,
					value: mb,
					unit: 'MB',
					ratio: Math.round((mb / role.budgetMb) * 100) / 100,
					note:
						`budget ${role.budgetMb} MB: ${role.why} (ratio = kept / budget); ${data}; downloaded ` +
						`${kb(downloadedTotal)} KB by response (${kb(line.bytesDown)} KB on the line); ` +
						`navigator.storage.estimate() ${Math.round(kept.usage / 1024 / 102.4) / 10} MB; ` +
						`everything synced ${readyS} s after the sign-in page opened (unthrottled local ` +
						`line; ${syncRequests} sync requests, ${Math.round(syncMs / 1000)} s waiting for their answers)`
				});
				expect(total).toBeGreaterThan(0);
			} finally {
				context.off('requestfinished', onFinished);
				await context.close();
			}
		}, 900_000);
	}
});
