// Territory summaries (GET /api/collab/territories/{kind}/{code}/summary) on a known slice, in
// an own PocketBase: the test communes with the core demo world (its accounts, Lagrasse's project
// and charter; not the other features' demo data), plus rows written here by hand. Every expected
// number below is counted by hand from those rows.
// Then who sees what, as a matrix over roles and territories, and the fabriques' checks.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let admin: PocketBase;
const ids: Record<string, string> = {};
const epci: Record<string, string> = {};

type Summary = {
	kind: string;
	code: string;
	name: string;
	computedAt: number;
	restricted: boolean;
	figures: Record<string, number>;
	parents: { kind: string; code: string; name: string }[];
	children?: { kind: string; code: string; name: string; figures: Record<string, number> }[];
	communes?: { insee: string; name: string; figures: Record<string, number> }[];
	projects?: { title: string; status: string }[];
	fabriques?: { id: string; name: string; communes: number }[];
};

const summary = (pb: PocketBase, kind: string, code: string) =>
	pb.send(`/api/collab/territories/${kind}/${code}/summary`, { method: 'GET' }) as Promise<Summary>;

async function status(pb: PocketBase, kind: string, code: string): Promise<number> {
	try {
		await summary(pb, kind, code);
		return 200;
	} catch (error) {
		if (error instanceof ClientResponseError) return error.status;
		throw error;
	}
}

let seq = 900_000;
beforeAll(async () => {
	server = await startTestServer({ seedDemo: 'core' });
	admin = await adminClient(server.url);
	for (const c of await admin.collection('communes').getFullList()) {
		ids[c.insee] = c.id;
		epci[c.insee] = c.epci;
	}
	const user = async (email: string) =>
		admin.collection('users').getFirstListItem(admin.filter('email = {:e}', { e: email }));
	const maire = await user(DEMO.maire);
	const adjoint = await user(DEMO.adjoint);
	// By hand: one élu in Carcassonne with a finished project, one in Saint-Étienne with an idea.
	await createUser(server.url, {
		email: 'elu.carcassonne@example.fr',
		role: 'elu',
		communes: [ids['11069']!]
	});
	await createUser(server.url, {
		email: 'elu.st-etienne@example.fr',
		role: 'elu',
		communes: [ids['42218']!]
	});
	const project = (commune: string, status: string, themes: string[], levers: string[]) =>
		admin
			.collection('projects')
			.create({ commune, title: `Projet ${status}`, status, themes, levers, seq: ++seq, rev: 1 });
	await project(ids['11069']!, 'realise', ['energie'], ['communs']);
	await project(ids['42218']!, 'idee', ['eau', 'energie'], ['open_data']);
	// Self-declared progress: the mayor ticked ic-1 and ic-2, the deputy ic-1 (and one not done).
	const tick = (userId: string, module: string, done = true) =>
		admin.collection('progress').create({
			user: userId,
			module,
			activity: '',
			done,
			done_at: done ? '2026-11-02 10:00:00.000Z' : '',
			seq: ++seq,
			rev: 1
		});
	await tick(maire.id, 'ic-1');
	await tick(maire.id, 'ic-2');
	await tick(adjoint.id, 'ic-1');
	await tick(adjoint.id, 'es-1', false);
	await trainingSessions(maire.id, adjoint.id);
	await admin.send('/api/collab/admin/territories/refresh', { method: 'POST' });
}, 60_000);

/**
 * By hand, one session held in Lagrasse (two half-days, sealed) and one planned in Carcassonne.
 * Morning (ic-1): the mayor, the deputy and an unlinked participant from Carcassonne present, the
 * Carcassonne élu absent; all four sealed. Afternoon (ic-2): the mayor present and sealed; the
 * deputy present but sealed with another hash (uncovered: a late row); the Carcassonne élu present
 * and sealed, then corrected to absent by a sealed amendment. Trained: mayor and deputy (2);
 * ic-1: 2, ic-2: 1; unlinked: 1 (Carcassonne); sessions held 1, planned 1.
 */
