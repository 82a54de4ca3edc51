// The people a facilitator may pick while planning (lib/sessions-people.js), against the real
// PocketBase: the co-animateurs list (names and ids, never an e-mail; élus get 403) and the élus
// of a session's département (only for those who run the session; another département's élus
// never listed).
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { push, sessionData } from '../helpers/sessions';

const url = inject('pbUrl');

let facilitator: PocketBase;
let otherFacilitator: PocketBase;
let maire: PocketBase;
let coord: PocketBase;
let loireElu: PocketBase;
const session = randomId();

interface Person {
	id: string;
	name: string;
	mandate?: string;
	commune?: string;
	insee?: string;
}

interface Answer {
	message?: string;
	departement?: string;
	facilitators: Person[];
	elus: Person[];
}

async function get(client: PocketBase, path: string): Promise<{ status: number; body: Answer }> {
	const response = await fetch(`${url}${path}`, {
		headers: client.authStore.token ? { Authorization: client.authStore.token } : {}
	});
	return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
	facilitator = await userClient(url, DEMO.facilitateur);
	maire = await userClient(url, DEMO.maire);
	coord = await userClient(url, DEMO.coordinateur);
	otherFacilitator = await createUser(url, {
		email: 'people.animateur@example.fr',
		role: 'facilitateur',
		name: 'Odile Animatrice'
	});
	loireElu = await createUser(url, {
		email: 'people.elu.loire@example.fr',
		role: 'elu',
		name: 'Loïc Loire',
		communes: [await communeId(url, '42218')]
	});
	const planned = await push(facilitator, [
		{ collection: 'training_sessions', id: session, data: sessionData() }
	]);
	expect(planned.rejected).toEqual([]);
});

describe('co-animateurs offered in the plan form', () => {
	it('lists active facilitators by id and name, never an e-mail, the caller excluded', async () => {
		const { status, body } = await get(facilitator, '/api/collab/sessions/facilitators');
		expect(status).toBe(200);
		const ids = body.facilitators.map((f) => f.id);
		expect(ids).toContain(otherFacilitator.authStore.record!.id);
		expect(ids).not.toContain(facilitator.authStore.record!.id);
		expect(ids).not.toContain(maire.authStore.record!.id);
		for (const f of body.facilitators) expect(Object.keys(f).sort()).toEqual(['id', 'name']);
		expect(JSON.stringify(body)).not.toMatch(/@/);
		expect((await get(coord, '/api/collab/sessions/facilitators')).status).toBe(200);
	});

	it('refuses élus (403) and signed-out callers (401), in French', async () => {
		const elu = await get(maire, '/api/collab/sessions/facilitators');
		expect(elu.status).toBe(403);
		expect(elu.body.message).toMatch(/réservée aux animateurs/);
		const anonymous = await fetch(`${url}/api/collab/sessions/facilitators`);
		expect(anonymous.status).toBe(401);
	});
});

describe('élus with an account, found by name for a session', () => {
	it('gives the session’s facilitator the élus of its département only', async () => {
		const { status, body } = await get(facilitator, `/api/collab/sessions/${session}/elus`);
		expect(status).toBe(200);
		expect(body.departement).toBe('11');
		const mayor = body.elus.find((e) => e.id === maire.authStore.record!.id);
		expect(mayor).toMatchObject({ mandate: 'maire', commune: 'Lagrasse', insee: '11185' });
		expect(Object.keys(mayor!).sort()).toEqual(['commune', 'id', 'insee', 'mandate', 'name']);
		const ids = body.elus.map((e) => e.id);
		expect(ids).not.toContain(loireElu.authStore.record!.id);
		expect(ids).not.toContain(facilitator.authStore.record!.id);
		expect(JSON.stringify(body)).not.toMatch(/@/);
	});

	it('refuses an élu and a facilitator who does not run the session (403)', async () => {
		const elu = await get(maire, `/api/collab/sessions/${session}/elus`);
		expect(elu.status).toBe(403);
		const other = await get(otherFacilitator, `/api/collab/sessions/${session}/elus`);
		expect(other.status).toBe(403);
		expect(other.body.message).toMatch(/animateurs de cette session/);
		const missing = await get(facilitator, `/api/collab/sessions/${randomId()}/elus`);
		expect(missing.status).toBe(404);
	});
});
