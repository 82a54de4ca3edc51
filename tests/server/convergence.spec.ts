// Convergence of the sync engine under hostile conditions. Each seed runs several simulated
// devices (real engine, real Dexie on its own fake-indexeddb, real Yjs) of one élu against a real
// PocketBase started here: random edits to shared project documents (Y.Text, Y.Array log, Y.Map
// fields), random offline periods, requests lost, responses lost after the server stored them,
// requests duplicated and delivered late (out of order), and ONE server restart during the run.
// Records too: random edits of project summaries and progress records travel in the same
// requests, so they are duplicated, replayed and delivered late (an older version's first
// delivery after a newer one's) as well. Then every device syncs until quiet; every device and a
// fresh one pulling from cursor 0 must hold identical documents containing every edit ever made,
// and identical records, equal to the server's and to the newest version saved anywhere.
//
// CONVERGENCE_SEEDS=<count> runs more seeds (default 100); CONVERGENCE_SEED=<n> replays one.
// The edit and fault script is a function of the seed; network timing is not, so a replay is
// the same scenario, not the same interleaving to the microsecond.
import { IDBFactory } from 'fake-indexeddb';
import type PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncRequest } from '../../src/lib/domain/sync/protocol';
import { plainRecordData } from '../../src/lib/local/collection';
import { recordTable } from '../../src/lib/local/db';
import { entriesIn } from '../../src/lib/local/outbox';
import { saveLocalRecord } from '../../src/lib/local/records';
import { createProject, projectParts } from '../../src/lib/features/projects/local/projects';
import { openLocalStore, type LocalStore } from '../../src/lib/local/store';
import type { LocalDoc } from '../../src/lib/local/docs';
import { SyncEngine, type CycleResult } from '../../src/lib/sync/engine';
import {
	PocketBaseTransport,
	TransportError,
	type SyncTransport
} from '../../src/lib/sync/transport';
import { adminClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

const SINGLE = process.env.CONVERGENCE_SEED;
const COUNT = Number(process.env.CONVERGENCE_SEEDS ?? 100);
const SEEDS = SINGLE ? [Number(SINGLE)] : Array.from({ length: COUNT }, (_, i) => i + 1);
/** Seeds run side by side (each on its own commune, so their documents never mix). */
const LANES = 4;
const DEVICES = 5;

/** mulberry32: a small, fast, seedable PRNG. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Loses, repeats and delays requests; `offline` fails everything; `faults` off = a clean network. */
class HostileNetwork implements SyncTransport {
	offline = false;
	faults = true;
	readonly #late: SyncRequest[] = [];

	constructor(
		private readonly real: SyncTransport,
		private readonly random: () => number
	) {}

	async send(request: SyncRequest): Promise<unknown> {
		if (this.offline) throw new TransportError(0, 'hors ligne (simulé)');
		if (!this.faults) return this.real.send(request);
		if (this.#late.length && this.random() < 0.4) {
			// An older request finally reaches the server, after newer ones.
			const [late] = this.#late.splice(Math.floor(this.random() * this.#late.length), 1);
			await this.real.send(late!).catch(() => undefined);
		}
		const roll = this.random();
		if (roll < 0.07) throw new TransportError(0, 'requête perdue (simulé)');
		if (roll < 0.14) {
			await this.real.send(request);
			throw new TransportError(0, 'réponse perdue (simulé)');
		}
		if (roll < 0.21) {
			const first = await this.real.send(request);
			const second = await this.real.send(request);
			return this.random() < 0.5 ? first : second;
		}
		if (roll < 0.27) {
			this.#late.push(structuredClone(request));
			throw new TransportError(0, 'délai dépassé, livrée plus tard (simulé)');
		}
		return this.real.send(request);
	}

	/** Delivers whatever is still late (the network finally carries it). */
	async drain(): Promise<void> {
		for (const request of this.#late.splice(0)) {
			await this.real.send(request).catch(() => undefined);
		}
	}
}

interface Device {
	store: LocalStore;
	engine: SyncEngine;
	network: HostileNetwork;
	open: Map<string, LocalDoc>;
}

/** What every replica must contain at the end. */
interface Expected {
	tokens: Set<string>;
	logIds: Set<string>;
	fields: Map<string, Set<unknown>>;
	/** Every version saved of each record (`collection/id`): its rev and what it said. */
	records: Map<string, { rev: number; value: string }[]>;
}

/** The record fields compared across replicas (the wire fields both sides keep). */
const RECORD_FIELDS: Record<string, string[]> = {
	projects: ['commune', 'title', 'status', 'themes', 'levers', 'summary'],
	progress: ['module', 'activity', 'done', 'done_at']
};

let server: TestServer;
let admin: PocketBase;
let communeCount = 0;
/** Snapshots pushed during the run (compaction happened under faults too). */
let snapshots = 0;
const lanes: PocketBase[] = [];

/** Test set-up calls retried while the server restarts (the devices get no such favour). */
async function retrying<T>(fn: () => Promise<T>): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await fn();
		} catch (error) {
			if (attempt > 100) throw error;
			const status = (error as { status?: number }).status;
			// A restarted server renews the superuser's session. PocketBase reads a token it no
			// longer accepts as no token at all: a read then answers 404, not 401, so a 404 renews
			// the session too (a record really missing still fails after the retries).
			if (status === 401 || status === 403 || status === 404) {
				admin = await adminClient(server.url).catch(() => admin);
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

async function newCommune(): Promise<string> {
	const n = communeCount++;
	const insee =
		String(9 - Math.floor(n / 3000)) +
		'AB0'[Math.floor(n / 1000) % 3] +
		String(n % 1000).padStart(3, '0');
	const commune = await retrying(() =>
		admin
			.collection('communes')
			.create({ insee, name: `Convergence ${n}`, population: 100, class: 'rural' })
	);
	return commune.id;
}

async function laneClient(lane: number): Promise<PocketBase> {
	if (!lanes[lane]) {
		const email = `convergence.${lane}@collabactons.fr`;
		const user = await retrying(() =>
			admin.collection('users').create({
				email,
				password: 'collabactons-demo',
				passwordConfirm: 'collabactons-demo',
				role: 'elu',
				verified: true
			})
		);
		const client = await retrying(() => admin.collection('users').impersonate(user.id, 3600));
		client.autoCancellation(false);
		lanes[lane] = client;
	}
	return lanes[lane]!;
}

async function openDevice(pb: PocketBase, random: () => number): Promise<Device> {
	const store = await openLocalStore({
		userId: pb.authStore.record!.id,
		indexedDB: new IDBFactory()
	});
	const network = new HostileNetwork(new PocketBaseTransport(pb), random);
	const engine = new SyncEngine({
		store,
		transport: network,
		backoff: { attempts: 0 },
		onCycle: (result) => (snapshots += result.snapshots)
	});
	return { store, engine, network, open: new Map() };
}

async function docOf(device: Device, docId: string): Promise<Y.Doc> {
	let local = device.open.get(docId);
	if (!local) {
		local = await device.store.docs.acquire(docId);
		device.open.set(docId, local);
	}
	return local.doc;
}

/** One random edit on `device` (text token, log entry, or map field) in a known document. */
async function edit(device: Device, random: () => number, tag: string, expected: Expected) {
	const known = await device.store.db.docs.toCollection().primaryKeys();
	if (!known.length) return;
	const docId = known[Math.floor(random() * known.length)]!;
	const doc = await docOf(device, docId);
	const { meta, description, log } = projectParts(doc);
	const roll = random();
	if (roll < 0.4) {
		const token = `[${tag}]`;
		const text = description.toString();
		let at = text.indexOf('[', Math.floor(random() * (text.length + 1)));
		if (at < 0) at = text.length;
		description.insert(at, token);
		expected.tokens.add(`${docId}:${token}`);
	} else if (roll < 0.75) {
		const id = `${tag}`;
		log.push([{ id, date: '2026-11-29', text: `entrée ${tag}`, author: 'u', createdAt: 0 }]);
		expected.logIds.add(`${docId}:${id}`);
	} else {
		// A few shared keys (last writer wins) and a key of its own.
		const key = random() < 0.5 ? `shared${Math.floor(random() * 3)}` : `own-${tag}`;
		meta.set(key, tag);
		const values = expected.fields.get(`${docId}:${key}`) ?? new Set();
		values.add(tag);
		expected.fields.set(`${docId}:${key}`, values);
	}
	await device.open.get(docId)!.whenSaved();
}

/** The part of a record the test follows: a summary's title, a progress record's state. */
function recordValue(collection: string, row: Record<string, unknown>): string {
	return collection === 'projects' ? String(row.title) : `${row.activity}:${row.done}`;
}

/** One random record edit on `device`: a project summary's title, or a progress record. */
async function editRecord(
	device: Device,
	random: () => number,
	seed: number,
	tag: string,
	expected: Expected
) {
	const { db } = device.store;
	let collection: 'projects' | 'progress';
	let id: string;
	let data: Record<string, unknown>;
	if (random() < 0.6) {
		const ids = await recordTable(db, 'projects').toCollection().primaryKeys();
		if (!ids.length) return;
		collection = 'projects';
		id = String(ids[Math.floor(random() * ids.length)]);
		const row = (await recordTable(db, collection).get(id))!;
		data = { ...plainRecordData(row), title: `Titre ${tag}` };
	} else {
		collection = 'progress';
		id = `pr${seed}k${Math.floor(random() * 3)}`.padEnd(15, '0');
		data = { module: `m-${seed}`, activity: tag, done: random() < 0.5, done_at: '' };
	}
	await saveLocalRecord(db, collection, id, data);
	const rev = (await recordTable(db, collection).get(id))!.rev!;
	const key = `${collection}/${id}`;
	const versions = expected.records.get(key) ?? [];
	versions.push({ rev, value: recordValue(collection, data) });
	expected.records.set(key, versions);
}

/** The records of `device` (compared fields only, by collection and id). */
async function recordsOf(device: Device): Promise<Record<string, unknown>> {
	const out: Record<string, unknown> = {};
	for (const [collection, fields] of Object.entries(RECORD_FIELDS)) {
		const rows = await recordTable(device.store.db, collection).toArray();
		for (const row of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) {
			out[`${collection}/${row.id}`] = Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
		}
	}
	return out;
}

async function snapshotOf(device: Device): Promise<Record<string, unknown>> {
	const ids = (await device.store.db.docs.toCollection().primaryKeys()).sort();
	const out: Record<string, unknown> = {};
	for (const id of ids) {
		const doc = await docOf(device, id);
		const { meta, description, log } = projectParts(doc);
		out[id] = { meta: meta.toJSON(), description: description.toString(), log: log.toJSON() };
	}
	return out;
}

async function closeDevice(device: Device): Promise<void> {
	for (const local of device.open.values()) await local.release();
	device.open.clear();
	await device.store.close();
}

/** Cycles every device until a whole round moves nothing. */
async function syncUntilQuiet(devices: Device[], seed: number): Promise<void> {
	for (let round = 0; round < 60; round++) {
		let moved = false;
		for (const device of devices) {
			const result: CycleResult = await device.engine.cycle();
			const waiting = await entriesIn(device.store.db, ['pending', 'sending']);
			if (result.status !== 'ok') {
				moved = true;
				await new Promise((resolve) => setTimeout(resolve, 50));
			} else if (result.accepted || result.pulled || result.snapshots || waiting.length) {
				moved = true;
			}
		}
		if (!moved) return;
	}
	throw new Error(`seed ${seed}: the devices never went quiet`);
}

async function runSeed(seed: number, lane: number): Promise<void> {
	const random = rng(seed);
	const pb = await laneClient(lane);
	const commune = await newCommune();
	await retrying(() =>
		admin.collection('users').update(pb.authStore.record!.id, { communes: [commune] })
	);
	const expected: Expected = {
		tokens: new Set(),
		logIds: new Set(),
		fields: new Map(),
		records: new Map()
	};
	const devices: Device[] = [];
	for (let i = 0; i < DEVICES; i++) devices.push(await openDevice(pb, rng(seed * 1000 + i)));
	try {
		await createProject(devices[0]!.store, { title: `Projet ${seed}`, commune });
		// One seed in 25 runs long enough for the server to ask for compaction (> 50 rows).
		const long = seed % 25 === 0;
		const steps = long ? 500 : 15 + Math.floor(random() * 35);
		for (let step = 0; step < steps; step++) {
			const device = devices[Math.floor(random() * devices.length)]!;
			const roll = random();
			if (roll < 0.08) device.network.offline = !device.network.offline;
			else if (roll < 0.12 && !long && (await device.store.db.docs.count()) < 3) {
				await createProject(device.store, { title: `Projet ${seed}-${step}`, commune });
			} else if (roll < 0.5) await edit(device, random, `s${seed}x${step}`, expected);
			else if (roll < 0.65) await editRecord(device, random, seed, `s${seed}x${step}`, expected);
			else {
				// Sometimes two devices sync at the same moment.
				const other = devices[Math.floor(random() * devices.length)]!;
				await Promise.all(
					other === device ? [device.engine.cycle()] : [device.engine.cycle(), other.engine.cycle()]
				);
			}
		}
		for (const device of devices) {
			device.network.offline = false;
			device.network.faults = false;
			await device.network.drain();
		}
		await syncUntilQuiet(devices, seed);

		const fresh = await openDevice(pb, random);
		fresh.network.faults = false;
		devices.push(fresh);
		await syncUntilQuiet([fresh], seed);

		const reference = await snapshotOf(devices[0]!);
		const referenceRecords = await recordsOf(devices[0]!);
		for (const [i, device] of devices.entries()) {
			expect(await entriesIn(device.store.db, ['rejected']), `seed ${seed} device ${i}`).toEqual(
				[]
			);
			expect(await snapshotOf(device), `seed ${seed}: device ${i} differs`).toEqual(reference);
			expect(await recordsOf(device), `seed ${seed}: device ${i} records differ`).toEqual(
				referenceRecords
			);
		}
		// Each record holds its newest version (the highest rev saved anywhere; equal revs, made
		// in the same millisecond on two devices, may keep either), on the server too.
		for (const [key, versions] of expected.records) {
			const [collection, id] = key.split('/') as [string, string];
			const top = Math.max(...versions.map((v) => v.rev));
			const newest = versions.filter((v) => v.rev === top).map((v) => v.value);
			const stored = await retrying(() => admin.collection(collection).getOne(id));
			expect(newest, `seed ${seed}: server ${key}`).toContain(recordValue(collection, stored));
			const local = referenceRecords[key] as Record<string, unknown> | undefined;
			expect(local && recordValue(collection, local), `seed ${seed}: replicas ${key}`).toBe(
				recordValue(collection, stored)
			);
		}
		const docs = reference as Record<
			string,
			{ meta: Record<string, unknown>; description: string; log: { id: string }[] }
		>;
		for (const key of expected.tokens) {
			const [docId, token] = key.split(':') as [string, string];
			expect(docs[docId]?.description, `seed ${seed}: text edit ${token}`).toContain(token);
		}
		for (const key of expected.logIds) {
			const [docId, id] = key.split(':') as [string, string];
			expect(
				docs[docId]?.log.map((e) => e.id),
				`seed ${seed}: log entry ${id}`
			).toContain(id);
		}
		for (const [key, values] of expected.fields) {
			const [docId, field] = key.split(':') as [string, string];
			expect(values.has(docs[docId]?.meta[field]), `seed ${seed}: field ${field}`).toBe(true);
		}
	} finally {
		for (const device of devices) await closeDevice(device);
	}
}

describe('convergence', () => {
	beforeAll(async () => {
		server = await startTestServer();
		admin = await adminClient(server.url);
	}, 120_000);

	afterAll(async () => {
		await server?.dispose();
	});

	it(
		`converges for ${SEEDS.length} seed(s) with one server restart`,
		{ timeout: 600_000 },
		async () => {
			const queue = [...SEEDS];
			const restartAfter = Math.floor(SEEDS.length / 2);
			let started = 0;
			let restarted: Promise<void> | undefined;
			const failures: string[] = [];
			const lane = async (index: number) => {
				for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) {
					if (++started > restartAfter && !restarted) {
						console.log(`convergence: server restart while seed ${seed} starts`);
						restarted = server.restart();
					}
					try {
						await runSeed(seed, index);
					} catch (error) {
						failures.push(
							`seed ${seed}: ${error instanceof Error ? error.message : String(error)}`
						);
					}
				}
			};
			const t0 = performance.now();
			await Promise.all(Array.from({ length: Math.min(LANES, SEEDS.length) }, (_, i) => lane(i)));
			await restarted;
			console.log(
				`convergence: seeds ${SEEDS[0]}..${SEEDS.at(-1)} (${SEEDS.length}) in ` +
					`${Math.round(performance.now() - t0)} ms, ${snapshots} snapshot(s) pushed; ` +
					'replay one with CONVERGENCE_SEED=<n>'
			);
			expect(failures, failures.join('\n')).toEqual([]);
		}
	);
});
