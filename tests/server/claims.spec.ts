// Claims through /api/collab/claims against the real PocketBase of the test setup (DESIGN.md § 6
// "Claiming is a link, not an edit"): a participant who signed without an account links their row
// to their validated account with the receipt code of their attestation; a wrong code is refused
// in French and guessing is cut off; only the session's facilitator or the mayor of the person's
// commune confirms; then the élu reads their attendance (API and sync pull) while every sealed
// row stays byte-identical; replays change nothing.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { receiptCode } from '../../src/lib/domain/canonical';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { pullAll } from '../helpers/sync';
import { participant, push, seal, sessionData, signed, SLOT_AM } from '../helpers/sessions';

const url = inject('pbUrl');

let facilitator: PocketBase;
let otherFacilitator: PocketBase;
let maire: PocketBase; // mayor of Lagrasse
let otherMaire: PocketBase; // mayor of Carcassonne
let jeanne: PocketBase; // signed as « Jeanne Sanscompte », account created afterwards
let paul: PocketBase; // signed as « Paul Sanscompte », confirmed by the mayor
let guesser: PocketBase;

const session = randomId();
let jeanneRow = '';
let paulRow = '';
let receipt = '';

interface Claim {
	id: string;
	status: string;
	participant: string;
	user: string;
}

function claim(pb: PocketBase, body: Record<string, unknown>): Promise<Claim> {
	return pb.send('/api/collab/claims', { method: 'POST', body });
}

function confirm(pb: PocketBase, id: string): Promise<Claim> {
	return pb.send(`/api/collab/claims/${id}/confirm`, { method: 'POST' });
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await promise;
	} catch (err) {
		const e = err as { status: number; response: { message: string } };
		return { status: e.status, message: e.response.message };
	}
	throw new Error('expected a refusal');
}

/** Every attendance row and seal of the session, every column, as the database holds them. */
async function sealedSnapshot(): Promise<string> {
	const admin = await adminClient(url);
	const filter = admin.filter('session = {:s}', { s: session });
	const rows = await admin.collection('attendances').getFullList({ filter, sort: 'id' });
	const seals = await admin.collection('attendance_seals').getFullList({ filter, sort: 'id' });
	return JSON.stringify({ rows, seals });
}

/** Lagrasse's territory figures after a refresh, as the Aude's coordinator reads them. */
async function lagrasseFigures(): Promise<Record<string, number>> {
	const admin = await adminClient(url);
	await admin.send('/api/collab/admin/territories/refresh', { method: 'POST' });
	const coordinator = await userClient(url, DEMO.coordinateur);
	const aude: { communes?: { insee: string; figures: Record<string, number> }[] } =
		await coordinator.send('/api/collab/territories/departement/11/summary', { method: 'GET' });
	return aude.communes?.find((c) => c.insee === '11185')?.figures ?? {};
}

async function elu(email: string, insee: string, mandate = 'conseiller') {
	const pb = await createUser(url, { email, role: 'elu', communes: [await communeId(url, insee)] });
	const admin = await adminClient(url);
	await admin.collection('users').update(pb.authStore.record!.id, { mandate });
	return userClient(url, email);
}

beforeAll(async () => {
	facilitator = await userClient(url, DEMO.facilitateur);
	maire = await userClient(url, DEMO.maire);
	otherFacilitator = await createUser(url, {
		email: 'autre.animateur.claims@example.fr',
		role: 'facilitateur'
	});
	otherMaire = await elu('maire.carcassonne.claims@example.fr', '11069', 'maire');
	jeanne = await elu('jeanne.claims@example.fr', '11185');
	paul = await elu('paul.claims@example.fr', '11185');
	guesser = await elu('devine.claims@example.fr', '11185');

	const planned = await push(facilitator, [
		{ collection: 'training_sessions', id: session, data: sessionData() }
	]);
	expect(planned.rejected).toEqual([]);
	const j = await participant(session, 'Jeanne Sanscompte');
	const p = await participant(session, 'Paul Sanscompte', { mandate: 'adjoint' });
	jeanneRow = j.id;
	paulRow = p.id;
	const people = await push(
		facilitator,
		[j, p].map((x) => ({ collection: 'participants', ...x }))
	);
	expect(people.rejected).toEqual([]);
	const rows = await Promise.all([j, p].map((x) => signed(session, SLOT_AM.key, x.id)));
	const pushed = await push(
		facilitator,
		rows.map((r) => ({ collection: 'attendances', ...r }))
	);
	expect(pushed.rejected).toEqual([]);
	const s = await seal(
		session,
		SLOT_AM.key,
		rows.map((r) => ({ id: r.id, hash: r.data.hash }))
	);
	const sealed = await push(facilitator, [{ collection: 'attendance_seals', ...s }]);
	expect(sealed.rejected).toEqual([]);
	receipt = await receiptCode(s.data.hash);
});

