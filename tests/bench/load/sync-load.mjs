// Server-only load generator for POST /api/collab/sync (issue 17): simulated devices in closed
// loops (each sends its next cycle as soon as the last answer came), over raw keep-alive HTTP,
// with every pushed op precomputed by the caller. It reports cycles/s, latency percentiles and
// its own CPU time, so a figure bound by the generator shows as such. It never computes a Yjs
// update, never opens a local store, and never signs in (tokens come in the plan).
//
// Usage: node tests/bench/load/sync-load.mjs PLAN.json  → one JSON line on stdout.
// PLAN: { url, concurrency, durationMs, warmupMs, seed, serverPid?, devices: [{ token, device,
// ops: [op] }] }; with serverPid (same machine, Linux) it also reports the server's CPU time in
// the measured window, per cycle: a figure the other processes of a shared machine barely move.
// Mix per cycle: 1/100 the first sync of the device's whole commune (cursor 0, every page),
// 1/5 a push of one precomputed op (with the device's cursor), else an empty pull at its cursor.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../../helpers/random.mjs';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = new URL('/api/collab/sync', plan.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.concurrency });

/** POSTs `body` with `token`; resolves { status, text, ms }. */
function post(token, body) {
	return new Promise((resolve) => {
		const t0 = performance.now();
		const req = http.request(
			target,
			{
				method: 'POST',
				agent,
				headers: {
					authorization: token,
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body)
				}
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						text: Buffer.concat(chunks).toString('utf8'),
						ms: performance.now() - t0
					})
				);
			}
		);
		req.on('error', (error) =>
			resolve({ status: 0, text: String(error), ms: performance.now() - t0 })
		);
		req.end(body);
	});
}

const KINDS = ['pull', 'push', 'first'];
const stats = {
	cycles: 0,
	requests: 0,
	errors: 0,
	firstError: '',
	bytesIn: 0,
	/** Request latencies (ms) by kind, recorded after the warm-up only. */
	latency: { pull: [], push: [], first: [] },
	firstSyncPages: 0
};

let measuring = false;
let stopping = false;

/** One request of a cycle: returns the parsed answer or null (counted as an error). */
async function request(dev, kind, body) {
	const res = await post(dev.token, body);
	if (measuring) {
		stats.requests++;
		stats.bytesIn += res.text.length;
		stats.latency[kind].push(res.ms);
	}
	if (res.status !== 200) {
		if (measuring) {
			stats.errors++;
			if (!stats.firstError) stats.firstError = `${res.status} ${res.text.slice(0, 200)}`;
		}
		return null;
	}
	return JSON.parse(res.text);
}

async function loop(dev, index) {
	const rand = mulberry32(plan.seed + index * 7919);
	let nextOp = 0;
	while (!stopping) {
		const r = rand();
		const kind = r < 0.01 ? 'first' : r < 0.21 ? 'push' : 'pull';
		if (kind === 'first') {
			// A new tablet of the same élu: its own device id, from cursor 0 to the head.
			let cursor = 0;
			for (;;) {
				const answer = await request(
					dev,
					kind,
					`{"v":1,"device":"${dev.device}-new","cursor":${cursor}}`
				);
				if (!answer) break;
				if (measuring) stats.firstSyncPages++;
				cursor = answer.cursor;
				if (!answer.more) break;
			}
		} else {
			const op = kind === 'push' ? dev.ops[nextOp++ % dev.ops.length] : null;
			const body = op
				? `{"v":1,"device":"${dev.device}","cursor":${dev.cursor},"ops":[${op}]}`
				: `{"v":1,"device":"${dev.device}","cursor":${dev.cursor}}`;
			const answer = await request(dev, kind, body);
			if (answer) dev.cursor = answer.cursor;
		}
		if (measuring) stats.cycles++;
	}
}

/** CPU seconds (user + system) of process `pid` so far, from /proc (stat(5) fields 14, 15). */
function cpuOf(pid) {
	if (!pid) return 0;
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

const percentile = (sorted, p) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;
const round = (n) => Math.round(n * 10) / 10;

const devices = plan.devices.slice(0, plan.concurrency).map((d) => ({
	...d,
	ops: d.ops.map((op) => JSON.stringify(op)),
	cursor: d.cursor ?? 0
}));
// Each device first catches up once (not measured), so "empty pull at the head" means it.
await Promise.all(
	devices.map(async (dev) => {
		for (;;) {
			const answer = await request(
				dev,
				'pull',
				`{"v":1,"device":"${dev.device}","cursor":${dev.cursor}}`
			);
			if (!answer) throw new Error(`catch-up failed for ${dev.device}`);
			dev.cursor = answer.cursor;
			if (!answer.more) break;
		}
	})
);
const loops = devices.map((dev, i) => loop(dev, i));
await new Promise((done) => setTimeout(done, plan.warmupMs));
measuring = true;
const cpu0 = process.cpuUsage();
const server0 = cpuOf(plan.serverPid);
const t0 = performance.now();
await new Promise((done) => setTimeout(done, plan.durationMs));
measuring = false;
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const serverCpu = cpuOf(plan.serverPid) - server0;
stopping = true;
await Promise.all(loops);
agent.destroy();

const all = KINDS.flatMap((k) => stats.latency[k]).sort((a, b) => a - b);
const byKind = {};
for (const k of KINDS) {
	const sorted = stats.latency[k].sort((a, b) => a - b);
	byKind[k] = {
		requests: sorted.length,
		p50: round(percentile(sorted, 0.5)),
		p95: round(percentile(sorted, 0.95))
	};
}
console.log(
	JSON.stringify({
		concurrency: plan.concurrency,
		seed: plan.seed,
		seconds: round(seconds),
		cycles: stats.cycles,
		requests: stats.requests,
		cyclesPerS: round(stats.cycles / seconds),
		requestsPerS: round(stats.requests / seconds),
		p50: round(percentile(all, 0.5)),
		p95: round(percentile(all, 0.95)),
		p99: round(percentile(all, 0.99)),
		byKind,
		firstSyncPages: stats.firstSyncPages,
		errors: stats.errors,
		firstError: stats.firstError,
		bytesInPerS: Math.round(stats.bytesIn / seconds),
		/** Cores the generator itself used during the measured window. */
		generatorCores: Math.round(((cpu.user + cpu.system) / 1e6 / seconds) * 100) / 100,
		serverCores: Math.round((serverCpu / seconds) * 100) / 100,
		serverCpuMsPerCycle: stats.cycles
			? Math.round((serverCpu * 1000 * 100) / stats.cycles) / 100
			: 0
	})
);
