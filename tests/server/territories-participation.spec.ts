// Territory summaries, second part: needs and profiles from the census, participation in
// consultations and session feedback scores, on a known slice written here by hand in an own
// PocketBase (the four test communes). Every expected number is counted by hand from the rows
// below, and the masking rule (no census figure over fewer than 3 communes, no mean over fewer
// than 3 answers) is checked at each level.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createUser, DEMO } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let admin: PocketBase;
const ids: Record<string, string> = {};
let seq = 950_000;
const sync = () => ({ seq: ++seq, rev: 1 });

type Figures = Record<string, number>;

// A national account reads every level (the superuser gets 403 on this route).
let national: PocketBase;

beforeAll(async () => {
	server = await startTestServer();
	admin = await adminClient(server.url);
	for (const c of await admin.collection('communes').getFullList()) ids[c.insee] = c.id;
	// Only the rows below count: the demo world's census, votes, feedback and seals are removed first.
	for (const name of ['needs_surveys', 'votes', 'session_feedback', 'attendance_seals']) {
		for (const r of await admin.collection(name).getFullList({ fields: 'id' }))
			await admin.collection(name).delete(r.id);
	}
	const byEmail = async (email: string) =>
		admin.collection('users').getFirstListItem(admin.filter('email = {:e}', { e: email }));
	const maire = await byEmail(DEMO.maire);
	const adjoint = await byEmail(DEMO.adjoint);
	const facilitator = await byEmail(DEMO.facilitateur);
	const userId = (pb: PocketBase) => pb.authStore.record!.id;
	const third = await createUser(server.url, {
		email: 'elu3.lagrasse@example.fr',
		role: 'elu',
		communes: [ids['11185']!]
	});
	const carcassonne = await createUser(server.url, {
		email: 'elu.carcassonne@example.fr',
		role: 'elu',
		communes: [ids['11069']!]
	});
	const stEtienne = await createUser(server.url, {
		email: 'elu.st-etienne@example.fr',
		role: 'elu',
		communes: [ids['42218']!]
	});

	// Census 2026: Lagrasse A (énergie 2, eau 1, mobilité 0), Carcassonne B (énergie 1),
	// Saint-Étienne A (énergie 3, eau 2). Ungersheim answered 2025 only (C, eau): ignored.
	const answer = (campaign: string, insee: string, question: string, value: object) =>
		admin.collection('needs_surveys').create({
			history: [],
			campaign,
			commune: ids[insee],
			question,
			answer: value,
			answered_at: '2026-03-02 10:00:00.000Z',
			...sync()
		});
	await answer('2026', '11185', 'profile', { profile: 'A' });
	await answer('2026', '11185', 'need-energie', { priority: 2 });
	await answer('2026', '11185', 'need-eau', { priority: 1 });
	await answer('2026', '11185', 'need-mobilite', { priority: 0 });
	await answer('2026', '11069', 'profile', { profile: 'B' });
	await answer('2026', '11069', 'need-energie', { priority: 1 });
	await answer('2026', '42218', 'profile', { profile: 'A' });
	await answer('2026', '42218', 'need-energie', { priority: 3 });
	await answer('2026', '42218', 'need-eau', { priority: 2 });
	await answer('2025', '68343', 'profile', { profile: 'C' });
	await answer('2025', '68343', 'need-eau', { priority: 1 });

	// One consultation, four votes: two from Lagrasse, one each from Carcassonne, Saint-Étienne.
	const consultation = await admin.collection('consultations').create({
		space_kind: 'national',
		space_code: '',
		author: facilitator.id,
		title: 'Quel thème pour 2027 ?',
		kind: 'choice',
		options: [{ key: 'a', label: 'Eau' }],
		closes_at: '2027-01-31 12:00:00.000Z',
		...sync()
	});
	const vote = (user: string, insee: string) =>
		admin.collection('votes').create({
			user,
			consultation: consultation.id,
			commune: ids[insee],
			choices: ['a'],
			cast_at: '2026-12-01 10:00:00.000Z',
			received: '2026-12-01 10:00:01.000Z',
			...sync()
		});
	await vote(maire.id, '11185');
	await vote(adjoint.id, '11185');
	await vote(userId(carcassonne), '11069');
	await vote(userId(stEtienne), '42218');

	// A session held in Lagrasse: one half-day teaching ic-1 and ic-2, three present, sealed:
	// 3 × 2 = 6 answers "à chaud" expected. Answers: maire ic-1 4, maire ic-2 5, adjoint ic-1 3,
	// third ic-2 without a score (a reply, no score), and a "froid" 1 (ignored). A planned
	// session in Carcassonne (no seal) with one answer, 2: alone, its score stays hidden.
	const session = (insee: string) =>
		admin.collection('training_sessions').create({
			owner: facilitator.id,
			commune: ids[insee],
			title: 'Intelligence collective',
			volet: 'intelligence_collective',
			modality: 'presentiel',
			modules: ['ic-1', 'ic-2'],
			slots: [
				{
					key: '2026-11-10-am',
					date: '2026-11-10',
					start: '09:00',
					end: '12:00',
					modules: ['ic-1', 'ic-2']
				}
			],
			status: 'prevue',
			...sync()
		});
	const held = await session('11185');
	const other = await session('11069');
	const covers: { id: string; hash: string }[] = [];
	for (const [name, user] of [
		['Maire', maire.id],
		['Adjoint', adjoint.id],
		['Troisième', userId(third)]
	] as const) {
		const p = await admin.collection('participants').create({
			session: held.id,
			user,
			author: facilitator.id,
			name,
			mandate: 'conseiller',
			commune_insee: '11185',
			funding: 'gratuit',
			enrolment: 'inscrit',
			...sync()
		});
		const hash = `h${++seq}`;
		const a = await admin.collection('attendances').create({
			session: held.id,
			slot: '2026-11-10-am',
			participant: p.id,
			author: facilitator.id,
			status: 'present',
			mode: 'sur_place',
			hash,
			...sync()
		});
		covers.push({ id: a.id, hash });
	}
	await admin.collection('attendance_seals').create({
		session: held.id,
		slot: '2026-11-10-am',
		author: facilitator.id,
		covers,
		countersigner_name: 'Sophie Durand',
		countersignature: 'M 0 0 L 10 10',
		hash: `seal${++seq}`,
		...sync()
	});
	const feedback = (
		user: string,
		session: string,
		module: string,
		kind: string,
		satisfaction: number
	) =>
		admin.collection('session_feedback').create({
			user,
			session,
			module,
			kind,
			satisfaction,
			answered_at: '2026-11-10 12:05:00.000Z',
			...sync()
		});
	await feedback(maire.id, held.id, 'ic-1', 'chaud', 4);
	await feedback(maire.id, held.id, 'ic-2', 'chaud', 5);
	await feedback(adjoint.id, held.id, 'ic-1', 'chaud', 3);
	await feedback(userId(third), held.id, 'ic-2', 'chaud', 0);
	await feedback(adjoint.id, held.id, 'ic-1', 'froid', 1);
	await feedback(userId(carcassonne), other.id, 'ic-1', 'chaud', 2);

	await admin.send('/api/collab/admin/territories/refresh', { method: 'POST' });
	national = new PocketBase(server.url);
	await national.collection('users').authWithPassword(DEMO.national, 'collabactons-demo');
}, 60_000);

