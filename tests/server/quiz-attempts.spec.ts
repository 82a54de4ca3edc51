// Quiz attempts through POST /api/collab/sync and the per-module aggregate through GET
// /api/collab/quiz-stats, against the real PocketBase of the test setup (curriculum seeded):
// an élu writes and reads only their own attempts, an attempt never changes, bad input gets a
// French 4xx, and facilitators, coordinators and the national team see counts and means only,
// each over the élus of their scope.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, randomId } from '../helpers/ids';
import { pullAll, sync } from '../helpers/sync';
import { fetchQuizStats } from '../../src/lib/features/quizzes/sync/stats';

const url = inject('pbUrl');

interface Stats {
	follows: boolean;
	minUsers: number;
	modules: { module: string; phase: string; count: number; elus: number; mean: number | null }[];
}

let maire: PocketBase; // élu of Lagrasse (Aude)
let etienne: PocketBase; // élu of Saint-Étienne (Loire)
let admin: PocketBase;

const attempt = (overrides: Record<string, unknown> = {}) => ({
	module: 'ic-1',
	phase: 'avant',
	answers: [0, 1, 2, 0, 1, 2],
	score: 4,
	total: 6,
	taken_at: '2026-12-05T09:30:00.000Z',
	...overrides
});

/** Pushes one attempt; `rev` as a device stamps it (a replay sends the same one again). */
function push(pb: PocketBase, id: string, data: Record<string, unknown>, rev = nextRev()) {
	return sync(pb, {
		device: `d-${randomId(6)}`,
		records: [{ collection: 'quiz_attempts', id, rev, data }]
	});
}

async function pullAttempts(pb: PocketBase) {
	const { recordChanges } = await pullAll(pb, `d-${randomId(6)}`);
	return recordChanges.filter((change) => change.collection === 'quiz_attempts');
}

const stats = (pb: PocketBase) =>
	pb.send('/api/collab/quiz-stats', { method: 'GET' }) as Promise<Stats>;

beforeAll(async () => {
	admin = await adminClient(url);
	maire = await userClient(url, DEMO.maire);
	etienne = await createUser(url, {
		email: 'elu.quiz.st-etienne@example.fr',
		role: 'elu',
		communes: [await communeId(url, '42218')]
	});
});

