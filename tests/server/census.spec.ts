// The needs census through POST /api/collab/sync and the collection's API rules, against the
// real PocketBase of the test setup (demo data seeded): the demo mayor's census exists; one row
// per campaign × commune × question where the latest answer wins and the earlier ones stay in
// its history; only the commune's élus write it; who reads it, as a matrix over roles, through
// the API and through the sync pull; bad input gets a French 4xx and changes nothing.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, randomId } from '../helpers/ids';
import { pullAll, sync } from '../helpers/sync';
import { censusAnswerId } from '../../src/lib/features/census/domain/census';

const url = inject('pbUrl');
const CAMPAIGN = 'test-census';
const CLOSED = 'test-census-closed';

let admin: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;
let lagrasse: string;
let etienne: string;

function answer(commune: string, question: string, value: unknown, campaign = CAMPAIGN) {
	return {
		collection: 'needs_surveys',
		id: censusAnswerId(campaign, commune, question),
		rev: nextRev(),
		data: {
			campaign,
			commune,
			question,
			answer: value,
			answered_at: new Date().toISOString()
		}
	};
}

const push = (pb: PocketBase, ...records: ReturnType<typeof answer>[]) =>
	sync(pb, { device: `d-${randomId(6)}`, records });

async function ensureCampaign(key: string, closesAt: string) {
	const found = await admin
		.collection('needs_campaigns')
		.getList(1, 1, { filter: admin.filter('key = {:key}', { key }) });
	if (found.items.length) return;
	await admin.collection('needs_campaigns').create({
		key,
		title: key,
		opens_at: '2020-01-01 00:00:00.000Z',
		closes_at: closesAt
	});
}

beforeAll(async () => {
	admin = await adminClient(url);
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	lagrasse = await communeId(url, '11185');
	etienne = await communeId(url, '42218');
	await ensureCampaign(CAMPAIGN, '');
	await ensureCampaign(CLOSED, '2021-01-01 00:00:00.000Z');
});

describe('the needs census', () => {
	it("holds the demo mayor's census: profile B and three needs", async () => {
		const rows = await admin.collection('needs_surveys').getFullList({
			filter: admin.filter('commune = {:c} && campaign = "2026"', { c: lagrasse })
		});
		const byQuestion = new Map(rows.map((r) => [r.question as string, r.answer]));
		expect(byQuestion.get('profile')).toEqual({ profile: 'B' });
		const needs = rows.filter(
			(r) =>
				String(r.question).startsWith('need-') && (r.answer as { priority: number }).priority > 0
		);
		expect(needs.map((r) => r.question).sort()).toEqual([
			'need-dechets',
			'need-eau',
			'need-resilience_alimentaire'
		]);
	});

	it('keeps one row per question: the latest answer wins, the earlier stays in its history', async () => {
		const first = answer(lagrasse, 'need-energie', { priority: 1, note: 'Éclairage public' });
		const replies = await push(maire, first);
		expect(replies.rejected).toEqual([]);
		// The same push replayed changes nothing.
		expect((await push(maire, first)).rejected).toEqual([]);
		const second = answer(lagrasse, 'need-energie', { priority: 3, note: 'Chauffage de l’école' });
		expect((await push(adjoint, second)).rejected).toEqual([]);
		// Another question by another élu at the same time: no conflict.
		expect(
			(await push(maire, answer(lagrasse, 'need-emploi', { priority: 2, note: '' }))).rejected
		).toEqual([]);

		const rows = await admin.collection('needs_surveys').getFullList({
			filter: admin.filter('commune = {:c} && campaign = {:k} && question = "need-energie"', {
				c: lagrasse,
				k: CAMPAIGN
			})
		});
		expect(rows).toHaveLength(1);
		expect(rows[0]!.answer).toEqual({ priority: 3, note: 'Chauffage de l’école' });
		const history = rows[0]!.history as { answer: unknown }[];
		expect(history.map((h) => h.answer)).toEqual([{ priority: 1, note: 'Éclairage public' }]);

		// An older version arriving late does not roll the answer back.
		const late = await push(maire, { ...first, rev: first.rev });
		expect(late.rejected).toEqual([]);
		expect((await admin.collection('needs_surveys').getOne(first.id)).answer).toEqual({
			priority: 3,
			note: 'Chauffage de l’école'
		});
	});

	it('refuses an answer for another commune, in French, and stores nothing', async () => {
		const record = answer(etienne, 'profile', { profile: 'A' });
		const response = await push(maire, record);
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: record.id, status: 403, code: 'forbidden' })
		]);
		expect(response.rejected[0]!.reason).toMatch(/commune n’est pas la vôtre/);
		await expect(admin.collection('needs_surveys').getOne(record.id)).rejects.toThrow();
	});

	it('refuses bad input with a French reason and changes nothing', async () => {
		const cases: [ReturnType<typeof answer>, number, RegExp][] = [
			[
				answer(lagrasse, 'need-eau', { priority: 1, note: 'x'.repeat(1001) }),
				400,
				/1000 caractères/
			],
			[answer(lagrasse, 'offer-skills', { text: 'x'.repeat(100_000) }), 400, /2000 caractères/],
			[answer(lagrasse, 'need-licornes', { priority: 1, note: '' }), 400, /n’existe pas/],
			[answer(lagrasse, 'profile', { profile: 'Z' }), 400, /A, B ou C/],
			[answer(lagrasse, 'need-eau', { priority: 7, note: '' }), 400, /priorité/],
			[{ ...answer(lagrasse, 'profile', { profile: 'A' }), id: randomId() }, 400, /identifiant/],
			[answer(lagrasse, 'profile', { profile: 'A' }, 'campagne-inconnue'), 400, /n’existe pas/],
			[answer(lagrasse, 'profile', { profile: 'A' }, CLOSED), 409, /close/]
		];
		for (const [record, status, reason] of cases) {
			const response = await push(maire, record);
			expect(response.rejected, record.data.question).toHaveLength(1);
			expect(response.rejected[0]!.status).toBe(status);
			expect(response.rejected[0]!.reason).toMatch(reason);
			const stored = await admin
				.collection('needs_surveys')
				.getList(1, 1, { filter: admin.filter('id = {:id}', { id: record.id }) });
			if (record.data.campaign === CAMPAIGN && stored.items.length) {
				expect(stored.items[0]!.answer).not.toEqual(record.data.answer);
			} else expect(stored.items).toHaveLength(0);
		}
	});
});

