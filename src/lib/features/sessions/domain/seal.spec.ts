import { describe, expect, it } from 'vitest';
import {
	hashAttendance,
	effectiveAttendance,
	validateAttendance,
	type AttendanceContent
} from './attendance';
import { attendanceId, participantId, personKey } from './ids';
import { hashSeal, nextCovers, sealReceipt, slotCoverage } from './seal';

const SIG =
	'M 20 80 L 35 88 L 50 96 L 65 104 L 80 112 L 95 80 L 110 88 L 125 96 L 140 104 L 155 112';

function content(overrides: Partial<AttendanceContent> = {}): AttendanceContent {
	return {
		session: 'sessionaaaaaaaa',
		slot: '2026-12-10-am',
		participant: 'personaaaaaaaaa',
		status: 'present',
		mode: 'sur_place',
		signature: SIG,
		signed_at: '2026-12-10T08:05:00.000Z',
		arrived_at: '',
		left_at: '',
		amends: '',
		note: '',
		...overrides
	};
}

describe('ids', () => {
	it('give the same person one id whatever the order, case or accents of their name', async () => {
		expect(personKey('DUPONT Marie-Hélène')).toBe(personKey('  marie hélène   Dupont '));
		expect(await participantId('s', 'Élodie Martin', '11185')).toBe(
			await participantId('s', 'MARTIN elodie', '11185')
		);
		expect(await participantId('s', 'Élodie Martin', '11185')).not.toBe(
			await participantId('s', 'Élodie Martin', '11069')
		);
	});

	it('give two tablets the same attendance id for (session, slot, participant)', async () => {
		const a = await attendanceId('sessionaaaaaaaa', '2026-12-10-am', 'personaaaaaaaaa');
		expect(a).toMatch(/^[0-9a-f]{15}$/);
		expect(await attendanceId('sessionaaaaaaaa', '2026-12-10-am', 'personaaaaaaaaa')).toBe(a);
		expect(await attendanceId('sessionaaaaaaaa', '2026-12-10-pm', 'personaaaaaaaaa')).not.toBe(a);
	});
});

describe('attendance rows', () => {
	it('refuse an empty or tapped signature, and a departure before the arrival, in French', () => {
		expect(validateAttendance(content({ signature: '' }))[0]!.message).toMatch(
			/signature est vide/
		);
		expect(validateAttendance(content({ signature: 'M 10 10 L 11 11' }))[0]!.message).toMatch(
			/trop courte/
		);
		expect(
			validateAttendance(content({ arrived_at: '10:00', left_at: '09:30' }))[0]!.message
		).toMatch(/départ doit suivre/);
		expect(validateAttendance(content({ status: 'absent', signature: '' }))).toEqual([]);
		expect(validateAttendance(content())).toEqual([]);
	});

	it('hash the same content to the same hash, a changed time to another', async () => {
		const a = await hashAttendance(content());
		expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
		expect((await hashAttendance(content())).hash).toBe(a.hash);
		expect((await hashAttendance(content({ left_at: '11:00' }))).hash).not.toBe(a.hash);
		// The note is kept trimmed and in NFC, so the hash does not depend on how it was typed.
		expect((await hashAttendance(content({ note: ' Arrive\u0301e ' }))).hash).toBe(
			(await hashAttendance(content({ note: 'Arrivée' }))).hash
		);
	});

	it('count the newest amendment of a row, not the row it corrects', () => {
		const rows = [
			{ id: 'original0000000', ...content(), hash: 'a'.repeat(64) },
			{
				id: 'amendment000000',
				...content({
					amends: 'original0000000',
					left_at: '11:00',
					signed_at: '2026-12-10T11:30:00.000Z'
				}),
				hash: 'b'.repeat(64)
			}
		];
		expect(effectiveAttendance(rows).get('personaaaaaaaaa')!.id).toBe('amendment000000');
	});
});

describe('seals', () => {
	it('cover the rows they list; a later row stays uncovered until an addendum', async () => {
		const one = { id: 'rowaaaaaaaaaaaa', hash: 'a'.repeat(64) };
		const two = { id: 'rowbbbbbbbbbbbb', hash: 'b'.repeat(64) };
		expect(slotCoverage([one], []).state).toBe('open');
		const first = {
			id: 'sealaaaaaaaaaaa',
			...(await hashSeal({
				session: 's',
				slot: 'x',
				covers: nextCovers([one], []),
				countersigner_name: ' Sophie ',
				countersignature: SIG,
				sealed_at: '2026-12-10T11:55:00.000Z',
				addendum_of: ''
			}))
		};
		expect(first.countersigner_name).toBe('Sophie');
		expect(slotCoverage([one], [first]).state).toBe('sealed');
		const late = slotCoverage([one, two], [first]);
		expect(late.state).toBe('uncovered');
		expect(late.uncovered).toEqual([two.id]);
		expect(nextCovers([one, two], [first])).toEqual([two]);
		const addendum = {
			id: 'sealbbbbbbbbbbb',
			...(await hashSeal({
				session: 's',
				slot: 'x',
				covers: [two],
				countersigner_name: 'Sophie',
				countersignature: SIG,
				sealed_at: '2026-12-10T12:10:00.000Z',
				addendum_of: first.id
			}))
		};
		expect(slotCoverage([one, two], [first, addendum]).state).toBe('sealed');
		// A covered row whose content changed is not covered any more.
		expect(slotCoverage([{ ...one, hash: 'c'.repeat(64) }], [first]).state).toBe('uncovered');
		expect(sealReceipt(first)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	});

	it('hash the covers in id order, whatever the order they were listed in', async () => {
		const covers = [
			{ id: 'rowbbbbbbbbbbbb', hash: 'b'.repeat(64) },
			{ id: 'rowaaaaaaaaaaaa', hash: 'a'.repeat(64) }
		];
		const base = {
			session: 's',
			slot: 'x',
			countersigner_name: 'S',
			countersignature: SIG,
			sealed_at: '2026-12-10T11:55:00.000Z',
			addendum_of: ''
		};
		expect((await hashSeal({ ...base, covers })).hash).toBe(
			(await hashSeal({ ...base, covers: [...covers].reverse() })).hash
		);
	});
});
