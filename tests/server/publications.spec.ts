// Publishing a commune's project as a good practice, on a real PocketBase: only with consent,
// only by the commune's élus, built from the server's own project summary (whatever the client
// sends), idempotent, withdrawn on request, and readable by every commune of the programme with
// no personal data but ids.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PROJECT_ID } from '../../scripts/seed/demo-project.mjs';
import { randomId, nextRev } from '../helpers/ids';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';

const url = inject('pbUrl');

interface Answer {
	status: number;
	body: Record<string, unknown> & {
		message?: string;
		published?: boolean;
		preview?: Record<string, unknown>;
	};
}

async function call(
	pb: PocketBase | null,
	method: 'GET' | 'POST' | 'DELETE',
	id: string,
	body?: unknown
): Promise<Answer> {
	const path = method === 'GET' ? 'publication' : 'publish';
	const response = await fetch(`${url}/api/collab/projects/${id}/${path}`, {
		method,
		headers: {
			'Content-Type': 'application/json',
			...(pb ? { Authorization: pb.authStore.token } : {})
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const publish = (pb: PocketBase, id: string, body: unknown = { consent: true }) =>
	call(pb, 'POST', id, body);

let admin: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;
let etienne: PocketBase;
let lagrasse: string;

/** The publication record of a project, as any signed-in user reads it (null when none). */
async function publication(id: string) {
	const found = await etienne
		.collection('good_practices')
		.getList(1, 2, { filter: etienne.filter('key = {:key}', { key: `projet-${id}` }) });
	return found.items[0] ?? null;
}

/** A Lagrasse project summary pushed through sync by the mayor. */
async function pushSummary(id: string, data: Record<string, unknown>) {
	const response = await maire.send('/api/collab/sync', {
		method: 'POST',
		body: {
			v: 1,
			device: 'd-publications',
			cursor: 0,
			limit: 1,
			records: [
				{ collection: 'projects', rev: nextRev(), id, data: { commune: lagrasse, ...data } }
			]
		}
	});
	expect(response.rejected).toEqual([]);
}

beforeAll(async () => {
	admin = await adminClient(url);
	lagrasse = await communeId(url, '11185');
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	etienne = await createUser(url, {
		email: 'elu.publications@example.fr',
		role: 'elu',
		communes: [await communeId(url, '42218')]
	});
});

describe('publishing a project as a good practice', () => {
	it('needs the commune’s consent', async () => {
		const id = randomId();
		await pushSummary(id, { title: 'Jardin partagé', summary: 'Des parcelles en friche.' });
		for (const body of [{}, { consent: false }, { consent: 'oui' }]) {
			const answer = await publish(maire, id, body);
			expect(answer.status, JSON.stringify(body)).toBe(400);
			expect(answer.body.message).toMatch(/^Cochez l’accord de la commune/);
		}
		expect(await publication(id)).toBeNull();
	});

	it('is refused to anyone but the élus of the project’s commune', async () => {
		const id = randomId();
		await pushSummary(id, { title: 'Atelier vélo', summary: 'Pas de réparateur au village.' });
		const coordinator = await userClient(url, DEMO.coordinateur);
		const facilitator = await userClient(url, DEMO.facilitateur);
		for (const pb of [etienne, coordinator, facilitator]) {
			const answer = await publish(pb, id);
			expect(answer.status).toBe(403);
			expect(answer.body.message).toMatch(/appartient à une autre commune/);
			expect((await call(pb, 'DELETE', id)).status).toBe(403);
			expect((await call(pb, 'GET', id)).status).toBe(403);
		}
		expect((await call(null, 'POST', id, { consent: true })).status).toBe(401);
		expect(await publication(id)).toBeNull();
	});

	it('answers 404 for a project the server does not know', async () => {
		for (const id of [randomId(), 'not-an-id']) {
			const answer = await publish(maire, id);
			expect(answer.status).toBe(404);
			expect(answer.body.message).toMatch(/pas encore connu du serveur/);
		}
	});

	it('refuses a project without a title or a summary (422)', async () => {
		const untitled = randomId();
		await pushSummary(untitled, { title: '  ', summary: 'Un problème local bien décrit.' });
		expect((await publish(maire, untitled)).body.message).toMatch(/^Le projet n’a pas de titre/);
		const blank = randomId();
		await pushSummary(blank, { title: 'Atelier vélo', summary: '' });
		const answer = await publish(maire, blank);
		expect(answer.status).toBe(422);
		expect(answer.body.message).toMatch(/^Le projet n’a pas encore de résumé/);
		expect(await publication(blank)).toBeNull();
	});

	it('publishes the server’s summary, not the client’s text, with ids only', async () => {
		const preview = await call(adjoint, 'GET', DEMO_PROJECT_ID);
		expect(preview.status).toBe(200);
		expect(preview.body.published).toBe(false);
		const answer = await publish(maire, DEMO_PROJECT_ID, {
			consent: true,
			title: 'Un titre envoyé par le client',
			summary: 'Un résumé envoyé par le client'
		});
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({ published: true, key: `projet-${DEMO_PROJECT_ID}` });
		const project = await adjoint.collection('projects').getOne(DEMO_PROJECT_ID);
		const record = (await publication(DEMO_PROJECT_ID))!;
		expect(record).toMatchObject({
			kind: 'commune_project',
			title: project.title,
			summary: project.summary,
			themes: project.themes,
			levers: project.levers,
			place: 'Lagrasse (Aude)',
			country: 'France',
			rural_or_urban: 'rural',
			commune: lagrasse,
			project_id: DEMO_PROJECT_ID,
			project_status: project.status,
			published: true,
			consent_by: maire.authStore.record!.id
		});
		expect(preview.body.preview).toMatchObject({ title: record.title, summary: record.summary });
		const text = JSON.stringify(record);
		for (const personal of ['Claire', 'Martin', 'Karim', '@']) expect(text).not.toContain(personal);
	});

	it('publishes again idempotently, and refreshes the same record when the project changed', async () => {
		const id = randomId();
		await pushSummary(id, { title: 'Cantine locale', summary: 'Les repas viennent de loin.' });
		expect((await publish(adjoint, id)).status).toBe(200);
		const first = (await publication(id))!;
		expect((await publish(maire, id)).status).toBe(200);
		expect(await publication(id)).toEqual(first);

		await pushSummary(id, { title: 'Cantine locale et bio', themes: ['resilience_alimentaire'] });
		expect((await publish(maire, id)).status).toBe(200);
		const refreshed = (await publication(id))!;
		expect(refreshed).toMatchObject({
			id: first.id,
			title: 'Cantine locale et bio',
			summary: 'Les repas viennent de loin.',
			themes: ['resilience_alimentaire'],
			consent_by: maire.authStore.record!.id
		});
		const all = await admin
			.collection('good_practices')
			.getFullList({ filter: admin.filter('project_id = {:id}', { id }) });
		expect(all).toHaveLength(1);
	});

	it('is withdrawn on request: emptied, unpublished, and published again on request', async () => {
		const id = randomId();
		await pushSummary(id, { title: 'Navette solidaire', summary: 'Pas de bus le samedi.' });
		expect((await publish(maire, id)).status).toBe(200);
		const published = (await publication(id))!;

		const withdrawn = await call(adjoint, 'DELETE', id);
		expect(withdrawn.status).toBe(200);
		expect(withdrawn.body.published).toBe(false);
		const record = (await publication(id))!;
		expect(record).toMatchObject({
			id: published.id,
			published: false,
			summary: '',
			themes: [],
			consent_by: ''
		});
		expect(record.title).not.toContain('Navette');
		expect(record.updated > published.updated).toBe(true);
		// Withdrawing again changes nothing; publishing again brings the same record back.
		expect((await call(maire, 'DELETE', id)).status).toBe(200);
		expect(await publication(id)).toEqual(record);
		expect((await publish(maire, id)).status).toBe(200);
		expect(await publication(id)).toMatchObject({
			id: published.id,
			published: true,
			title: 'Navette solidaire'
		});
	});
});