describe('who reads a commune’s census (matrix)', () => {
	const readers: [string, () => Promise<PocketBase>, boolean][] = [
		['the mayor of the commune', () => userClient(url, DEMO.maire), true],
		['another élu of the commune', () => userClient(url, DEMO.adjoint), true],
		[
			'an élu of another commune',
			async () =>
				createUser(url, {
					email: 'elu.census.st-etienne@example.fr',
					role: 'elu',
					communes: [etienne]
				}),
			false
		],
		['the coordinator of its département', () => userClient(url, DEMO.coordinateur), true],
		[
			'the coordinator of another département',
			() =>
				createUser(url, {
					email: 'coord.census.loire@example.fr',
					role: 'coordinateur',
					territory_kind: 'departement',
					territory_code: '42'
				}),
			false
		],
		[
			'the coordinator of its région',
			() =>
				createUser(url, {
					email: 'coord.census.occitanie@example.fr',
					role: 'coordinateur',
					territory_kind: 'region',
					territory_code: '76'
				}),
			true
		],
		[
			'a facilitator who follows the commune',
			() =>
				createUser(url, {
					email: 'facil.census.lagrasse@example.fr',
					role: 'facilitateur',
					communes: [lagrasse]
				}),
			true
		],
		['a facilitator who does not', () => userClient(url, DEMO.facilitateur), false],
		['the national team', () => userClient(url, DEMO.national), true]
	];

	for (const [who, login, reads] of readers) {
		it(`${who} ${reads ? 'reads' : 'does not read'} it, through the API and the sync pull`, async () => {
			const pb = await login();
			const listed = await pb.collection('needs_surveys').getList(1, 50, {
				filter: pb.filter('commune = {:c}', { c: lagrasse })
			});
			expect(listed.items.length > 0).toBe(reads);
			const { recordChanges } = await pullAll(pb, `d-${randomId(6)}`);
			const pulled = recordChanges.filter(
				(c) => c.collection === 'needs_surveys' && c.data.commune === lagrasse
			);
			expect(pulled.length > 0).toBe(reads);
			if (reads) {
				expect(Object.keys(pulled[0]!.data).sort()).toEqual(
					[
						'answer',
						'answered_at',
						'campaign',
						'commune',
						'history',
						'question',
						'updated_by'
					].sort()
				);
			}
		});
	}

	it('nobody writes it through the API, not even the national team', async () => {
		const national = await userClient(url, DEMO.national);
		await expect(
			national.collection('needs_surveys').create({
				campaign: CAMPAIGN,
				commune: lagrasse,
				question: 'profile',
				answer: { profile: 'C' },
				answered_at: new Date().toISOString()
			})
		).rejects.toBeInstanceOf(ClientResponseError);
	});
});