afterAll(async () => {
	await server?.dispose();
});

const read = async (kind: string, code: string) =>
	(
		(await national.send(`/api/collab/territories/${kind}/${code}/summary`, {
			method: 'GET'
		})) as { figures: Figures }
	).figures;

const pick = (f: Figures, prefix: string) =>
	Object.fromEntries(Object.entries(f).filter(([k]) => k.startsWith(prefix)));

describe('needs and profiles from the census (latest campaign, 3 communes at least)', () => {
	it('the nation: 3 communes answered, A 2, B 1; énergie 3; eau (2 communes) hidden', async () => {
		const f = await read('national', 'FR');
		expect(pick(f, 'needs.')).toEqual({
			'needs.communes': 3,
			'needs.profile.A': 2,
			'needs.profile.B': 1,
			'needs.theme.energie': 3
		});
	});
	it('the Aude and Lagrasse: fewer than 3 communes, so only the number that answered', async () => {
		expect(pick(await read('departement', '11'), 'needs.')).toEqual({ 'needs.communes': 2 });
		expect(pick(await read('commune', '11185'), 'needs.')).toEqual({ 'needs.communes': 1 });
	});
});

describe('participation in consultations', () => {
	it('counts votes and communes that voted, never who chose what', async () => {
		expect(pick(await read('national', 'FR'), 'consultations.')).toEqual({
			'consultations.votes': 4,
			'consultations.communes': 3
		});
		expect(pick(await read('departement', '11'), 'consultations.')).toEqual({
			'consultations.votes': 3,
			'consultations.communes': 2
		});
		expect(pick(await read('commune', '11185'), 'consultations.')).toEqual({
			'consultations.votes': 2,
			'consultations.communes': 1
		});
	});
});

describe('rows of the tables (and of the CSV)', () => {
	it('each commune of the Aude carries its census answer and its votes', async () => {
		const aude = (await national.send('/api/collab/territories/departement/11/summary', {
			method: 'GET'
		})) as { communes: { insee: string; figures: Figures }[] };
		const row = (insee: string) => aude.communes.find((c) => c.insee === insee)!.figures;
		expect(row('11185')).toMatchObject({ 'needs.communes': 1, 'consultations.votes': 2 });
		expect(row('11069')).toMatchObject({ 'needs.communes': 1, 'consultations.votes': 1 });
		expect(row('11185')['needs.profile.A']).toBeUndefined();
	});
});

describe('session feedback', () => {
	it('Lagrasse: 4 replies of 6 expected, 3 scores summing 12 (mean 4)', async () => {
		expect(pick(await read('commune', '11185'), 'feedback.')).toEqual({
			'feedback.answers': 3,
			'feedback.replies': 4,
			'feedback.satisfaction_sum': 12,
			'feedback.expected': 6
		});
	});
	it('Carcassonne: one score alone stays hidden; the Aude sums 4 scores to 14', async () => {
		expect(pick(await read('commune', '11069'), 'feedback.')).toEqual({
			'feedback.answers': 1,
			'feedback.replies': 1
		});
		expect(pick(await read('departement', '11'), 'feedback.')).toEqual({
			'feedback.answers': 4,
			'feedback.replies': 5,
			'feedback.satisfaction_sum': 14,
			'feedback.expected': 6
		});
	});
	it('no user id, participant id or vote choice in any summary', async () => {
		const body = JSON.stringify(
			await national.send('/api/collab/territories/departement/11/summary', { method: 'GET' })
		);
		for (const u of await admin.collection('users').getFullList()) expect(body).not.toContain(u.id);
		expect(body).not.toContain('choices');
	});
});
