// Concertations through POST /api/collab/sync and GET /api/collab/consultations/{id}/results,
// against the real PocketBase of the test setup: each élu's vote counts once however often it is
// replayed (10 parallel replays), a vote changes until the closing, a vote cast offline before
// the closing counts within the grace period (and is said to be late), one received beyond it or
// cast after the closing is refused in French, a vote outside the élu's territory or for an
// option that does not exist is refused, and results stay hidden until the grace period ends.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, randomId } from '../helpers/ids';
import { sync } from '../helpers/sync';
import { voteId } from '../../src/lib/features/consultations/domain/vote';
import { VOTE_GRACE_MS } from '../../src/lib/features/consultations/domain/limits';

const url = inject('pbUrl');
const HOUR = 3600 * 1000;

let admin: PocketBase;
let national: PocketBase;
let maire: PocketBase; // élu of Lagrasse (Aude, Occitanie)
let etienne: PocketBase; // élu of Saint-Étienne (Loire, Auvergne-Rhône-Alpes)

const OPTIONS = [
	{ key: 'a', label: 'Des ateliers' },
	{ key: 'b', label: 'Des visites' },
	{ key: 'c', label: 'Un forum' }
];

function consultationData(overrides: Record<string, unknown> = {}) {
	return {
		space_kind: 'national',
		space_code: '',
		title: 'Quel format pour les rencontres ?',
		context: 'Le programme prépare les rencontres de 2027.',
		kind: 'choice',
		multiple: false,
		options: OPTIONS,
		closes_at: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
		synthesis: '',
		...overrides
	};
}

/** Opens a consultation through sync as `pb` (an organiser); returns its id. */
async function open(pb: PocketBase, overrides: Record<string, unknown> = {}): Promise<string> {
	const id = randomId();
	const response = await sync(pb, {
		device: `d-${randomId(6)}`,
		records: [
			{ collection: 'consultations', id, rev: nextRev(), data: consultationData(overrides) }
		]
	});
	expect(response.rejected).toEqual([]);
	return id;
}

/** A consultation written by the superuser, closed `ago` ms ago (sync refuses a past closing). */
async function closedConsultation(ago: number, overrides: Record<string, unknown> = {}) {
	const record = await admin.collection('consultations').create({
		...consultationData(overrides),
		closes_at: new Date(Date.now() - ago).toISOString(),
		author: national.authStore.record!.id,
		seq: 0
	});
	return record.id as string;
}

async function vote(
	pb: PocketBase,
	consultation: string,
	choices: string[],
	castAt = new Date(),
	rev = nextRev()
) {
	const id = await voteId(consultation, pb.authStore.record!.id);
	return sync(pb, {
		device: `d-${randomId(6)}`,
		records: [
			{
				collection: 'votes',
				id,
				rev,
				data: { consultation, choices, cast_at: castAt.toISOString() }
			}
		]
	});
}

const votesOf = (consultation: string) =>
	admin
		.collection('votes')
		.getFullList({ filter: admin.filter('consultation = {:c}', { c: consultation }) });

beforeAll(async () => {
	admin = await adminClient(url);
	national = await userClient(url, DEMO.national);
	maire = await userClient(url, DEMO.maire);
	etienne = await createUser(url, {
		email: 'elu.votes.st-etienne@example.fr',
		role: 'elu',
		communes: [await communeId(url, '42218')]
	});
});