async function trainingSessions(maireId: string, adjointId: string) {
	const facilitator = await admin
		.collection('users')
		.getFirstListItem(admin.filter('email = {:e}', { e: DEMO.facilitateur }));
	const carcassonneElu = await admin
		.collection('users')
		.getFirstListItem(admin.filter('email = {:e}', { e: 'elu.carcassonne@example.fr' }));
	const sync = () => ({ seq: ++seq, rev: 1 });
	const session = async (commune: string, title: string) =>
		(
			await admin.collection('training_sessions').create({
				owner: facilitator.id,
				commune,
				title,
				volet: 'intelligence_collective',
				modality: 'presentiel',
				modules: ['ic-1', 'ic-2'],
				slots: [
					{
						key: '2026-11-10-am',
						date: '2026-11-10',
						start: '09:00',
						end: '12:00',
						modules: ['ic-1']
					},
					{
						key: '2026-11-10-pm',
						date: '2026-11-10',
						start: '14:00',
						end: '17:00',
						modules: ['ic-2']
					}
				],
				status: 'prevue',
				...sync()
			})
		).id;
	const held = await session(ids['11185']!, 'Intelligence collective à Lagrasse');
	await session(ids['11069']!, 'Intelligence collective à Carcassonne');
	const participant = async (name: string, user: string, insee: string) =>
		(
			await admin.collection('participants').create({
				session: held,
				user,
				author: facilitator.id,
				name,
				mandate: 'conseiller',
				commune_insee: insee,
				funding: 'gratuit',
				enrolment: 'inscrit',
				...sync()
			})
		).id;
	const p1 = await participant('Maire', maireId, '11185');
	const p2 = await participant('Adjoint', adjointId, '11185');
	const p3 = await participant('Sans compte', '', '11069');
	const p4 = await participant('Élu de Carcassonne', carcassonneElu.id, '11069');
	const attendance = async (slot: string, participantId: string, status: string, amends = '') => {
		const hash = `h${++seq}`;
		const row = await admin.collection('attendances').create({
			session: held,
			slot,
			participant: participantId,
			author: facilitator.id,
			status,
			mode: 'sur_place',
			amends,
			hash,
			...sync()
		});
		return { id: row.id, hash };
	};
	const am = '2026-11-10-am';
	const pm = '2026-11-10-pm';
	const morning = [
		await attendance(am, p1, 'present'),
		await attendance(am, p2, 'present'),
		await attendance(am, p3, 'present'),
		await attendance(am, p4, 'absent')
	];
	const mayorPm = await attendance(pm, p1, 'present');
	const deputyPm = await attendance(pm, p2, 'present');
	const carcassonnePm = await attendance(pm, p4, 'present');
	const correction = await attendance(pm, p4, 'absent', carcassonnePm.id);
	const seal = (slot: string, covers: { id: string; hash: string }[]) =>
		admin.collection('attendance_seals').create({
			session: held,
			slot,
			author: facilitator.id,
			covers,
			countersigner_name: 'Sophie Durand',
			countersignature: 'M 0 0 L 10 10',
			hash: `seal${++seq}`,
			...sync()
		});
	await seal(am, morning);
	await seal(pm, [mayorPm, { id: deputyPm.id, hash: 'another-hash' }, carcassonnePm, correction]);
}

afterAll(async () => {
	await server?.dispose();
});

