// Session feedback through POST /api/collab/sync and GET /api/collab/feedback-stats, against the
// real PocketBase: who may answer (the session's participants, on their own device, and its
// facilitators on the passed-around tablet), French 400s for bad answers, a stored answer never
// changes (409) while a replay is accepted, each writer pulls back only their own answers, and
// the results — aggregates only — reach the session's facilitators, the coordinator of its
// territory and the national team, never an élu; an anonymous answer carries no name or id.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { pullAll } from '../helpers/sync';
import { participant, push, seal, sessionData, signed, SLOT_AM } from '../helpers/sessions';

const url = inject('pbUrl');
const session = randomId();
let facilitator: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;
let coordAude: PocketBase;
let coordLoire: PocketBase;
let national: PocketBase;
let stranger: PocketBase;
let maireRow = '';
let sansCompte = '';

const answer = (overrides: Record<string, unknown> = {}) => ({
	session,
	module: 'ic-1',
	kind: 'chaud',
	participant: '',
	satisfaction: 4,
	objectives: { 'ic-1-o1': 4, 'ic-1-o2': 5 },
	next_step: '',
	comment: '',
	anonymous: false,
	answered_at: '2026-12-10T11:45:00.000Z',
	...overrides
});

async function stats(pb: PocketBase, query = `?session=${session}`) {
	return pb.send(`/api/collab/feedback-stats${query}`, { method: 'GET' });
}

beforeAll(async () => {
	facilitator = await userClient(url, DEMO.facilitateur);
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	coordAude = await userClient(url, DEMO.coordinateur);
	national = await userClient(url, DEMO.national);
	coordLoire = await createUser(url, {
		email: 'coord.loire.feedback@example.fr',
		role: 'coordinateur',
		territory_kind: 'departement',
		territory_code: '42'
	});
	stranger = await createUser(url, {
		email: 'autre.animateur.feedback@example.fr',
		role: 'facilitateur'
	});
	expect(
		(
			await push(facilitator, [
				{ collection: 'training_sessions', id: session, data: sessionData() }
			])
		).rejected
	).toEqual([]);
	const m = await participant(session, 'Claire Martin', {
		user: maire.authStore.record!.id,
		mandate: 'maire'
	});
	const n = await participant(session, 'Lucie Sanscompte');
	maireRow = m.id;
	sansCompte = n.id;
	expect(
		(
			await push(
				facilitator,
				[m, n].map((p) => ({ collection: 'participants', ...p }))
			)
		).rejected
	).toEqual([]);
	const rows = await Promise.all([m, n].map((p) => signed(session, SLOT_AM.key, p.id)));
	expect(
		(
			await push(
				facilitator,
				rows.map((r) => ({ collection: 'attendances', ...r }))
			)
		).rejected
	).toEqual([]);
	const s = await seal(
		session,
		SLOT_AM.key,
		rows.map((r) => ({ id: r.id, hash: r.data.hash }))
	);
	expect((await push(facilitator, [{ collection: 'attendance_seals', ...s }])).rejected).toEqual(
		[]
	);
});