describe('claiming a participant row', () => {
	it('refuses a wrong receipt code in French, and a code of another participation', async () => {
		const wrong = await failure(claim(jeanne, { participant: jeanneRow, code: '0000-0000-0000' }));
		expect(wrong.status).toBe(400);
		expect(wrong.message).toMatch(/code ne correspond pas/);
		const garbage = await failure(claim(jeanne, { participant: jeanneRow, code: 'abc' }));
		expect(garbage.status).toBe(400);
		const unknown = await failure(claim(jeanne, { participant: randomId(), code: receipt }));
		expect(unknown.status).toBe(400);
		const admin = await adminClient(url);
		const claims = await admin
			.collection('claims')
			.getFullList({ filter: admin.filter('participant = {:p}', { p: jeanneRow }) });
		expect(claims).toEqual([]);
	});

	it('cuts off guessing after a few wrong codes', async () => {
		for (let i = 0; i < 5; i++) {
			const code = `${String(i).padStart(4, '0')}-AAAA-BBBB`;
			expect((await failure(claim(guesser, { participant: paulRow, code }))).status).toBe(400);
		}
		const blocked = await failure(claim(guesser, { participant: paulRow, code: receipt }));
		expect(blocked.status).toBe(429);
		expect(blocked.message).toMatch(/Trop de codes/);
	});

	it('refuses a pending account', async () => {
		const admin = await adminClient(url);
		const pending = await elu('attente.claims@example.fr', '11185');
		await admin.collection('users').update(pending.authStore.record!.id, { status: 'pending' });
		const refused = await failure(claim(pending, { participant: jeanneRow, code: receipt }));
		expect(refused.status).toBe(403);
		expect(refused.message).toMatch(/validé/);
	});

	it('is pending until the facilitator confirms; other people cannot confirm', async () => {
		const before = await sealedSnapshot();
		// Typed as a person would: lower case, no dashes, O for 0.
		const typed = receipt.toLowerCase().replace(/-/g, '').replace(/0/g, 'o');
		const asked = await claim(jeanne, { participant: jeanneRow, code: typed });
		expect(asked).toMatchObject({ status: 'pending', participant: jeanneRow });
		expect((await claim(jeanne, { participant: jeanneRow, code: receipt })).id).toBe(asked.id);

		const own = jeanne.filter('session = {:s}', { s: session });
		expect(await jeanne.collection('attendances').getFullList({ filter: own })).toEqual([]);

		for (const stranger of [otherFacilitator, otherMaire, jeanne, paul]) {
			const refused = await failure(confirm(stranger, asked.id));
			expect(refused.status).toBe(403);
			expect(refused.message).toMatch(/animateur de la session ou le maire/);
		}
		// Jeanne's phone has synced already: its cursor stands past the old attendance rows.
		const phone = `d-${randomId(6)}`;
		const seen = await pullAll(jeanne, phone);
		expect(seen.recordChanges.filter((c) => c.collection === 'attendances')).toEqual([]);
		const confirmed = await confirm(facilitator, asked.id);
		expect(confirmed.status).toBe('confirmed');

		const rows = await jeanne.collection('attendances').getFullList({ filter: own });
		expect(rows.map((r) => r.participant)).toEqual([jeanneRow]);
		const seals = await jeanne.collection('attendance_seals').getFullList({ filter: own });
		expect(seals).toHaveLength(1);
		const pulled = (await pullAll(jeanne, `d-${randomId(6)}`)).recordChanges.filter(
			(c) => (c.data as { session?: string }).session === session
		);
		expect(pulled.filter((c) => c.collection === 'attendances').map((c) => c.id)).toEqual([
			rows[0]!.id
		]);
		expect(pulled.some((c) => c.collection === 'participants' && c.id === jeanneRow)).toBe(true);
		// The phone catches up from its cursor: the linked row brings the session, seals and rows.
		const caught = (await pullAll(jeanne, phone, seen.cursor)).recordChanges;
		expect(caught.filter((c) => c.collection === 'attendances').map((c) => c.id)).toEqual([
			rows[0]!.id
		]);
		expect(caught.filter((c) => c.collection === 'attendance_seals')).toHaveLength(1);
		expect(caught.some((c) => c.collection === 'training_sessions' && c.id === session)).toBe(true);
		expect(
			(await pullAll(jeanne, phone, (await pullAll(jeanne, phone, seen.cursor)).cursor))
				.recordChanges
		).toEqual([]);
		expect(await sealedSnapshot()).toBe(before);

		// Replays: the same claim and the same confirmation change nothing.
		const admin = await adminClient(url);
		const linked = await admin.collection('participants').getOne(jeanneRow);
		expect(linked.user).toBe(jeanne.authStore.record!.id);
		expect((await confirm(facilitator, asked.id)).status).toBe('confirmed');
		expect((await claim(jeanne, { participant: jeanneRow, code: receipt })).id).toBe(asked.id);
		expect(await admin.collection('participants').getOne(jeanneRow)).toEqual(linked);
		expect(await sealedSnapshot()).toBe(before);
		// Somebody else cannot take a linked row.
		const taken = await failure(claim(paul, { participant: jeanneRow, code: receipt }));
		expect(taken.status).toBe(409);
	});

	it('lets the mayor of the person’s commune confirm, lists it for them, and counts them as trained', async () => {
		const asked = await claim(paul, { participant: paulRow, code: receipt });
		const listed: { items: { id: string; participant_name: string }[] } = await maire.send(
			'/api/collab/claims/pending',
			{}
		);
		expect(listed.items.find((i) => i.id === asked.id)?.participant_name).toBe('Paul Sanscompte');
		const other: { items: { id: string }[] } = await otherMaire.send(
			'/api/collab/claims/pending',
			{}
		);
		expect(other.items.some((i) => i.id === asked.id)).toBe(false);
		const before = await lagrasseFigures();
		expect((await confirm(maire, asked.id)).status).toBe('confirmed');
		// The claimed person now counts as a trained élu, no longer as a participant without account.
		const after = await lagrasseFigures();
		expect(after['trained.elus'] ?? 0).toBe((before['trained.elus'] ?? 0) + 1);
		expect(after['participants.unlinked'] ?? 0).toBe((before['participants.unlinked'] ?? 0) - 1);
		const rows = await paul
			.collection('attendances')
			.getFullList({ filter: paul.filter('session = {:s}', { s: session }) });
		expect(rows.map((r) => r.participant)).toEqual([paulRow]);
	});
});