describe('quiz attempts through sync', () => {
	it("stores an élu's attempt as theirs, pulls it back to them only, numbers as numbers", async () => {
		const id = randomId();
		const response = await push(maire, id, attempt());
		expect(response.rejected).toEqual([]);
		expect(response.records).toEqual([id]);
		const stored = await admin.collection('quiz_attempts').getOne(id);
		const owner = await admin
			.collection('users')
			.getFirstListItem(admin.filter('email = {:email}', { email: DEMO.maire }));
		expect(stored).toMatchObject({ user: owner.id, module: 'ic-1', phase: 'avant', score: 4 });

		const mine = await pullAttempts(maire);
		expect(mine.find((c) => c.id === id)?.data).toMatchObject({
			module: 'ic-1',
			answers: [0, 1, 2, 0, 1, 2],
			score: 4,
			total: 6
		});
		expect((await pullAttempts(etienne)).map((c) => c.id)).not.toContain(id);
	});

	it('lets nobody else read it through the API, not even coordinators or the national team', async () => {
		const id = randomId();
		expect((await push(maire, id, attempt({ phase: 'apres', score: 6 }))).rejected).toEqual([]);
		expect((await maire.collection('quiz_attempts').getOne(id)).score).toBe(6);
		for (const reader of [
			etienne,
			await userClient(url, DEMO.coordinateur),
			await userClient(url, DEMO.national),
			await userClient(url, DEMO.facilitateur)
		]) {
			expect(
				(await reader.collection('quiz_attempts').getFullList()).map((r) => r.id)
			).not.toContain(id);
			await expect(reader.collection('quiz_attempts').getOne(id)).rejects.toMatchObject({
				status: 404
			});
		}
		await expect(
			maire.collection('quiz_attempts').create({ ...attempt(), user: 'x' })
		).rejects.toBeInstanceOf(ClientResponseError);
	});

	it('accepts a replay, refuses a change (409) and another élu taking it over (403)', async () => {
		const id = randomId();
		const rev = nextRev();
		expect((await push(maire, id, attempt(), rev)).rejected).toEqual([]);
		expect((await push(maire, id, attempt(), rev)).records).toEqual([id]);
		const changed = await push(maire, id, attempt({ score: 5 }));
		expect(changed.rejected).toEqual([
			expect.objectContaining({ id, status: 409, code: 'immutable' })
		]);
		const stolen = await push(etienne, id, attempt());
		expect(stolen.rejected).toEqual([
			expect.objectContaining({ id, status: 403, code: 'forbidden' })
		]);
		expect((await admin.collection('quiz_attempts').getOne(id)).score).toBe(4);
	});

	it.each([
		['an unknown module', { module: 'zz-9' }, /module « zz-9 » n’existe pas/],
		['a module key that is not one', { module: 'IC 1' }, /identifiant d’un module/],
		[
			'a score above the questions',
			{ score: 7 },
			/« score » doit être un nombre entier entre 0 et 6/
		],
		['a negative score', { score: -1 }, /« score »/],
		['a score as text', { score: '4' }, /« score »/],
		['answers as text', { answers: '0,1,2,0,1,2' }, /« answers »/],
		['answers of the wrong type', { answers: ['a', 1, 2, 0, 1, 2] }, /numéros de réponse/],
		['too few answers', { answers: [0, 1] }, /une réponse par question/],
		['an unknown phase', { phase: 'pendant' }, /« phase »/],
		['a bad date', { taken_at: 'hier' }, /« taken_at »/]
	])('refuses %s with a French 400', async (_label, change, reason) => {
		const id = randomId();
		const response = await push(maire, id, attempt(change));
		expect(response.rejected).toEqual([
			expect.objectContaining({ id, kind: 'record', status: 400, code: 'malformed' })
		]);
		expect(response.rejected[0]!.reason).toMatch(reason);
		await expect(admin.collection('quiz_attempts').getOne(id)).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('quiz results per module', () => {
	it('are refused to élus, in French', async () => {
		const error = await stats(maire).catch((e: unknown) => e);
		expect(error).toMatchObject({ status: 403 });
		expect((error as ClientResponseError).response.message).toMatch(/réservés aux animateurs/);
	});

	it('give counts and means per module and phase, each reader over their own scope', async () => {
		const carcassonne = await createUser(url, {
			email: 'elu.quiz.carcassonne@example.fr',
			role: 'elu',
			communes: [await communeId(url, '11069')]
		});
		// es-2, a module nobody else takes in this file: a Loire élu and two Aude élus.
		for (const [pb, score] of [
			[etienne, 3],
			[maire, 6]
		] as const) {
			expect((await push(pb, randomId(), attempt({ module: 'es-2', score }))).rejected).toEqual([]);
		}
		const national = await userClient(url, DEMO.national);
		const es2 = async (pb: PocketBase) =>
			(await stats(pb)).modules.find((m) => m.module === 'es-2' && m.phase === 'avant');
		// Two élus: the mean would give away one élu's score to whoever knows the other's.
		expect(await es2(national)).toEqual({
			module: 'es-2',
			phase: 'avant',
			count: 2,
			elus: 2,
			mean: null
		});
		expect(
			(await push(carcassonne, randomId(), attempt({ module: 'es-2', score: 0 }))).rejected
		).toEqual([]);
		const all = await stats(national);
		expect(all).toMatchObject({ follows: true, minUsers: 3 });
		expect(all.modules.find((m) => m.module === 'es-2')).toEqual({
			module: 'es-2',
			phase: 'avant',
			count: 3,
			elus: 3,
			mean: 50
		});
		expect(JSON.stringify(all)).not.toMatch(/answers|user"|taken_at/);

		// The Aude's coordinator: Lagrasse and Carcassonne, not Saint-Étienne.
		const aude = await userClient(url, DEMO.coordinateur);
		expect(await es2(aude)).toMatchObject({ count: 2, elus: 2, mean: null });
		const loire = await createUser(url, {
			email: 'coord.quiz.loire@example.fr',
			role: 'coordinateur',
			territory_kind: 'departement',
			territory_code: '42'
		});
		expect((await stats(loire)).modules).toEqual([
			{ module: 'es-2', phase: 'avant', count: 1, elus: 1, mean: null }
		]);
		// The demo facilitator has no commune: nobody to follow, and told so.
		expect(await stats(await userClient(url, DEMO.facilitateur))).toEqual({
			follows: false,
			minUsers: 3,
			modules: []
		});
	});
});

describe("the app's call of the aggregate (sync/stats.ts)", () => {
	it('reads the lines per module, and says forbidden or offline in words the screen shows', async () => {
		const answer = await fetchQuizStats(await userClient(url, DEMO.national));
		expect(answer.status).toBe('ok');
		if (answer.status !== 'ok') return;
		expect(answer).toMatchObject({ follows: true, minUsers: 3 });
		const es2 = answer.lines.find((line) => line.module === 'es-2');
		expect(es2?.phases.avant).toMatchObject({ count: expect.any(Number) });
		expect(es2?.phases.apres).toBeUndefined();
		expect((await fetchQuizStats(maire)).status).toBe('forbidden');
		const nowhere = new PocketBase('http://127.0.0.1:9');
		nowhere.authStore.save(maire.authStore.token, maire.authStore.record);
		expect((await fetchQuizStats(nowhere)).status).toBe('offline');
	});
});
