// The demo sessions of the seed (scripts/seed/demo-sessions.mjs) as the checks read them
// through the API, and the seed's plain-Node hashes against the app's domain: the demo
// facilitator sees both sessions, 12 participants (4 without an account) and the sealed
// attendance of the past one; the demo mayor sees only their own rows and has a sealed half-day
// (their certificate); an élu of another commune sees nothing. In an own PocketBase: the shared
// one holds what other specs add around the demo world.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	attendanceId,
	attendedSlots,
	hashAttendance,
	hashSeal,
	participantId
} from '../../src/lib/features/sessions';
import * as seed from '../../scripts/seed/sessions-records.mjs';
import { DEMO_SESSIONS } from '../../scripts/seed/demo-sessions.mjs';
import { communeId, createUser, DEMO, userClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let url = '';
beforeAll(async () => {
	server = await startTestServer();
	url = server.url;
}, 120_000);
afterAll(() => server.dispose());

describe('the seed’s session records', () => {
	it('hash and name rows exactly as the app does', async () => {
		const names = ['Claire Martin', 'Maëlle Fabre', 'ÉLODIE  roux', 'Zoë "Guillemets" \\ Test'];
		for (const name of names) {
			expect(seed.participantId('sessiondemo0001', name, '11185')).toBe(
				await participantId('sessiondemo0001', name, '11185')
			);
			const row = {
				session: 'sessiondemo0001',
				slot: '2026-12-10-am',
				participant: seed.participantId('sessiondemo0001', name, '11185'),
				status: 'present' as const,
				mode: 'sur_place' as const,
				signature: seed.demoSignature(name),
				signed_at: '2026-12-10T08:05:00.000Z',
				arrived_at: '10:15',
				left_at: '',
				amends: '',
				note: ` ${name}\u0301 `
			};
			expect(seed.hashedAttendance(row).hash).toBe((await hashAttendance(row)).hash);
			expect(seed.attendanceId(row.session, row.slot, row.participant)).toBe(
				await attendanceId(row.session, row.slot, row.participant)
			);
			const covers = [
				{ id: 'rowbbbbbbbbbbbb', hash: 'b'.repeat(64) },
				{ id: 'rowaaaaaaaaaaaa', hash: 'a'.repeat(64) }
			];
			const content = {
				session: 'sessiondemo0001',
				slot: '2026-12-10-am',
				covers,
				countersigner_name: ` ${name} `,
				countersignature: seed.demoSignature('Sophie Durand'),
				sealed_at: '2026-12-10T11:55:00.000Z',
				addendum_of: ''
			};
			expect(seed.hashedSeal(content).hash).toBe((await hashSeal(content)).hash);
		}
	});
});

describe('the demo sessions', () => {
	it('show the facilitator both sessions, their participants and the sealed attendance', async () => {
		const pb = await userClient(url, DEMO.facilitateur);
		const sessions = await pb.collection('training_sessions').getFullList();
		expect(sessions.map((s) => s.id)).toEqual(
			expect.arrayContaining([DEMO_SESSIONS.upcoming, DEMO_SESSIONS.past])
		);
		const people = await pb.collection('participants').getFullList({
			filter: pb.filter('session = {:s}', { s: DEMO_SESSIONS.upcoming })
		});
		expect(people).toHaveLength(12);
		expect(people.filter((p) => !p.user)).toHaveLength(4);
		const rows = await pb.collection('attendances').getFullList({
			filter: pb.filter('session = {:s}', { s: DEMO_SESSIONS.past })
		});
		const seals = await pb.collection('attendance_seals').getFullList({
			filter: pb.filter('session = {:s}', { s: DEMO_SESSIONS.past })
		});
		expect(rows).toHaveLength(10);
		expect(seals).toHaveLength(2);
		const covered = new Set(seals.flatMap((s) => s.covers.map((c: { id: string }) => c.id)));
		expect(rows.every((r) => covered.has(r.id))).toBe(true);
	});

	it('show the mayor only their own rows, with a sealed half-day for the certificate', async () => {
		const pb = await userClient(url, DEMO.maire);
		const me = pb.authStore.record!.id;
		const rows = await pb.collection('attendances').getFullList();
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.subject_user === me)).toBe(true);
		const seals = await pb.collection('attendance_seals').getFullList({
			filter: pb.filter('session = {:s}', { s: DEMO_SESSIONS.past })
		});
		const past = await pb.collection('training_sessions').getOne(DEMO_SESSIONS.past);
		const mine = (await pb.collection('participants').getFullList()).find(
			(p) => p.session === DEMO_SESSIONS.past
		)!;
		expect(attendedSlots(past as never, mine.id, rows as never, seals as never)).toHaveLength(2);
	});

	it('show an élu of another commune none of it', async () => {
		const pb = await createUser(url, {
			email: 'elu.sessions.ungersheim@example.fr',
			role: 'elu',
			communes: [await communeId(url, '68343')]
		});
		for (const name of ['training_sessions', 'participants', 'attendances', 'attendance_seals']) {
			expect(await pb.collection(name).getFullList(), name).toEqual([]);
		}
	});
});