describe('figures on a known slice (counted by hand)', () => {
	it('the Aude: two communes, three élus, two self-declared, one charter, two projects', async () => {
		const aude = await summary(
			await userClient(server.url, DEMO.coordinateur),
			'departement',
			'11'
		);
		expect(aude.name).toBe('Aude');
		expect(aude.computedAt).toBeGreaterThan(0);
		expect(aude.figures).toMatchObject({
			communes: 2,
			'class.rural': 1, // Lagrasse
			'class.urbain': 1, // Carcassonne
			'elus.accounts': 3, // maire + adjoint of Lagrasse, the Carcassonne élu
			'elus.mandate.maire': 1,
			'elus.mandate.adjoint': 1,
			'self_declared.elus': 2,
			'self_declared.module.ic-1': 2,
			'self_declared.module.ic-2': 1,
			charters: 1,
			'charters.communes': 1,
			'charters.month.2026-11': 1,
			projects: 2,
			'projects.communes': 2,
			'projects.communes.rural': 1,
			'projects.communes.urbain': 1,
			'projects.status.en_cours': 1, // Lagrasse's demo project
			'projects.status.realise': 1,
			'projects.theme.dechets': 1,
			'projects.theme.energie': 1,
			'projects.lever.communs': 2, // both projects name it
			// Sealed attendance only: the two Lagrasse élus; self-declared (2) is never added.
			'trained.elus': 2,
			'trained.module.ic-1': 2,
			'trained.module.ic-2': 1,
			'participants.unlinked': 1,
			'sessions.held': 1,
			'sessions.planned': 1
		});
		expect(aude.figures['self_declared.module.es-1']).toBeUndefined(); // not done: not counted
		expect(aude.parents.map((p) => `${p.kind}:${p.code}`)).toEqual(['region:76', 'national:FR']);
		expect(aude.communes?.map((c) => c.insee).sort()).toEqual(['11069', '11185']);
		const lagrasse = aude.communes?.find((c) => c.insee === '11185');
		expect(lagrasse?.figures).toMatchObject({
			'elus.accounts': 2,
			'trained.elus': 2,
			charters: 1,
			projects: 1
		});
		const carcassonne = aude.communes?.find((c) => c.insee === '11069');
		expect(carcassonne?.figures['trained.elus'] ?? 0).toBe(0); // absent, then amended to absent
		expect(carcassonne?.figures['participants.unlinked']).toBe(1);
		const epcis = aude.children?.map((c) => c.code).sort();
		expect(epcis).toEqual([epci['11069'], epci['11185']].sort());
	});

	it('the nation sums the régions; the Occitanie equals the Aude here', async () => {
		const national = await userClient(server.url, DEMO.national);
		const france = await summary(national, 'national', 'FR');
		expect(france.figures).toMatchObject({
			communes: 5,
			'elus.accounts': 4,
			projects: 3,
			'projects.status.idee': 1,
			'projects.theme.energie': 2,
			charters: 1
		});
		const deps = france.children
			?.filter((c) => c.kind === 'departement')
			.map((c) => c.code)
			.sort();
		expect(deps).toEqual(['11', '2A', '42', '68']);
		const occitanie = await summary(national, 'region', '76');
		const aude = await summary(national, 'departement', '11');
		expect(occitanie.figures).toEqual(aude.figures);
	});

	it('a commune: its figures, its projects (titles and statuses), the way up', async () => {
		const lagrasse = await summary(
			await userClient(server.url, DEMO.coordinateur),
			'commune',
			'11185'
		);
		expect(lagrasse.figures).toMatchObject({
			communes: 1,
			'elus.accounts': 2,
			projects: 1,
			charters: 1
		});
		expect(lagrasse.projects?.map((p) => p.status)).toEqual(['en_cours']);
		expect(lagrasse.parents.map((p) => p.kind)).toEqual(['epci', 'departement', 'region']);
	});

	it('gives no personal data: no name or e-mail of an élu anywhere', async () => {
		const national = await userClient(server.url, DEMO.national);
		for (const [kind, code] of [
			['national', 'FR'],
			['departement', '11'],
			['commune', '11185']
		]) {
			const text = JSON.stringify(await summary(national, kind!, code!));
			expect(text).not.toMatch(/Claire Martin|Karim Benali|@/);
		}
	});
});