describe('answering', () => {
	it('the mayor answers on her own device; the tablet takes an anonymous one and a named one', async () => {
		const own = await push(maire, [
			{
				collection: 'session_feedback',
				id: randomId(),
				data: answer({ participant: maireRow, satisfaction: 5, comment: 'Très concret, merci.' })
			}
		]);
		expect(own.rejected).toEqual([]);
		const tablet = await push(facilitator, [
			{
				collection: 'session_feedback',
				id: randomId(),
				data: answer({ anonymous: true, satisfaction: 2, comment: 'Trop rapide pour moi.' })
			},
			{
				collection: 'session_feedback',
				id: randomId(),
				data: answer({ participant: sansCompte, satisfaction: 4, next_step: 'Un tour de parole.' })
			}
		]);
		expect(tablet.rejected).toEqual([]);
	});

	it('refuses strangers (403), bad answers (400, French) and changes (409); a replay is accepted', async () => {
		const id = randomId();
		const outsider = await push(stranger, [{ collection: 'session_feedback', id, data: answer() }]);
		expect(outsider.rejected[0]).toMatchObject({ status: 403 });
		expect(outsider.rejected[0]!.reason).toMatch(/participants de la session/);
		const adjointAnswer = await push(adjoint, [
			{ collection: 'session_feedback', id, data: answer({ anonymous: true }) }
		]);
		expect(adjointAnswer.rejected[0]).toMatchObject({ status: 403 });

		const bad = async (data: Record<string, unknown>) =>
			(await push(facilitator, [{ collection: 'session_feedback', id: randomId(), data }]))
				.rejected[0];
		expect((await bad(answer({ satisfaction: 6 })))!.reason).toMatch(/de 1 à 5/);
		expect((await bad(answer({ anonymous: true, participant: maireRow })))!.reason).toMatch(
			/anonyme/
		);
		expect((await bad(answer({ module: 'ic-9' })))!.reason).toMatch(/pas au programme/);
		expect((await bad(answer({ objectives: { 'ic-1-o1': 0 } })))!.status).toBe(400);

		const first = answer({ anonymous: true, satisfaction: 3 });
		expect(
			(await push(facilitator, [{ collection: 'session_feedback', id, data: first }])).rejected
		).toEqual([]);
		expect(
			(await push(facilitator, [{ collection: 'session_feedback', id, data: first }])).rejected
		).toEqual([]);
		const changed = await push(facilitator, [
			{ collection: 'session_feedback', id, data: { ...first, satisfaction: 5 } }
		]);
		expect(changed.rejected[0]).toMatchObject({ status: 409 });
	});

	it('each writer pulls back only their own answers', async () => {
		const mine = (await pullAll(maire, 'd-feedback-maire')).recordChanges.filter(
			(r) => r.collection === 'session_feedback'
		);
		expect(mine).toHaveLength(1);
		expect(mine[0]!.data).toMatchObject({ participant: maireRow, satisfaction: 5 });
		const coordinator = (await pullAll(coordAude, 'd-feedback-coord')).recordChanges.filter(
			(r) => r.collection === 'session_feedback'
		);
		expect(coordinator).toEqual([]);
		await expect(coordAude.collection('session_feedback').getFullList()).resolves.toEqual([]);
	});
});

describe('results', () => {
	it('facilitator, coordinator of the Aude and national team read aggregates; nobody else', async () => {
		for (const reader of [facilitator, coordAude, national]) {
			const result = await stats(reader);
			expect(result.present).toBe(2);
			const chaud = result.groups.find((g: { kind: string }) => g.kind === 'chaud');
			expect(chaud).toMatchObject({ module: 'ic-1', count: 4, anonymous: 2 });
			expect(chaud.satisfaction.distribution).toEqual([0, 1, 1, 1, 1]);
			expect(chaud.satisfaction.mean).toBe(3.5);
			expect(chaud.objectives['ic-1-o1']).toEqual({ count: 4, mean: 4 });
			// Texts sorted alphabetically; a name only beside a named answer.
			expect(chaud.comments).toEqual([
				{ text: 'Trop rapide pour moi.', name: '' },
				{ text: 'Très concret, merci.', name: 'Claire Martin' }
			]);
			const body = JSON.stringify(result);
			expect(body).not.toContain(maire.authStore.record!.id);
			expect(body).not.toContain(maireRow);
		}
		for (const reader of [coordLoire, stranger]) {
			await expect(stats(reader)).rejects.toMatchObject({ status: 403 });
		}
		await expect(stats(maire)).rejects.toMatchObject({ status: 403 });
	});

	it('coordinators see response rates of the sessions of their territory only', async () => {
		// A session with no answer yet reads 0 (SUM over no row is NULL in SQL).
		const quiet = randomId();
		expect(
			(
				await push(facilitator, [
					{
						collection: 'training_sessions',
						id: quiet,
						data: sessionData({ title: 'Sans réponse' })
					}
				])
			).rejected
		).toEqual([]);
		const aude = await stats(coordAude, '');
		expect(aude.sessions.find((s: { session: string }) => s.session === quiet)).toMatchObject({
			present: 0,
			answers: 0,
			rate: null
		});
		const row = aude.sessions.find((s: { session: string }) => s.session === session);
		expect(row).toMatchObject({ present: 2, answers: 4 });
		// 4 right-after answers (a replay counts once) for 2 present × 2 modules.
		expect(row.rate).toBe(1);
		const loire = await stats(coordLoire, '');
		expect(loire.sessions.find((s: { session: string }) => s.session === session)).toBeUndefined();
	});
});
