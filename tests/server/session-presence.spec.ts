// À distance presence by code (lib/session-presence.js), against the real PocketBase: the
// facilitator reads a half-day's 6-digit code (élus cannot); an élu participant confirms with it,
// which writes their own attendance row (present, a_distance, authored by them, about them) that
// the facilitator pulls and seals as usual; a wrong code, a non-participant, a présentiel session
// and a sealed half-day are refused in French; guessing is stopped after 5 wrong codes (429).
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attendanceId } from '../../src/lib/features/sessions';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { participant, push, seal, sessionData, SLOT_AM, SLOT_PM } from '../helpers/sessions';
import { pullAll } from '../helpers/sync';

const url = inject('pbUrl');

let facilitator: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;
let stranger: PocketBase;
const session = randomId();
const inPerson = randomId();
let maireRow = '';

async function call(
	client: PocketBase,
	method: 'GET' | 'POST',
	path: string,
	body?: unknown
): Promise<{
	status: number;
	body: { code?: string; message?: string; id?: string; hash?: string };
}> {
	const response = await fetch(`${url}${path}`, {
		method,
		headers: {
			'Content-Type': 'application/json',
			...(client.authStore.token ? { Authorization: client.authStore.token } : {})
		},
		...(body ? { body: JSON.stringify(body) } : {})
	});
	return { status: response.status, body: await response.json() };
}

const codeOf = async (slot: string) =>
	(await call(facilitator, 'GET', `/api/collab/sessions/${session}/presence/${slot}`)).body.code!;
const confirm = (client: PocketBase, slot: string, code: string, id = session) =>
	call(client, 'POST', `/api/collab/sessions/${id}/presence`, { slot, code, device: 'd-remote' });

beforeAll(async () => {
	facilitator = await userClient(url, DEMO.facilitateur);
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	stranger = await createUser(url, {
		email: 'presence.stranger@example.fr',
		role: 'elu',
		communes: [await communeId(url, '11069')]
	});
	const planned = await push(facilitator, [
		{ collection: 'training_sessions', id: session, data: sessionData({ modality: 'mixte' }) },
		{ collection: 'training_sessions', id: inPerson, data: sessionData() }
	]);
	expect(planned.rejected).toEqual([]);
	const m = await participant(session, 'Claire Martin', {
		user: maire.authStore.record!.id,
		mandate: 'maire'
	});
	const a = await participant(session, 'Jean Adjoint', {
		user: adjoint.authStore.record!.id,
		mandate: 'adjoint'
	});
	const p = await participant(inPerson, 'Claire Martin', {
		user: maire.authStore.record!.id,
		mandate: 'maire'
	});
	maireRow = m.id;
	const people = await push(
		facilitator,
		[m, a, p].map((x) => ({ collection: 'participants', ...x }))
	);
	expect(people.rejected).toEqual([]);
});

describe('the facilitator’s code', () => {
	it('is 6 digits, stable, different per half-day, and only for those who run the session', async () => {
		const am = await codeOf(SLOT_AM.key);
		expect(am).toMatch(/^\d{6}$/);
		expect(await codeOf(SLOT_AM.key)).toBe(am);
		expect(await codeOf(SLOT_PM.key)).not.toBe(am);
		const elu = await call(maire, 'GET', `/api/collab/sessions/${session}/presence/${SLOT_AM.key}`);
		expect(elu.status).toBe(403);
		expect(elu.body.message).toMatch(/animateurs/);
		const present = await call(
			facilitator,
			'GET',
			`/api/collab/sessions/${inPerson}/presence/${SLOT_AM.key}`
		);
		expect(present.status).toBe(400);
		expect(present.body.message).toMatch(/présentiel/);
	});

	it('is never in what a device pulls', async () => {
		const pulled = await pullAll(facilitator, `d-${randomId(6)}`);
		expect(JSON.stringify(pulled.recordChanges)).not.toMatch(/presence_secret/);
	});
});

describe('an élu confirms their presence', () => {
	it('refuses a wrong code, a non-participant and a présentiel session, writing nothing', async () => {
		const code = await codeOf(SLOT_AM.key);
		const wrong = code === '000000' ? '000001' : '000000';
		const bad = await confirm(maire, SLOT_AM.key, wrong);
		expect(bad.status).toBe(400);
		expect(bad.body.message).toMatch(/ne correspond pas/);
		const outsider = await confirm(stranger, SLOT_AM.key, code);
		expect(outsider.status).toBe(403);
		expect(outsider.body.message).toMatch(/pas inscrit/);
		expect((await confirm(maire, SLOT_AM.key, code, inPerson)).status).toBe(400);
		const admin = await adminClient(url);
		const rows = await admin
			.collection('attendances')
			.getFullList({ filter: admin.filter('session = {:s}', { s: session }) });
		expect(rows).toEqual([]);
	});

	it('writes their own row with the right code, once, which the facilitator pulls and seals', async () => {
		const code = await codeOf(SLOT_AM.key);
		const first = await confirm(maire, SLOT_AM.key, code);
		expect(first.status).toBe(200);
		const id = await attendanceId(session, SLOT_AM.key, maireRow);
		expect(first.body.id).toBe(id);
		const again = await confirm(maire, SLOT_AM.key, code);
		expect(again.body).toEqual(first.body);
		const admin = await adminClient(url);
		const row = await admin.collection('attendances').getOne(id);
		expect(row).toMatchObject({
			status: 'present',
			mode: 'a_distance',
			signature: '',
			author: maire.authStore.record!.id,
			subject_user: maire.authStore.record!.id,
			participant: maireRow,
			hash: first.body.hash
		});
		const pulled = (await pullAll(facilitator, `d-${randomId(6)}`)).recordChanges.filter(
			(c) => c.collection === 'attendances' && c.id === id
		);
		expect(pulled).toHaveLength(1);
		// The device that confirmed keeps no copy of the row: its sync brings it back.
		const own = (await pullAll(maire, 'd-remote')).recordChanges.filter(
			(c) => c.collection === 'attendances' && c.id === id
		);
		expect(own).toHaveLength(1);
		const s = await seal(session, SLOT_AM.key, [{ id, hash: first.body.hash! }]);
		const sealed = await push(facilitator, [{ collection: 'attendance_seals', ...s }]);
		expect(sealed.rejected).toEqual([]);
	});

	it('stops guessing after 5 wrong codes (429, in French)', async () => {
		const code = await codeOf(SLOT_PM.key);
		const wrong = code === '123456' ? '654321' : '123456';
		for (let i = 0; i < 5; i++) {
			expect((await confirm(adjoint, SLOT_PM.key, wrong)).status).toBe(400);
		}
		const locked = await confirm(adjoint, SLOT_PM.key, code);
		expect(locked.status).toBe(429);
		expect(locked.body.message).toMatch(/Trop de codes/);
	});
});
