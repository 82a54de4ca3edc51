// Training sessions through POST /api/collab/sync and the collections' API rules, against the
// real PocketBase of the test setup: planning (French 400s for a session dated 1900 or a negative
// duration), who writes participants and attendance (the session's facilitators; an élu only
// asks to join), sealing (a sealed row never changes: 409; a late row stays uncovered until an
// addendum), idempotent replays, and the visibility matrix of DESIGN.md § 6.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { slotCoverage } from '../../src/lib/features/sessions';
import { charterTextHash, sealCharter } from '../../src/lib/features/charters/domain/canonical';
import { charterRecordData } from '../../src/lib/features/charters/domain/record';
import { signature as drawn } from '../helpers/state';
import { requireHook } from '../helpers/hooks';
import { adminClient, communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { pullAll } from '../helpers/sync';
import {
	participant,
	push,
	seal,
	sessionData,
	signed,
	SLOT_AM,
	SLOT_PM
} from '../helpers/sessions';

const url = inject('pbUrl');

let facilitator: PocketBase;
let coFacilitator: PocketBase;
let otherFacilitator: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;
let etienne: PocketBase; // élu of Saint-Étienne (Loire)
let fabrezanElu: PocketBase; // élu of another commune of the Aude
let coordAude: PocketBase;
let coordLoire: PocketBase;
let national: PocketBase;

const session = randomId();
let maireRow = '';
let withoutAccount = '';
let amRows: { id: string; hash: string }[] = [];
let lateRow = { id: '', hash: '' };
let firstSeal = '';

function rejectionOf(
	response: { rejected: { id: string; status: number; reason: string }[] },
	id: string
) {
	return response.rejected.find((r) => r.id === id);
}

beforeAll(async () => {
	facilitator = await userClient(url, DEMO.facilitateur);
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
	national = await userClient(url, DEMO.national);
	coordAude = await userClient(url, DEMO.coordinateur);
	coFacilitator = await createUser(url, {
		email: 'co.animateur@example.fr',
		role: 'facilitateur',
		name: 'Paul Co'
	});
	otherFacilitator = await createUser(url, {
		email: 'autre.animateur@example.fr',
		role: 'facilitateur'
	});
	etienne = await createUser(url, {
		email: 'elu.sessions.st-etienne@example.fr',
		role: 'elu',
		communes: [await communeId(url, '42218')]
	});
	coordLoire = await createUser(url, {
		email: 'coord.loire.sessions@example.fr',
		role: 'coordinateur',
		territory_kind: 'departement',
		territory_code: '42'
	});
	const carcassonne = await communeId(url, '11069');
	fabrezanElu = await createUser(url, {
		email: 'elu.sessions.carcassonne@example.fr',
		role: 'elu',
		communes: [carcassonne]
	});

	const planned = await push(facilitator, [
		{
			collection: 'training_sessions',
			id: session,
			data: sessionData({ co_facilitators: [coFacilitator.authStore.record!.id] })
		}
	]);
	expect(planned.rejected).toEqual([]);
	const m = await participant(session, 'Claire Martin', {
		user: maire.authStore.record!.id,
		mandate: 'maire',
		email: 'maire.demo@collabactons.fr'
	});
	const a = await participant(session, 'Jean Adjoint', {
		user: adjoint.authStore.record!.id,
		mandate: 'adjoint'
	});
	const n = await participant(session, 'Lucie Sanscompte');
	maireRow = m.id;
	withoutAccount = n.id;
	const people = await push(
		facilitator,
		[m, a, n].map((p) => ({ collection: 'participants', ...p }))
	);
	expect(people.rejected).toEqual([]);
	const rows = await Promise.all([m, a, n].map((p) => signed(session, SLOT_AM.key, p.id)));
	const pushed = await push(
		facilitator,
		rows.map((r) => ({ collection: 'attendances', ...r }))
	);
	expect(pushed.rejected).toEqual([]);
	amRows = rows.map((r) => ({ id: r.id, hash: r.data.hash }));
	const s = await seal(session, SLOT_AM.key, amRows);
	firstSeal = s.id;
	const sealed = await push(facilitator, [{ collection: 'attendance_seals', ...s }]);
	expect(sealed.rejected).toEqual([]);
});

describe('planning a session', () => {
	it('refuses a session dated 1900 and a negative duration, in French', async () => {
		const id = randomId();
		const old = await push(facilitator, [
			{
				collection: 'training_sessions',
				id,
				data: sessionData({ slots: [{ ...SLOT_AM, key: '1900-12-10-am', date: '1900-12-10' }] })
			}
		]);
		expect(rejectionOf(old, id)).toMatchObject({ status: 400 });
		expect(rejectionOf(old, id)!.reason).toMatch(/date .* impossible/);
		const negative = await push(facilitator, [
			{
				collection: 'training_sessions',
				id,
				data: sessionData({ slots: [{ ...SLOT_AM, start: '11:00', end: '10:00' }] })
			}
		]);
		expect(rejectionOf(negative, id)!.reason).toMatch(/finit avant de commencer/);
		const elu = await push(maire, [{ collection: 'training_sessions', id, data: sessionData() }]);
		expect(rejectionOf(elu, id)).toMatchObject({ status: 403 });
	});

	it('lets only the people who run it change it; the owner comes from the token', async () => {
		const other = await push(otherFacilitator, [
			{ collection: 'training_sessions', id: session, data: sessionData({ title: 'Pris' }) }
		]);
		expect(rejectionOf(other, session)).toMatchObject({ status: 403 });
		const co = await push(coFacilitator, [
			{
				collection: 'training_sessions',
				id: session,
				data: sessionData({
					co_facilitators: [coFacilitator.authStore.record!.id],
					room: 'Salle du conseil'
				})
			}
		]);
		expect(co.rejected).toEqual([]);
		const stored = await facilitator.collection('training_sessions').getOne(session);
		expect(stored.owner).toBe(facilitator.authStore.record!.id);
		expect(stored.room).toBe('Salle du conseil');
	});
});

describe('participants', () => {
	it('refuses a participant without a name, and another facilitator’s writes', async () => {
		const nameless = await participant(session, '   ');
		const response = await push(facilitator, [{ collection: 'participants', ...nameless }]);
		expect(rejectionOf(response, nameless.id)!.reason).toMatch(/Indiquez le nom/);
		const stranger = await participant(session, 'Intrus Total');
		const refused = await push(otherFacilitator, [{ collection: 'participants', ...stranger }]);
		expect(rejectionOf(refused, stranger.id)).toMatchObject({ status: 403 });
	});

	it('takes back a pulled row, whose date is in PocketBase’s form', async () => {
		const stored = await facilitator.collection('participants').getOne(withoutAccount);
		expect(stored.added_at).toMatch(/^\d{4}-\d{2}-\d{2} /);
		const again = await participant(session, 'Lucie Sanscompte', { added_at: stored.added_at });
		expect((await push(facilitator, [{ collection: 'participants', ...again }])).rejected).toEqual(
			[]
		);
	});

	it('lets an élu ask to join for themselves only', async () => {
		const me = await participant(session, 'Élu de Carcassonne', {
			user: fabrezanElu.authStore.record!.id,
			commune_insee: '11069',
			commune_name: 'Carcassonne',
			enrolment: 'demande'
		});
		expect((await push(fabrezanElu, [{ collection: 'participants', ...me }])).rejected).toEqual([]);
		const accepted = { ...me, data: { ...me.data, enrolment: 'inscrit' as const } };
		const self = await push(fabrezanElu, [{ collection: 'participants', ...accepted }]);
		expect(rejectionOf(self, me.id)).toMatchObject({ status: 403 });
		const other = await participant(session, 'Quelqu’un d’autre', { enrolment: 'demande' });
		const forOther = await push(fabrezanElu, [{ collection: 'participants', ...other }]);
		expect(rejectionOf(forOther, other.id)).toMatchObject({ status: 403 });
		expect(
			(await push(facilitator, [{ collection: 'participants', ...accepted }])).rejected
		).toEqual([]);
	});
});

describe('attendance and seals', () => {
	it('refuses an empty signature and a row of another facilitator, in French', async () => {
		const empty = await signed(session, SLOT_PM.key, withoutAccount, { signature: '' });
		const response = await push(facilitator, [{ collection: 'attendances', ...empty }]);
		expect(rejectionOf(response, empty.id)!.reason).toMatch(/signature est vide/);
		const row = await signed(session, SLOT_PM.key, withoutAccount);
		const other = await push(otherFacilitator, [{ collection: 'attendances', ...row }]);
		expect(rejectionOf(other, row.id)).toMatchObject({ status: 403 });
		const badId = await push(facilitator, [{ collection: 'attendances', ...row, id: randomId() }]);
		expect(badId.rejected[0]!.status).toBe(400);
	});

	it('accepts a replay of a signed row and of a seal once, without a new row', async () => {
		const row = await signed(session, SLOT_AM.key, maireRow);
		const again = await push(facilitator, [{ collection: 'attendances', ...row }]);
		expect(again.rejected).toEqual([]);
		expect(again.records).toContain(row.id);
		const list = await facilitator
			.collection('attendances')
			.getFullList({ filter: facilitator.filter('session = {:s}', { s: session }) });
		expect(list.filter((r) => r.participant === maireRow && r.slot === SLOT_AM.key)).toHaveLength(
			1
		);
		const stored = await facilitator.collection('attendance_seals').getOne(firstSeal);
		const replay = await push(facilitator, [
			{ collection: 'attendance_seals', id: firstSeal, data: { ...stored, covers: stored.covers } }
		]);
		expect(replay.rejected).toEqual([]);
		expect(stored.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	});

	it('refuses any change to a sealed row with a French 409; an amendment row is accepted', async () => {
		const changed = await signed(session, SLOT_AM.key, maireRow, { left_at: '11:00' });
		const response = await push(facilitator, [{ collection: 'attendances', ...changed }]);
		expect(rejectionOf(response, changed.id)).toMatchObject({ status: 409, code: 'immutable' });
		expect(rejectionOf(response, changed.id)!.reason).toMatch(/scellée/);
		const amendment = await signed(session, SLOT_AM.key, maireRow, {
			left_at: '11:00',
			amends: changed.id,
			note: 'Partie plus tôt pour un conseil municipal'
		});
		expect(
			(await push(facilitator, [{ collection: 'attendances', ...amendment }])).rejected
		).toEqual([]);
		const sealChange = await seal(session, SLOT_AM.key, amRows, {
			countersigner_name: 'Autre Nom'
		});
		const sealResponse = await push(facilitator, [
			{ collection: 'attendance_seals', id: firstSeal, data: sealChange.data }
		]);
		expect(rejectionOf(sealResponse, firstSeal)).toMatchObject({ status: 409 });
	});

	it('refuses a seal covering a stored row under another hash or of another half-day', async () => {
		const forged = await seal(session, SLOT_AM.key, [
			amRows[0]!,
			{ id: amRows[1]!.id, hash: 'f'.repeat(64) }
		]);
		const otherSlot = await seal(session, SLOT_PM.key, amRows);
		for (const s of [forged, otherSlot]) {
			const response = await push(facilitator, [{ collection: 'attendance_seals', ...s }]);
			expect(rejectionOf(response, s.id)).toMatchObject({ status: 409, code: 'immutable' });
			expect(rejectionOf(response, s.id)!.reason).toMatch(/scellez à nouveau/);
		}
	});

	it('keeps a co-facilitator’s late row uncovered until an addendum covers it', async () => {
		const late = await participant(session, 'Arrivé Tard', { walk_in: true });
		expect((await push(coFacilitator, [{ collection: 'participants', ...late }])).rejected).toEqual(
			[]
		);
		const row = await signed(session, SLOT_AM.key, late.id, { arrived_at: '10:15' });
		expect((await push(coFacilitator, [{ collection: 'attendances', ...row }])).rejected).toEqual(
			[]
		);
		lateRow = { id: row.id, hash: row.data.hash };
		const rows = await facilitator.collection('attendances').getFullList({
			filter: facilitator.filter('session = {:s} && slot = {:slot} && amends = ""', {
				s: session,
				slot: SLOT_AM.key
			})
		});
		const seals = await facilitator.collection('attendance_seals').getFullList({
			filter: facilitator.filter('session = {:s}', { s: session })
		});
		const before = slotCoverage(rows as never, seals as never);
		expect(before.state).toBe('uncovered');
		expect(before.uncovered).toEqual([lateRow.id]);
		const addendum = await seal(session, SLOT_AM.key, [lateRow], {
			addendum_of: firstSeal,
			sealed_at: '2026-12-10T12:10:00.000Z'
		});
		expect(
			(await push(coFacilitator, [{ collection: 'attendance_seals', ...addendum }])).rejected
		).toEqual([]);
		const after = await facilitator.collection('attendance_seals').getFullList({
			filter: facilitator.filter('session = {:s}', { s: session })
		});
		expect(slotCoverage(rows as never, after as never).state).toBe('sealed');
	});

	it('refuses REST writes to every sessions collection', async () => {
		for (const name of ['training_sessions', 'participants', 'attendances', 'attendance_seals']) {
			await expect(facilitator.collection(name).update(session, { title: 'x' })).rejects.toThrow();
			await expect(facilitator.collection(name).create({})).rejects.toThrow();
		}
	});
});

describe('who sees what (DESIGN.md § 6)', () => {
	async function visible(pb: PocketBase, name: string) {
		const rows = await pb
			.collection(name)
			.getFullList({ filter: pb.filter('session = {:s}', { s: session }) });
		return rows.length;
	}

	it('shows names and signatures to the facilitators, the coordinator of the territory and the national team only', async () => {
		const matrix: [string, PocketBase, number, number][] = [
			// who, client, participants, attendance rows (3 signed, 1 amendment, 1 late)
			['facilitator', facilitator, 5, 5],
			['co-facilitator', coFacilitator, 5, 5],
			['coordinator of the Aude', coordAude, 5, 5],
			['national team', national, 5, 5],
			['another facilitator', otherFacilitator, 0, 0],
			['coordinator of the Loire', coordLoire, 0, 0],
			['élu of another département', etienne, 0, 0]
		];
		for (const [who, pb, participants, rows] of matrix) {
			expect(await visible(pb, 'participants'), who).toBe(participants);
			expect(await visible(pb, 'attendances'), who).toBe(rows);
		}
	});

	it('shows an élu their own rows only, never another élu’s', async () => {
		const mine = await maire
			.collection('attendances')
			.getFullList({ filter: maire.filter('session = {:s}', { s: session }) });
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((r) => r.subject_user === maire.authStore.record!.id)).toBe(true);
		const people = await maire
			.collection('participants')
			.getFullList({ filter: maire.filter('session = {:s}', { s: session }) });
		expect(people.map((p) => p.id)).toEqual([maireRow]);
		expect(await visible(fabrezanElu, 'attendances')).toBe(0);
	});

	it('pulls the same through sync: the facilitator everything, the mayor their rows, a stranger nothing', async () => {
		const count = async (pb: PocketBase, collection: string) =>
			(await pullAll(pb, `d-${randomId(6)}`)).recordChanges.filter(
				(c) =>
					c.collection === collection &&
					(c.id === session || (c.data as { session?: string }).session === session)
			).length;
		expect(await count(facilitator, 'attendances')).toBe(5);
		expect(await count(coFacilitator, 'attendance_seals')).toBe(2);
		// A co-facilitator is found through the session's JSON list (lib/sync/scope.js sessionsRunBy).
		expect(await count(coFacilitator, 'attendances')).toBe(5);
		expect(await count(coFacilitator, 'participants')).toBe(5);
		expect(await count(coFacilitator, 'training_sessions')).toBe(1);
		expect(await count(otherFacilitator, 'attendances')).toBe(0);
		const maireRows = (await pullAll(maire, `d-${randomId(6)}`)).recordChanges.filter(
			(c) => c.collection === 'attendances' && (c.data as { session?: string }).session === session
		);
		expect(maireRows.length).toBeGreaterThan(0);
		expect(
			maireRows.every(
				(c) => (c.data as { subject_user: string }).subject_user === maire.authStore.record!.id
			)
		).toBe(true);
		expect(await count(maire, 'attendance_seals')).toBe(2);
		expect(await count(etienne, 'attendances')).toBe(0);
		expect(await count(etienne, 'participants')).toBe(0);
		expect(await count(etienne, 'training_sessions')).toBe(0);
		expect(await count(fabrezanElu, 'training_sessions')).toBe(1);
	});
});

describe('the migration and scope.js', () => {
	it('set the same list and view rules', async () => {
		const { API_RULES } = requireHook<{ API_RULES: Record<string, string> }>('lib/sync/scope.js');
		const admin = await adminClient(url);
		const expected: Record<string, string> = {
			training_sessions: API_RULES.sessionReaders!,
			participants: API_RULES.participantReaders!,
			attendances: API_RULES.attendanceReaders!,
			attendance_seals: API_RULES.sealReaders!
		};
		for (const [name, rule] of Object.entries(expected)) {
			const collection = await admin.collections.getOne(name);
			expect(collection.listRule, name).toBe(rule);
			expect(collection.viewRule, name).toBe(rule);
			expect(collection.createRule ?? null, name).toBeNull();
			expect(collection.updateRule ?? null, name).toBeNull();
			expect(collection.deleteRule ?? null, name).toBeNull();
		}
	});

	it('hash a row with a decomposed accent and a quote in its note as the app does', async () => {
		const late = await participant(session, 'Zoé Guillemets');
		expect((await push(facilitator, [{ collection: 'participants', ...late }])).rejected).toEqual(
			[]
		);
		const row = await signed(session, SLOT_PM.key, late.id, {
			note: '  Arrive\u0301e « en retard » \\ "train" \t ',
			arrived_at: '14:20'
		});
		const response = await push(facilitator, [{ collection: 'attendances', ...row }]);
		expect(response.rejected).toEqual([]);
	});
});

describe('the charter signed in the room (DESIGN.md § 6)', () => {
	async function roomCharter(participantId: string, insee = '11185', name = 'Lucie Sanscompte') {
		const sealed = await sealCharter({
			version: '2026-1',
			textHash: await charterTextHash('2026-1'),
			signerName: name,
			mandate: 'conseiller',
			communeInsee: insee,
			communeName: insee === '11185' ? 'Lagrasse' : 'Carcassonne',
			signedAt: '2026-12-10T16:30:00.000Z',
			signature: drawn(),
			countersignerName: 'Sophie Durand',
			countersignature: drawn(),
			participantId
		});
		return {
			collection: 'charters',
			id: sealed.hash.slice(0, 15),
			data: charterRecordData(sealed)
		};
	}

	it('is stored for a participant without an account, authored by the facilitator, and never changes', async () => {
		const charter = await roomCharter(withoutAccount);
		expect((await push(facilitator, [charter])).rejected).toEqual([]);
		const stored = await facilitator.collection('charters').getOne(charter.id);
		expect(stored).toMatchObject({
			participant: withoutAccount,
			user: facilitator.authStore.record!.id
		});
		expect((await push(facilitator, [charter])).rejected).toEqual([]);
		const changed = { ...charter, data: { ...charter.data, signer_name: 'Autre' } };
		expect((await push(facilitator, [changed])).rejected[0]).toMatchObject({ status: 409 });
	});

	it('is refused to whoever does not run the session, and for another commune', async () => {
		const other = await roomCharter(maireRow, '11185', 'Claire Martin');
		expect((await push(otherFacilitator, [other])).rejected[0]).toMatchObject({ status: 403 });
		expect((await push(etienne, [other])).rejected[0]).toMatchObject({ status: 403 });
		const elsewhere = await roomCharter(maireRow, '11069', 'Claire Martin');
		const refused = (await push(facilitator, [elsewhere])).rejected[0]!;
		expect(refused).toMatchObject({ status: 403 });
		expect(refused.reason).toMatch(/commune de la charte/);
	});
});
