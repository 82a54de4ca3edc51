// Server sync throughput, measured from outside (issue 17):
// - server.sync_cycles_per_s / server.sync_p95_ms: 50 simulated devices (élus, 2 per commune)
//   in closed loops against one real PocketBase, with the mix 4/5 an empty pull at the head,
//   1/5 a push of one small Yjs update, 1/100 the first sync of the whole commune;
// - server.sync_cycles_per_s_200 / server.sync_p95_ms_200: the same with 200 devices.
// The load generator (load/sync-load.mjs) is a separate Node process on raw HTTP with
// precomputed bodies; its CPU and the server's are in each note, since both share 2 cores.
// - server.logins_per_s: 30 élus signing in with their password at once (PocketBase hashes
//   passwords slowly on purpose; tests/server/room-first-visit.spec.ts checks a room is served).
// Data: a copy of BENCH_DATA_DIR, else of pocketbase/pb_data_national when it exists (README,
// "National-scale data": npm run seed:national), with élus of 200 communes that have a project;
// else an empty server with 100 communes × 2 élus, each commune a project of 40 updates.
// BENCH_LOAD_SECONDS sets the measured window (default 15 s per level).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../helpers/pocketbase';
import { startTestServer } from '../helpers/server';
import { startPocketBase } from '../../scripts/pocketbase/server.mjs';
import { NATIONAL_PASSWORD } from '../../scripts/seed/national/context.mjs';
import { loadDevices, nationalDevices, type LoadDevice } from './load/fixture';
import { recordMetric } from './metrics';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
const MIX = '4/5 empty pull at the head, 1/5 one-op push, 1/100 first sync of the commune';

const NATIONAL =
	process.env.BENCH_DATA_DIR ??
	(existsSync('pocketbase/pb_data_national/data.db') ? 'pocketbase/pb_data_national' : '');

let server: { url: string; pid: number; dispose(): Promise<void> };
let devices: LoadDevice[];
let work: string;
/** Who signs in for server.logins_per_s, and with which password. */
let room: { emails: string[]; password: string };
let data = '';

interface LoadResult {
	cyclesPerS: number;
	requestsPerS: number;
	p50: number;
	p95: number;
	p99: number;
	errors: number;
	firstError: string;
	generatorCores: number;
	serverCores: number;
	serverCpuMsPerCycle: number;
	seconds: number;
	byKind: Record<string, { requests: number; p50: number; p95: number }>;
}

/** Runs the generator with `concurrency` devices. */
function runLoad(concurrency: number, seed: number): LoadResult {
	const planFile = join(work, `plan-${concurrency}.json`);
	writeFileSync(
		planFile,
		JSON.stringify({
			url: server.url,
			concurrency,
			durationMs: SECONDS * 1000,
			warmupMs: 2000,
			seed,
			serverPid: server.pid,
			devices
		})
	);
	const run = spawnSync(process.execPath, ['tests/bench/load/sync-load.mjs', planFile], {
		encoding: 'utf8'
	});
	if (run.status !== 0) throw new Error(run.stderr);
	const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as LoadResult;
	const rss = readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
	console.log(
		`load ${concurrency} devices (seed ${seed}), server RSS ${Math.round(Number(rss) / 1024)} MB:`,
		JSON.stringify(result)
	);
	return result;
}

function record(concurrency: number, suffix: string) {
	const seed = Number(process.env.BENCH_SEED ?? Date.now() % 100000);
	const result = runLoad(concurrency, seed);
	expect(result.errors, result.firstError).toBe(0);
	const conditions =
		`${concurrency} devices, ${MIX}; ${data}; ${result.seconds} s; generator ${result.generatorCores} cores, ` +
		`server ${result.serverCores} cores (${result.serverCpuMsPerCycle} ms CPU per cycle), 2 cores shared`;
	recordMetric({
		name: `server.sync_cycles_per_s${suffix}`,
		value: result.cyclesPerS,
		unit: 'cycles/s',
		note: `${conditions}; ${result.requestsPerS} requests/s (seed ${seed})`
	});
	recordMetric({
		name: `server.sync_p95_ms${suffix}`,
		value: result.p95,
		unit: 'ms',
		note:
			`p95 of every sync request (p50 ${result.p50}, p99 ${result.p99}); pull p95 ` +
			`${result.byKind.pull!.p95}, push p95 ${result.byKind.push!.p95}, first-sync pages p95 ` +
			`${result.byKind.first!.p95}; ${conditions}`
	});
}

describe('server sync load', () => {
	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'collabactons-load-'));
		if (NATIONAL) {
			const dataDir = join(work, 'pb_data');
			cpSync(NATIONAL, dataDir, { recursive: true });
			const pb = await startPocketBase({ dataDir, quiet: true });
			server = { url: pb.url, pid: pb.process.pid ?? 0, dispose: () => pb.stop() };
			const admin = await adminClient(server.url);
			devices = await nationalDevices(admin, { count: 200, opsPerDevice: 150 });
			const elus = await admin
				.collection('users')
				// Generated élus only: the demo accounts in the same data have the demo password.
				.getList(1, 30, {
					filter: 'role = "elu" && email ~ "@national.collabactons.test"',
					fields: 'email'
				});
			room = { emails: elus.items.map((u) => u.email), password: NATIONAL_PASSWORD };
			const counts = await Promise.all(
				['communes', 'users', 'docs', 'doc_updates'].map(
					async (c) =>
						`${(await admin.collection(c).getList(1, 1, { fields: 'id' })).totalItems} ${c}`
				)
			);
			data = `national data (${counts.join(', ')})`;
		} else {
			const test = await startTestServer({ seedDemo: false });
			server = { url: test.url, pid: test.pid, dispose: () => test.dispose() };
			const admin = await adminClient(server.url);
			devices = await loadDevices(admin, server.url, {
				communes: 100,
				perCommune: 2,
				history: 40,
				opsPerDevice: 150
			});
			room = {
				emails: Array.from({ length: 30 }, (_, i) => `charge.${i}.0@collabactons.fr`),
				password: 'collabactons-demo'
			};
			data = 'a near-empty server (100 communes × 2 élus, 40 updates per project)';
		}
	}, 900_000);

	afterAll(async () => {
		await server?.dispose();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it('signs in a room of 30 élus at once', async () => {
		const t0 = performance.now();
		const statuses = await Promise.all(
			room.emails.map(async (identity) => {
				const response = await fetch(`${server.url}/api/collections/users/auth-with-password`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ identity, password: room.password })
				});
				return response.status;
			})
		);
		const seconds = (performance.now() - t0) / 1000;
		expect(statuses.filter((s) => s !== 200)).toEqual([]);
		recordMetric({
			name: 'server.logins_per_s',
			value: Math.round((room.emails.length / seconds) * 10) / 10,
			unit: 'logins/s',
			note: `${room.emails.length} password sign-ins at once from one address, ${seconds.toFixed(1)} s; PocketBase's bcrypt, 2 cores shared`
		});
	});

	it('serves 50 devices', () => record(50, ''));

	it.skipIf(process.env.BENCH_LOAD_ONLY_50 === '1')('serves 200 devices', () =>
		record(200, '_200')
	);
});
