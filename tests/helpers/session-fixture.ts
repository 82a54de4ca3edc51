// A training session as a facilitator's tablet holds it after a day in the room, built with the
// sessions feature's own ids and hashes: N participants over two half-days, each signing with a
// finger-like signature; one absent in the morning then corrected by an amendment covered by an
// addendum seal, a late arrival, an early departure, a walk-in, and (optionally) a row from the
// co-facilitator's tablet that arrived after the afternoon's seal and is left uncovered.
import {
	attendanceId,
	hashAttendance,
	hashSeal,
	participantId,
	type AttendanceStored,
	type ParticipantRow,
	type SealRow,
	type SessionRow
} from '../../src/lib/features/sessions';
import { fakeSignature } from './signatures';

const FIRST = [
	'Élodie',
	'François',
	'Maëlle',
	'Jérôme',
	'Agnès',
	'Benoît',
	'Chloé',
	'Noël',
	'Françoise',
	'Loïc',
	'Hélène',
	'Gaëtan',
	'Bérénice',
	'Anaïs',
	'Rémi'
];
const LAST = [
	'Lefèvre',
	'Dupré',
	'Cœurdevey',
	'Garçon',
	'Delacroix',
	'Bénard',
	'Thévenot',
	'Müller',
	'Péquignot',
	'Laîné',
	'Ébrard',
	'Rousseau',
	"D'Aubigné",
	'Castéra',
	'Fabre'
];
const COMMUNES = [
	['11185', 'Lagrasse'],
	['11069', 'Carcassonne'],
	['11203', 'Lézignan-Corbières'],
	['11262', 'Narbonne'],
	['11016', 'Axat']
] as const;
const MANDATES = ['maire', 'adjoint', 'conseiller', 'conseiller', 'adjoint'] as const;

export interface SessionFixture {
	session: SessionRow;
	participants: ParticipantRow[];
	attendances: AttendanceStored[];
	seals: SealRow[];
}

/** A sealed two-half-day session of `count` participants (see the header for what it holds). */
export async function sessionFixture(
	count = 12,
	options: { uncovered?: boolean; date?: string } = {}
): Promise<SessionFixture> {
	const date = options.date ?? '2026-12-05';
	const session: SessionRow = {
		id: 'sessfixture0001',
		title: 'S’initier à l’intelligence collective',
		volet: 'intelligence_collective',
		modules: ['ic-1', 'ic-2'],
		slots: [
			{ key: `${date}-am`, date, start: '09:00', end: '12:00', modules: ['ic-1'] },
			{ key: `${date}-pm`, date, start: '13:30', end: '16:30', modules: ['ic-2'] }
		],
		commune_insee: '11185',
		commune_name: 'Lagrasse',
		room: 'Salle des fêtes, 2 place de la Halle',
		modality: 'presentiel',
		co_facilitators: [],
		capacity: 40,
		status: 'prevue',
		notes: ''
	};
	const participants: ParticipantRow[] = [];
	for (let i = 0; i < count; i++) {
		const [insee, communeName] = COMMUNES[i % COMMUNES.length]!;
		const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${i}` : ''}`;
		participants.push({
			id: await participantId(session.id, name, insee),
			session: session.id,
			user: '',
			name,
			mandate: MANDATES[i % MANDATES.length]!,
			commune_insee: insee,
			commune_name: communeName,
			email: '',
			funding: 'gratuit',
			enrolment: 'inscrit',
			walk_in: i === count - 1,
			added_at: `${date}T08:30:00.000Z`
		});
	}
	const attendances: AttendanceStored[] = [];
	const seals: SealRow[] = [];
	const facilitator = 'Camille Lefèvre-Duchâteau';
	for (const [s, slot] of session.slots.entries()) {
		const rows: AttendanceStored[] = [];
		for (const [i, p] of participants.entries()) {
			const absent = s === 0 && i === 2;
			const data = await hashAttendance({
				session: session.id,
				slot: slot.key,
				participant: p.id,
				status: absent ? 'absent' : 'present',
				mode: 'sur_place',
				signature: absent ? '' : fakeSignature(1000 * s + i + 1),
				signed_at: `${date}T${s === 0 ? '08' : '12'}:${String(10 + (i % 40)).padStart(2, '0')}:00.000Z`,
				arrived_at: s === 0 && i === 4 ? '09:40' : '',
				left_at: s === 1 && i === 6 ? '16:00' : '',
				amends: '',
				note: ''
			});
			rows.push({ id: await attendanceId(session.id, slot.key, p.id), ...data });
		}
		attendances.push(...rows);
		const seal = await hashSeal({
			session: session.id,
			slot: slot.key,
			covers: rows.map((r) => ({ id: r.id, hash: r.hash })),
			countersigner_name: facilitator,
			countersignature: fakeSignature(9000 + s),
			sealed_at: `${date}T${s === 0 ? '11' : '15'}:05:00.000Z`,
			addendum_of: ''
		});
		seals.push({ id: `sealfixture000${s}`, ...seal });
	}
	// Morning: the absent participant had in fact arrived late: an amendment, then an addendum.
	const morning = session.slots[0]!;
	const corrected = attendances.find((r) => r.slot === morning.key && r.status === 'absent')!;
	const amendment = await hashAttendance({
		session: corrected.session,
		slot: corrected.slot,
		participant: corrected.participant,
		mode: corrected.mode,
		left_at: '',
		status: 'present',
		signature: fakeSignature(777),
		signed_at: `${date}T11:20:00.000Z`,
		arrived_at: '10:15',
		amends: corrected.id,
		note: 'Arrivée après l’appel, signature recueillie à la pause.'
	});
	attendances.push({ id: 'amendfixture001', ...amendment });
	const addendum = await hashSeal({
		session: session.id,
		slot: morning.key,
		covers: [{ id: 'amendfixture001', hash: amendment.hash }],
		countersigner_name: facilitator,
		countersignature: fakeSignature(9100),
		sealed_at: `${date}T11:25:00.000Z`,
		addendum_of: seals[0]!.id
	});
	seals.push({ id: 'sealfixture0010', ...addendum });
	if (options.uncovered) {
		// The co-facilitator's tablet: a walk-in signed after the afternoon's seal.
		const afternoon = session.slots[1]!;
		const name = 'Noémie Château-Thierry';
		const p: ParticipantRow = {
			...participants[0]!,
			id: await participantId(session.id, name, '11185'),
			name,
			commune_insee: '11185',
			commune_name: 'Lagrasse',
			walk_in: true
		};
		participants.push(p);
		const late = await hashAttendance({
			session: session.id,
			slot: afternoon.key,
			participant: p.id,
			status: 'present',
			mode: 'sur_place',
			signature: fakeSignature(4242),
			signed_at: `${date}T15:20:00.000Z`,
			arrived_at: '14:10',
			left_at: '',
			amends: '',
			note: ''
		});
		attendances.push({ id: await attendanceId(session.id, afternoon.key, p.id), ...late });
	}
	return { session, participants, attendances, seals };
}