describe('who sees what', () => {
	it('answers by role and territory', async () => {
		const coordRegion = await createUser(server.url, {
			email: 'coord.occitanie@example.fr',
			role: 'coordinateur',
			territory_kind: 'region',
			territory_code: '76'
		});
		const coordEpci = await createUser(server.url, {
			email: 'coord.epci-lagrasse@example.fr',
			role: 'coordinateur',
			territory_kind: 'epci',
			territory_code: epci['11185']!
		});
		const coordNational = await createUser(server.url, {
			email: 'coord.national@example.fr',
			role: 'coordinateur',
			territory_kind: 'national'
		});
		const coordEmpty = await createUser(server.url, {
			email: 'coord.sans-territoire@example.fr',
			role: 'coordinateur',
			territory_kind: 'departement',
			territory_code: ''
		});
		const readers: Record<string, PocketBase> = {
			elu: await userClient(server.url, DEMO.maire),
			facilitateur: await userClient(server.url, DEMO.facilitateur),
			'coord. Aude': await userClient(server.url, DEMO.coordinateur),
			'coord. Occitanie': coordRegion,
			'coord. EPCI': coordEpci,
			'coord. national': coordNational,
			'coord. sans code': coordEmpty,
			national: await userClient(server.url, DEMO.national)
		};
		const targets: [string, string][] = [
			['national', 'FR'],
			['region', '76'],
			['departement', '11'],
			['departement', '42'],
			['epci', epci['11185']!],
			['epci', epci['42218']!],
			['commune', '11185'],
			['commune', '11069'],
			['commune', '42218']
		];
		const got: Record<string, number[]> = {};
		for (const [who, pb] of Object.entries(readers)) {
			got[who] = [];
			for (const [kind, code] of targets) got[who].push(await status(pb, kind, code));
		}
		expect(got).toEqual({
			elu: [403, 403, 403, 403, 403, 403, 403, 403, 403],
			facilitateur: [403, 403, 403, 403, 403, 403, 403, 403, 403],
			'coord. Aude': [403, 403, 200, 403, 200, 403, 200, 200, 403],
			'coord. Occitanie': [403, 200, 200, 403, 200, 403, 200, 200, 403],
			'coord. EPCI': [403, 403, 403, 403, 200, 403, 200, 403, 403],
			'coord. national': [200, 200, 200, 200, 200, 200, 200, 200, 200],
			'coord. sans code': [403, 403, 403, 403, 403, 403, 403, 403, 403],
			national: [200, 200, 200, 200, 200, 200, 200, 200, 200]
		});
	});

	it('refuses without a token (401), a superuser token (403), bad kinds and codes (400), unknown places (404), in French', async () => {
		const anonymous = new PocketBase(server.url);
		expect(await status(anonymous, 'departement', '11')).toBe(401);
		expect(await status(admin, 'departement', '11')).toBe(403);
		const national = await userClient(server.url, DEMO.national);
		expect(await status(national, 'canton', '11')).toBe(400);
		expect(await status(national, 'departement', '1; DROP')).toBe(400);
		expect(await status(national, 'commune', '99999')).toBe(404);
		expect(await status(national, 'departement', '99')).toBe(404);
		try {
			await summary(await userClient(server.url, DEMO.maire), 'departement', '11');
			expect.unreachable();
		} catch (error) {
			expect((error as ClientResponseError).response.message).toMatch(/réservés aux coordinateurs/);
		}
	});
});

