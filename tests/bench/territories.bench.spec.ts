// Territory figures on the national-scale data (README, "National-scale data"), recorded, never
// judged: the data dir of `npm run seed:national` (NATIONAL_DATA_DIR, default
// pocketbase/pb_data_national; built here first when missing, which takes minutes), served by a
// real PocketBase with this repository's hooks.
// - server.dashboard_national_ms / server.dashboard_departement_ms: p95 of 40 sequential summary
//   requests by the demo national account (France) and the demo coordinator (Aude); goals 200 and
//   100 ms (the baseline column). Summing the records live instead costs seconds for the nation
//   (pocketbase/README.md, "Territories").
// - server.territories_refresh_s: one rebuild of every territory's figures.
// - territory.summary_kb: the Aude summary as a coordinator's device downloads it (gzip).
// - app.map_kb: the map data (tile grid and overseas insets) gzipped; app.chart_kb: the chart
//   library's chunk and CSS as built, gzipped (loaded only on the Territoire screen).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SUPERUSER, startPocketBase } from '../../scripts/pocketbase/server.mjs';
import { OVERSEAS, TILE_GRID } from '../../src/lib/features/territories/domain/tilegrid';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { recordMetric } from './metrics';

const DATA_DIR = resolve(process.env.NATIONAL_DATA_DIR ?? 'pocketbase/pb_data_national');
const RUNS = 40;
const BUILD = join(process.cwd(), 'build');

let server: Awaited<ReturnType<typeof startPocketBase>>;

const p95 = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};
const round = (n: number) => Math.round(n * 10) / 10;

async function signedIn(email: string) {
	const pb = new PocketBase(server.url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
	return pb.authStore.token;
}

/** p95 (ms) of RUNS sequential GETs of `path` with `token`, after two warm-ups. */
async function timed(path: string, token: string): Promise<{ p95: number; bytes: number }> {
	let bytes = 0;
	const times: number[] = [];
	for (let i = 0; i < RUNS + 2; i++) {
		const started = performance.now();
		const response = await fetch(`${server.url}${path}`, { headers: { Authorization: token } });
		const body = await response.arrayBuffer();
		expect(response.status).toBe(200);
		if (i >= 2) times.push(performance.now() - started);
		bytes = body.byteLength;
	}
	return { p95: p95(times), bytes };
}

describe('territories on national-scale data', () => {
	beforeAll(async () => {
		if (!existsSync(join(DATA_DIR, 'data.db'))) {
			const { spawnSync } = await import('node:child_process');
			const run = spawnSync('node', ['scripts/seed/national.mjs', '--dir', DATA_DIR], {
				stdio: 'inherit'
			});
			if (run.status !== 0) throw new Error('npm run seed:national failed');
		}
		server = await startPocketBase({ dataDir: DATA_DIR, quiet: true });
	}, 3_600_000);

	afterAll(async () => {
		await server?.stop();
	});

	it('server.territories_refresh_s: one rebuild of every figure', async () => {
		const admin = new PocketBase(server.url);
		await admin
			.collection('_superusers')
			.authWithPassword(LOCAL_SUPERUSER.email, LOCAL_SUPERUSER.password);
		const started = performance.now();
		const result = await admin.send('/api/collab/admin/territories/refresh', { method: 'POST' });
		const seconds = round((performance.now() - started) / 1000);
		expect(result.rows).toBeGreaterThan(100_000);
		recordMetric({
			name: 'server.territories_refresh_s',
			value: seconds,
			unit: 's',
			note: `${result.rows} figures; every 10 min, one short write per statement, swapped by renaming`
		});
	});

	it('server.dashboard_national_ms and server.dashboard_departement_ms (p95)', async () => {
		const national = await timed(
			'/api/collab/territories/national/FR/summary',
			await signedIn(DEMO.national)
		);
		const aude = await timed(
			'/api/collab/territories/departement/11/summary',
			await signedIn(DEMO.coordinateur)
		);
		recordMetric({
			name: 'server.dashboard_national_ms',
			value: round(national.p95),
			unit: 'ms',
			baseline: 200,
			ratio: round(national.p95 / 200),
			note: `p95 of ${RUNS}; baseline = goal`
		});
		recordMetric({
			name: 'server.dashboard_departement_ms',
			value: round(aude.p95),
			unit: 'ms',
			baseline: 100,
			ratio: round(aude.p95 / 100),
			note: `Aude, p95 of ${RUNS}; baseline = goal`
		});
	});

	it('territory.summary_kb: the Aude summary a coordinator’s device downloads', async () => {
		const token = await signedIn(DEMO.coordinateur);
		const response = await fetch(`${server.url}/api/collab/territories/departement/11/summary`, {
			headers: { Authorization: token }
		});
		const raw = Buffer.from(await response.arrayBuffer());
		const kb = round(gzipSync(raw).length / 1024);
		recordMetric({
			name: 'territory.summary_kb',
			value: kb,
			unit: 'KB',
			baseline: round(raw.length / 1024),
			ratio: round(kb / (raw.length / 1024)),
			note: 'gzipped; baseline = the same JSON uncompressed'
		});
		expect(kb).toBeGreaterThan(0);
	});

	it('app.map_kb and app.chart_kb', () => {
		const map = gzipSync(JSON.stringify({ TILE_GRID, OVERSEAS }), { level: 9 }).length;
		recordMetric({
			name: 'app.map_kb',
			value: round(map / 1024),
			unit: 'KB',
			note: 'tile grid of 96 départements + 13 overseas insets, gzipped (no geometry file)'
		});
		const dir = join(BUILD, '_app', 'immutable');
		let chart = 0;
		for (const sub of ['chunks', 'assets']) {
			for (const file of readdirSync(join(dir, sub))) {
				const text = readFileSync(join(dir, sub, file), 'utf8');
				if (/u-legend/.test(text) && !/TerritoryView|territories/.test(text))
					chart += gzipSync(text, { level: 9 }).length;
			}
		}
		expect(chart).toBeGreaterThan(0);
		recordMetric({
			name: 'app.chart_kb',
			value: round(chart / 1024),
			unit: 'KB',
			note: 'uPlot 1.6.32 JS + CSS, gzipped, loaded only on Territoire'
		});
	});
});