describe('one vote per consultation and élu', () => {
	it('counts 10 parallel replays of the same vote, then 10 more, once', async () => {
		const consultation = await open(national);
		const id = await voteId(consultation, maire.authStore.record!.id);
		const body = {
			device: 'd-replay',
			records: [
				{
					collection: 'votes',
					id,
					rev: nextRev(),
					data: { consultation, choices: ['b'], cast_at: new Date().toISOString() }
				}
			]
		};
		const responses = await Promise.all(Array.from({ length: 10 }, () => sync(maire, body)));
		for (const response of responses) {
			expect(response.rejected).toEqual([]);
			expect(response.records).toEqual([id]);
		}
		// Then 10 more, one after the other, from another device of the same élu: 20 replays in all.
		for (let i = 0; i < 10; i++) {
			expect((await sync(maire, { ...body, device: 'd-other' })).records).toEqual([id]);
		}
		const stored = await votesOf(consultation);
		expect(stored).toHaveLength(1);
		expect(stored[0]!.choices).toEqual(['b']);
		expect(stored[0]!.late).toBe(false);
	});

	it('changes the vote until the closing: the newest version wins, an older one arriving late does not', async () => {
		const consultation = await open(national);
		const first = nextRev();
		expect((await vote(maire, consultation, ['a'], new Date(), first)).rejected).toEqual([]);
		const second = nextRev();
		expect((await vote(maire, consultation, ['c'], new Date(), second)).rejected).toEqual([]);
		const late = await vote(maire, consultation, ['a'], new Date(), first);
		expect(late.rejected).toEqual([]);
		expect(late.superseded.map((s) => s.data.choices)).toEqual([['c']]);
		const stored = await votesOf(consultation);
		expect(stored.map((v) => v.choices)).toEqual([['c']]);
	});

	it('refuses a vote under another id than the one derived from the consultation and the élu', async () => {
		const consultation = await open(national);
		const response = await sync(maire, {
			records: [
				{
					collection: 'votes',
					id: randomId(),
					rev: nextRev(),
					data: { consultation, choices: ['a'], cast_at: new Date().toISOString() }
				}
			]
		});
		expect(response.rejected[0]).toMatchObject({ status: 400, code: 'malformed' });
		expect(await votesOf(consultation)).toHaveLength(0);
	});
});

describe('closing and grace period', () => {
	it('counts a vote cast offline before the closing and received within the grace period, as late', async () => {
		const consultation = await closedConsultation(HOUR);
		const response = await vote(maire, consultation, ['a'], new Date(Date.now() - 2 * HOUR));
		expect(response.rejected).toEqual([]);
		const [stored] = await votesOf(consultation);
		expect(stored!.late).toBe(true);
		expect(Date.parse(stored!.cast_at)).toBeLessThan(Date.parse(stored!.received));
	});

	it('refuses in French a vote received after the grace period, and one cast after the closing', async () => {
		const beyond = await closedConsultation(VOTE_GRACE_MS + HOUR);
		const old = await vote(maire, beyond, ['a'], new Date(Date.now() - VOTE_GRACE_MS - 2 * HOUR));
		expect(old.rejected[0]).toMatchObject({ status: 409, code: 'closed' });
		expect(old.rejected[0]!.reason).toMatch(/est close depuis le .* délai de 48 heures/);
		const recent = await closedConsultation(HOUR);
		const after = await vote(maire, recent, ['a'], new Date());
		expect(after.rejected[0]!.reason).toMatch(/fait après la clôture/);
		expect(await votesOf(beyond)).toHaveLength(0);
		expect(await votesOf(recent)).toHaveLength(0);
	});
});

describe('who votes on what', () => {
	it('refuses a vote in a consultation outside the élu’s territory, and hides it from them', async () => {
		const coordinator = await createUser(url, {
			email: 'coord.votes.aude@example.fr',
			role: 'coordinateur',
			territory_kind: 'departement',
			territory_code: '11'
		});
		const aude = await open(coordinator, { space_kind: 'departement', space_code: '11' });
		const response = await vote(etienne, aude, ['a']);
		expect(response.rejected[0]).toMatchObject({ status: 403, code: 'forbidden' });
		expect(response.rejected[0]!.reason).toMatch(/autre territoire/);
		await expect(etienne.collection('consultations').getOne(aude)).rejects.toMatchObject({
			status: 404
		});
		expect((await maire.collection('consultations').getOne(aude)).id).toBe(aude);
		expect((await vote(maire, aude, ['b'])).rejected).toEqual([]);
	});

	it('refuses a vote for an option that does not exist, two answers to a single-choice question, and a facilitator', async () => {
		const consultation = await open(national);
		const unknown = await vote(maire, consultation, ['z']);
		expect(unknown.rejected[0]).toMatchObject({ status: 400, code: 'malformed' });
		expect(unknown.rejected[0]!.reason).toMatch(/ne fait pas partie des options/);
		const two = await vote(maire, consultation, ['a', 'b']);
		expect(two.rejected[0]!.reason).toMatch(/une seule réponse/);
		const facilitator = await userClient(url, DEMO.facilitateur);
		const refused = await vote(facilitator, consultation, ['a']);
		expect(refused.rejected[0]).toMatchObject({ status: 403 });
		expect(await votesOf(consultation)).toHaveLength(0);
	});

	it('lets only organisers open a consultation, and keeps votes secret from other élus', async () => {
		const response = await sync(maire, {
			records: [
				{ collection: 'consultations', id: randomId(), rev: nextRev(), data: consultationData() }
			]
		});
		expect(response.rejected[0]).toMatchObject({ status: 403 });
		const consultation = await open(national);
		await vote(maire, consultation, ['a']);
		const seen = await etienne
			.collection('votes')
			.getFullList({ filter: `consultation = "${consultation}"` });
		expect(seen).toEqual([]);
		const mine = await maire
			.collection('votes')
			.getFullList({ filter: `consultation = "${consultation}"` });
		expect(mine).toHaveLength(1);
	});
});