describe('fabriques de transitions', () => {
	it('shows the same view for the communes attached; a coordinator sees only those inside', async () => {
		const national = await userClient(server.url, DEMO.national);
		const fabrique = await national
			.collection('fabriques')
			.create({ name: 'La Fabrique des Corbières', communes: [ids['11185'], ids['42218']] });
		expect(fabrique.created_by).toBe(national.authStore.record!.id);
		await admin.send('/api/collab/admin/territories/refresh', { method: 'POST' });
		const whole = await summary(national, 'fabrique', fabrique.id);
		expect(whole.restricted).toBe(false);
		expect(whole.figures).toMatchObject({ communes: 2, 'elus.accounts': 3, projects: 2 });
		const coordinateur = await userClient(server.url, DEMO.coordinateur);
		const part = await summary(coordinateur, 'fabrique', fabrique.id);
		expect(part.restricted).toBe(true);
		expect(part.communes?.map((c) => c.insee)).toEqual(['11185']);
		expect(part.figures).toMatchObject({ communes: 1, 'elus.accounts': 2, projects: 1 });
		expect(
			(await summary(coordinateur, 'departement', '11')).fabriques?.map((f) => f.name)
		).toEqual(['La Fabrique des Corbières']);
	});

	it('a coordinator attaches only communes of their territory; élus manage none', async () => {
		const coordinateur = await userClient(server.url, DEMO.coordinateur);
		await expect(
			coordinateur
				.collection('fabriques')
				.create({ name: 'Hors Aude', communes: [ids['11185'], ids['42218']] })
		).rejects.toMatchObject({ status: 403 });
		const ok = await coordinateur
			.collection('fabriques')
			.create({ name: 'Tiers-lieu de Carcassonne', communes: [ids['11069']] });
		await expect(
			coordinateur.collection('fabriques').update(ok.id, { communes: [ids['11069'], ids['68343']] })
		).rejects.toMatchObject({ status: 403 });
		const elu = await userClient(server.url, DEMO.maire);
		await expect(
			elu.collection('fabriques').create({ name: 'Non', communes: [ids['11185']] })
		).rejects.toMatchObject({ status: 403 });
		expect((await elu.collection('fabriques').getList(1, 10)).items).toEqual([]);
	});
});

describe('a coordinator of a fabrique', () => {
	it('is named by the national team and sees the fabrique and its communes, nothing around', async () => {
		const national = await userClient(server.url, DEMO.national);
		const fabrique = await national
			.collection('fabriques')
			.create({ name: 'Tiers-lieu du Lézignanais', communes: [ids['11185'], ids['42218']] });
		const other = await national
			.collection('fabriques')
			.create({ name: 'Autre fabrique', communes: [ids['11069']] });
		const person = await createUser(server.url, {
			email: 'coord.fabrique@example.fr',
			role: 'elu'
		});
		const setRole = (body: Record<string, unknown>) =>
			national.send(`/api/collab/accounts/users/${person.authStore.record!.id}/role`, {
				method: 'POST',
				body: { role: 'coordinateur', reason: 'Coordonne la fabrique', ...body }
			});
		await expect(
			setRole({ territory_kind: 'fabrique', territory_code: 'nexistepas12345' })
		).rejects.toMatchObject({ status: 400 });
		await setRole({ territory_kind: 'fabrique', territory_code: fabrique.id });
		await admin.send('/api/collab/admin/territories/refresh', { method: 'POST' });

		const coordinator = await userClient(server.url, 'coord.fabrique@example.fr');
		expect(coordinator.authStore.record!.territory_kind).toBe('fabrique');
		const view = await summary(coordinator, 'fabrique', fabrique.id);
		expect(view.restricted).toBe(false);
		expect(view.communes?.map((c) => c.insee).sort()).toEqual(['11185', '42218']);
		expect((await summary(coordinator, 'commune', '42218')).name).toBe('Saint-Étienne');
		for (const [kind, code] of [
			['commune', '11069'],
			['departement', '11'],
			['region', '76'],
			['national', 'FR'],
			['fabrique', other.id]
		] as const) {
			expect(await status(coordinator, kind, code), `${kind} ${code}`).toBe(403);
		}
		await expect(
			coordinator.collection('fabriques').create({ name: 'Non', communes: [ids['11185']] })
		).rejects.toMatchObject({ status: 403 });
	});
});
