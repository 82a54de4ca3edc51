// Records of the sessions feature as a device builds them (with the app's own domain functions:
// ids, canonical hashes, seals), for server specs and benches: a session in Lagrasse over two
// half-days, participants, signed rows, seals, and a push helper that sends them through the
// sync route.
import type PocketBase from 'pocketbase';
import {
	attendanceId,
	hashAttendance,
	hashSeal,
	participantId,
	type AttendanceData,
	type ParticipantData,
	type SealCover,
	type SealData,
	type SessionData
} from '../../src/lib/features/sessions';
import { nextRev, randomId } from './ids';
import { signature } from './state';
import { sync } from './sync';

export const SLOT_AM = {
	key: '2026-12-10-am',
	date: '2026-12-10',
	start: '09:00',
	end: '12:00',
	modules: ['ic-1']
};
export const SLOT_PM = {
	key: '2026-12-10-pm',
	date: '2026-12-10',
	start: '14:00',
	end: '17:00',
	modules: ['ic-2']
};

export function sessionData(overrides: Partial<SessionData> = {}): SessionData {
	return {
		title: 'Coopérer entre élus',
		volet: 'intelligence_collective',
		modules: ['ic-1', 'ic-2'],
		slots: [SLOT_AM, SLOT_PM],
		commune_insee: '11185',
		commune_name: 'Lagrasse',
		room: 'Salle des fêtes',
		modality: 'presentiel',
		co_facilitators: [],
		capacity: 20,
		status: 'prevue',
		notes: '',
		...overrides
	};
}

export async function participant(
	session: string,
	name: string,
	overrides: Partial<ParticipantData> = {}
): Promise<{ id: string; data: ParticipantData }> {
	const data: ParticipantData = {
		session,
		user: '',
		name,
		mandate: 'conseiller',
		commune_insee: '11185',
		commune_name: 'Lagrasse',
		email: '',
		funding: 'gratuit',
		enrolment: 'inscrit',
		walk_in: false,
		added_at: '2026-12-01T10:00:00.000Z',
		...overrides
	};
	return { id: await participantId(session, data.name, data.commune_insee), data };
}

export async function signed(
	session: string,
	slot: string,
	participantRow: string,
	overrides: Partial<AttendanceData> = {}
): Promise<{ id: string; data: AttendanceData }> {
	const data = await hashAttendance({
		session,
		slot,
		participant: participantRow,
		status: 'present',
		mode: 'sur_place',
		signature: signature(),
		signed_at: '2026-12-10T08:05:00.000Z',
		arrived_at: '',
		left_at: '',
		amends: '',
		note: '',
		...overrides
	});
	const id = data.amends ? randomId() : await attendanceId(session, slot, participantRow);
	return { id, data };
}

export async function seal(
	session: string,
	slot: string,
	covers: SealCover[],
	overrides: Partial<SealData> = {}
): Promise<{ id: string; data: SealData }> {
	const data = await hashSeal({
		session,
		slot,
		covers,
		countersigner_name: 'Sophie Animatrice',
		countersignature: signature(),
		sealed_at: '2026-12-10T11:55:00.000Z',
		addendum_of: '',
		...overrides
	});
	return { id: randomId(), data };
}

/** Pushes records (each `{ collection, id, data }`) in one request as `pb`'s user. */
export function push(
	pb: PocketBase,
	records: { collection: string; id: string; data: object; rev?: number }[],
	device = `d-${randomId(6)}`
) {
	return sync(pb, {
		device,
		records: records.map((r) => ({
			collection: r.collection,
			id: r.id,
			rev: r.rev ?? nextRev(),
			data: r.data
		}))
	});
}