describe('results', () => {
	const results = (pb: PocketBase, id: string) =>
		pb.send(`/api/collab/consultations/${id}/results`, { method: 'GET' });

	it('are hidden until the grace period has passed, then give counts, late votes and participation', async () => {
		const open_ = await open(national);
		await vote(maire, open_, ['a']);
		expect(await results(maire, open_)).toMatchObject({ visible: false });
		const within = await closedConsultation(HOUR);
		await vote(maire, within, ['b'], new Date(Date.now() - 2 * HOUR));
		expect(await results(maire, within)).toMatchObject({ visible: false, graceHours: 48 });

		const done = await closedConsultation(VOTE_GRACE_MS + HOUR);
		const id = await voteId(done, maire.authStore.record!.id);
		await admin.collection('votes').create({
			id,
			consultation: done,
			user: maire.authStore.record!.id,
			commune: await communeId(url, '11185'),
			choices: ['c'],
			cast_at: new Date(Date.now() - VOTE_GRACE_MS - 3 * HOUR).toISOString(),
			received: new Date(Date.now() - VOTE_GRACE_MS).toISOString(),
			late: true,
			seq: 0
		});
		const shown = await results(etienne, done);
		expect(shown).toMatchObject({ visible: true, voters: 1, late: 1 });
		expect(shown.options.map((o: { key: string; votes: number }) => [o.key, o.votes])).toEqual([
			['a', 0],
			['b', 0],
			['c', 1]
		]);
		const occitanie = shown.participation.find((p: { code: string }) => p.code === '76');
		expect(occitanie).toMatchObject({ level: 'region', voters: 1 });
		expect(occitanie.elus).toBeGreaterThanOrEqual(1);
		expect(JSON.stringify(shown)).not.toContain(maire.authStore.record!.id);
	});
});

describe('open proposals and régional scope', () => {
	it('lets élus of the région propose (HTML kept as typed) and support proposals; others of another région read nothing', async () => {
		const consultation = await open(national, {
			space_kind: 'region',
			space_code: '76',
			kind: 'proposals',
			multiple: true,
			options: []
		});
		await expect(etienne.collection('consultations').getOne(consultation)).rejects.toMatchObject({
			status: 404
		});
		const results = (pb: PocketBase) =>
			pb.send(`/api/collab/consultations/${consultation}/results`, { method: 'GET' });
		await expect(results(etienne)).rejects.toMatchObject({ status: 404 });

		const proposal = randomId();
		const html = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		const proposed = await sync(maire, {
			records: [
				{
					collection: 'proposals',
					id: proposal,
					rev: nextRev(),
					data: { consultation, title: '<b>Des jardins partagés</b>', body: html }
				}
			]
		});
		expect(proposed.rejected).toEqual([]);
		const stored = await maire.collection('proposals').getOne(proposal);
		expect([stored.title, stored.body]).toEqual(['<b>Des jardins partagés</b>', html]);
		const outsider = await sync(etienne, {
			records: [
				{
					collection: 'proposals',
					id: randomId(),
					rev: nextRev(),
					data: { consultation, title: 'x', body: '' }
				}
			]
		});
		expect(outsider.rejected[0]).toMatchObject({ status: 403 });

		expect((await vote(maire, consultation, [proposal])).rejected).toEqual([]);
		const ghost = await vote(maire, consultation, [proposal, randomId()]);
		expect(ghost.rejected[0]!.reason).toMatch(/proposition soutenue n’existe pas/);
		expect((await votesOf(consultation)).map((v) => v.choices)).toEqual([[proposal]]);
	});
});
