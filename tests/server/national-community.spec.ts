// The national generator's learning network and concertations (scripts/seed/national/
// consultations.mjs, proposals.mjs, votes.mjs, discussions.mjs, comments.mjs, notifications.mjs)
// on a slice of two communes, Carcassonne (Aude) and Saint-Étienne (Loire), in an own PocketBase:
// the rows stored are exactly those the same seed draws again, a one-commune slice draws a subset
// of them, élus read them through the sync route as the app would (their commune's thread and its
// replies, not another département's; its author is told of the replies), a generated vote
// carries the id the app derives and counts once in the results however often it is replayed,
// and the territory figures count the generated votes.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, DEMO, userClient } from '../helpers/pocketbase';
import { ADMIN, startTestServer, type TestServer } from '../helpers/server';
import { pullAll, sync } from '../helpers/sync';
import { voteId } from '../../src/lib/features/consultations/domain/vote';
import { generateNational, MODULES, nationalCommunes } from '../../scripts/seed/national.mjs';
import { createContext, NATIONAL_PASSWORD } from '../../scripts/seed/national/context.mjs';

type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

const SEED = 2;
const SLICE = ['11069', '42218'];
const COMMUNITY = [
	'consultations',
	'proposals',
	'votes',
	'discussions',
	'comments',
	'notifications'
];
/** Columns that depend on the run (the global sequence) or that the API never returns. */
const RUN_COLUMNS = ['seq', 'device', 'hidden_body'];
const GRACE_MS = 48 * 3600 * 1000;

let server: TestServer;
let admin: PocketBase;
const ids = new Map<string, string>();
let stored: Tables;
let expected: Tables;

/** The community rows the generator draws for `slice`, without a server (rows as objects). */
async function draw(slice: string[]): Promise<Tables> {
	const tables: Tables = {};
	const ctx = createContext({
		seed: SEED,
		communes: nationalCommunes(ids),
		keep: (insee) => ids.has(insee) && slice.includes(insee),
		firstSeq: 0,
		log: () => {},
		send: async (table, columns, rows) => {
			const list = (tables[table] ??= []);
			for (const row of rows) list.push(Object.fromEntries(columns.map((c, i) => [c, row[i]])));
		}
	});
	for (const module of MODULES.filter((m) => COMMUNITY.includes(m.name)))
		await module.generate(ctx);
	return tables;
}

/** A row without its run-dependent columns. */
const content = (row: Row) =>
	Object.fromEntries(Object.entries(row).filter(([k]) => !RUN_COLUMNS.includes(k)));

const signIn = (email: string) => userClient(server.url, email, NATIONAL_PASSWORD);

beforeAll(async () => {
	server = await startTestServer();
	admin = await adminClient(server.url);
	for (const c of await admin.collection('communes').getFullList({ fields: 'id,insee' }))
		ids.set(String(c.insee), c.id);
	await generateNational({ url: server.url, admin: ADMIN, seed: SEED, communes: SLICE });
	expected = await draw(SLICE);
	stored = {};
	for (const name of COMMUNITY) {
		const wanted = new Set((expected[name] ?? []).map((r) => r.id));
		stored[name] = (await admin.collection(name).getFullList({ batch: 1000 })).filter((r) =>
			wanted.has(r.id)
		);
	}
}, 180_000);

afterAll(async () => {
	await server?.dispose();
});

describe('the slice’s rows', () => {
	it('holds consultations, votes, threads and replies, exactly as the same seed draws them again', () => {
		expect.hasAssertions();
		for (const name of ['consultations', 'votes', 'discussions', 'comments']) {
			expect(expected[name]?.length, name).toBeGreaterThan(0);
		}
		for (const name of COMMUNITY) {
			const byId = new Map((stored[name] ?? []).map((r) => [r.id, r]));
			expect(byId.size, name).toBe(expected[name]?.length ?? 0);
			for (const row of expected[name] ?? []) {
				const got = byId.get(row.id as string);
				expect(got && pick(got, Object.keys(content(row)))).toEqual(content(row));
			}
		}
	});

	it('a one-commune slice draws a subset of the same rows', async () => {
		const small = await draw(['11069']);
		expect(small.votes?.length).toBeGreaterThan(0);
		for (const name of COMMUNITY) {
			const larger = new Map((expected[name] ?? []).map((r) => [r.id, content(r)]));
			for (const row of small[name] ?? []) expect(larger.get(row.id)).toEqual(content(row));
			// Saint-Étienne's élus, the Loire's and Auvergne-Rhône-Alpes' rows are not in it.
			for (const row of small[name] ?? []) {
				expect(row.author_commune ?? '').not.toBe('42218');
				expect(row.commune ?? '').not.toBe(ids.get('42218'));
				expect(row.space_code).not.toBe('42');
			}
		}
	});
});

