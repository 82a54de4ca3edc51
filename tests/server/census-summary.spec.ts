// GET /api/collab/census/summary: what other communes see of the census — totals per territory
// (communes that answered, profiles, needs), each hidden under 3 communes so that no commune's
// answer can be read from them; never an id, a name or a text.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, randomId } from '../helpers/ids';
import { sync } from '../helpers/sync';
import { censusAnswerId } from '../../src/lib/features/census/domain/census';

const url = inject('pbUrl');
const CAMPAIGN = 'test-summary';

interface Summary {
	campaign: string;
	minCommunes: number;
	territories: {
		kind: string;
		code: string;
		communes: number;
		profiles: Record<string, number | null>;
		needs: { theme: string; communes: number }[];
	}[];
}

async function answerAs(pb: PocketBase, commune: string, profile: string, needs: string[]) {
	const records = [
		{ question: 'profile', answer: { profile } },
		...needs.map((theme) => ({
			question: `need-${theme}`,
			answer: { priority: 2, note: 'secret' }
		}))
	].map(({ question, answer }) => ({
		collection: 'needs_surveys',
		id: censusAnswerId(CAMPAIGN, commune, question),
		rev: nextRev(),
		data: { campaign: CAMPAIGN, commune, question, answer, answered_at: new Date().toISOString() }
	}));
	const response = await sync(pb, { device: `d-${randomId(6)}`, records });
	expect(response.rejected).toEqual([]);
}

const summary = (pb: PocketBase, campaign = CAMPAIGN) =>
	pb.send(`/api/collab/census/summary?campaign=${encodeURIComponent(campaign)}`, {
		method: 'GET'
	}) as Promise<Summary>;

let maire: PocketBase;

beforeAll(async () => {
	const admin = await adminClient(url);
	const found = await admin
		.collection('needs_campaigns')
		.getList(1, 1, { filter: admin.filter('key = {:k}', { k: CAMPAIGN }) });
	if (!found.items.length) {
		await admin.collection('needs_campaigns').create({
			key: CAMPAIGN,
			title: CAMPAIGN,
			opens_at: '2020-01-01 00:00:00.000Z'
		});
	}
	maire = await userClient(url, DEMO.maire);
	const lagrasse = await communeId(url, '11185');
	const carcassonne = await communeId(url, '11069');
	const ungersheim = await communeId(url, '68343');
	await answerAs(maire, lagrasse, 'B', ['dechets', 'eau']);
	const elu = (insee: string, commune: string) =>
		createUser(url, { email: `elu.summary.${insee}@example.fr`, role: 'elu', communes: [commune] });
	await answerAs(await elu('11069', carcassonne), carcassonne, 'A', ['dechets']);
	await answerAs(await elu('68343', ungersheim), ungersheim, 'B', ['dechets', 'eau']);
});

describe('the census in aggregate', () => {
	it('gives an élu the totals of their département, région and country, hidden under 3 communes', async () => {
		const answer = await summary(maire);
		expect(answer.minCommunes).toBe(3);
		expect(answer.territories.map((t) => [t.kind, t.code])).toEqual([
			['departement', '11'],
			['region', '76'],
			['national', '']
		]);
		const aude = answer.territories[0]!;
		expect(aude.communes).toBe(2);
		expect(aude.profiles).toEqual({ A: null, B: null, C: null });
		expect(aude.needs).toEqual([]);
		const france = answer.territories[2]!;
		expect(france.communes).toBe(3);
		expect(france.profiles).toEqual({ A: 1, B: 2, C: 0 });
		// `eau` was declared by two communes only: hidden.
		expect(france.needs).toEqual([{ theme: 'dechets', communes: 3 }]);
		expect(JSON.stringify(answer)).not.toMatch(/secret|[a-z0-9]{15}/);
	});

	it('gives a coordinator their territory and the country', async () => {
		const coordinator = await userClient(url, DEMO.coordinateur);
		const answer = await summary(coordinator);
		expect(answer.territories.map((t) => t.kind)).toEqual(['departement', 'national']);
	});

	it('refuses a bad campaign key (400) and a visitor without an account (401), in French', async () => {
		await expect(summary(maire, 'Pas une clé')).rejects.toMatchObject({
			status: 400,
			response: { message: expect.stringMatching(/campagne/) }
		});
		await expect(
			new PocketBase(url).send(`/api/collab/census/summary?campaign=${CAMPAIGN}`, {})
		).rejects.toMatchObject({
			status: 401,
			response: { message: expect.stringMatching(/Connectez-vous/) }
		});
	});
});