/** `row`'s values of `keys`, as the API returned them. */
function pick(row: Row, keys: string[]): Row {
	return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

describe('read through the sync route', () => {
	it('an élu of Carcassonne reads a thread of their commune and its replies; Saint-Étienne does not', async () => {
		const thread = (expected.discussions ?? []).find(
			(d) =>
				d.author_commune === '11069' &&
				d.space_kind !== 'national' &&
				d.space_kind !== 'theme' &&
				(expected.comments ?? []).some((c) => c.parent === d.id && c.author !== d.author)
		);
		expect(thread).toBeDefined();
		const replies = (expected.comments ?? []).filter((c) => c.parent === thread!.id);
		const reader = await signIn('elu-11069-0@national.collabactons.test');
		const pulled = (await pullAll(reader, 'd-carcassonne')).recordChanges;
		const seen = new Set(pulled.map((c) => `${c.collection}/${c.id}`));
		expect(seen.has(`discussions/${thread!.id}`)).toBe(true);
		for (const reply of replies) expect(seen.has(`comments/${reply.id}`)).toBe(true);
		// The thread's author is told of the others' replies, as the sync route would tell them.
		const author = await signIn(
			(await admin.collection('users').getOne(String(thread!.author))).email
		);
		const told = (await pullAll(author, 'd-author')).recordChanges.filter(
			(c) => c.collection === 'notifications'
		);
		for (const reply of replies.filter((r) => r.author !== thread!.author)) {
			expect(told.some((n) => n.data.comment === reply.id && n.data.kind === 'reply')).toBe(true);
		}
		const audeConsultation = (expected.consultations ?? []).find(
			(c) => c.space_kind === 'departement' && c.space_code === '11'
		);
		expect(seen.has(`consultations/${audeConsultation!.id}`)).toBe(true);

		const other = await signIn('elu-42218-0@national.collabactons.test');
		const theirs = (await pullAll(other, 'd-saint-etienne')).recordChanges;
		const theirIds = new Set<unknown>(theirs.map((c) => c.id));
		expect(theirIds.has(thread!.id)).toBe(false);
		expect(theirIds.has(audeConsultation!.id)).toBe(false);
		expect(
			theirs.some((c) => c.data.space_kind === 'departement' && c.data.space_code === '11')
		).toBe(false);
	});

	it('a generated vote has the app’s id and counts once in the results, however often replayed', async () => {
		const consultations = new Map((expected.consultations ?? []).map((c) => [c.id, c]));
		const closed = (row: Row) =>
			Date.parse(String(consultations.get(row.consultation)!.closes_at).replace(' ', 'T')) +
				GRACE_MS <
			Date.now();
		const vote = (expected.votes ?? []).find((v) => closed(v) && v.commune === ids.get('11069'));
		expect(vote).toBeDefined();
		const consultation = vote!.consultation as string;
		const user = vote!.user as string;
		expect(vote!.id).toBe(await voteId(consultation, user));
		const voter = await signIn((await admin.collection('users').getOne(user)).email);

		const before = await results(voter, consultation);
		const rows = await admin.collection('votes').getFullList({
			filter: admin.filter('consultation = {:c}', { c: consultation })
		});
		expect(before.visible).toBe(true);
		expect(before.voters).toBe(rows.length);
		const ticks = (before.options as { votes: number }[]).reduce((a, o) => a + o.votes, 0);
		expect(ticks).toBe(rows.reduce((a, r) => a + (r.choices as string[]).length, 0));

		const replay = {
			collection: 'votes',
			id: vote!.id,
			rev: 1,
			data: {
				consultation,
				choices: vote!.choices,
				cast_at: String(vote!.cast_at).replace(' ', 'T')
			}
		};
		const replays = await Promise.all(
			[1, 2, 3].map((n) => sync(voter, { device: `d-replay-${n}`, records: [replay] }))
		);
		for (const response of replays) expect(response.rejected).toEqual([]);
		expect((await results(voter, consultation)).voters).toBe(before.voters);
		const own = (await pullAll(voter, 'd-voter')).recordChanges.filter(
			(c) => c.collection === 'votes' && c.data.consultation === consultation
		);
		expect(own.map((c) => c.id)).toEqual([vote!.id]);
	});

	it('the territory figures count the generated votes of each commune', async () => {
		const national = await userClient(server.url, DEMO.national);
		for (const insee of SLICE) {
			const votes = await admin.collection('votes').getList(1, 1, {
				filter: admin.filter('commune = {:c}', { c: ids.get(insee) })
			});
			const summary = (await national.send(`/api/collab/territories/commune/${insee}/summary`, {
				method: 'GET'
			})) as { figures: Record<string, number> };
			expect(summary.figures['consultations.votes'] ?? 0, insee).toBe(votes.totalItems);
		}
	});
});

async function results(pb: PocketBase, consultation: string): Promise<Row> {
	return pb.send(`/api/collab/consultations/${consultation}/results`, { method: 'GET' });
}
