// The demo world's training sessions, pushed as the demo facilitator's tablet would, through
// POST /api/collab/sync: an upcoming session in Lagrasse (volet 1, modules ic-1 and ic-2 over two
// half-days, 12 participants including the demo mayor and deputy, 4 without an account) and a
// past one whose two half-days are signed and sealed (the mayor's "Mes sessions" then offers a
// certificate). Dates follow the seeding day; ids and versions are fixed (rev 1), so seeding
// again is a replay that changes nothing. Creates the six demo élus the upcoming session names.
import { DEMO_PASSWORD } from './demo.mjs';
import { accountByEmail, pushSync, recordExists, signInDemo } from './demo-client.mjs';
import {
	attendanceId,
	demoSignature,
	hashedAttendance,
	hashedSeal,
	participantId
} from './sessions-records.mjs';

export const DEMO_SESSIONS = { upcoming: 'sessiondemo0001', past: 'sessiondemo0002' };
const DEVICE = 'seed-demo-sessions';
const FACILITATOR = 'facilitateur.demo@collabactons.fr';

/** Élus of the demo commune enrolled in the upcoming session (accounts created if missing). */
export const DEMO_SESSION_ELUS = [
	{ email: 'elu1.sessions.demo@collabactons.fr', name: 'Élodie Roux', mandate: 'conseiller' },
	{ email: 'elu2.sessions.demo@collabactons.fr', name: 'José Garcia', mandate: 'conseiller' },
	{ email: 'elu3.sessions.demo@collabactons.fr', name: 'Thi Nguyen', mandate: 'adjoint' },
	{ email: 'elu4.sessions.demo@collabactons.fr', name: 'Luc Bernard', mandate: 'conseiller' },
	{ email: 'elu5.sessions.demo@collabactons.fr', name: 'Anaïs Petit', mandate: 'conseiller' },
	{ email: 'elu6.sessions.demo@collabactons.fr', name: 'Noël Lambert', mandate: 'conseiller' }
];
const WITHOUT_ACCOUNT = ['Maëlle Fabre', 'François Moreau', 'Inès Girard', 'Paul Cazals'];

/** `YYYY-MM-DD`, `days` after `now` (UTC day). @param {number} days @param {Date} now */
function day(days, now) {
	return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** @param {string} date */
function slots(date) {
	return [
		{ key: `${date}-am`, date, start: '09:00', end: '12:00', modules: ['ic-1'] },
		{ key: `${date}-pm`, date, start: '14:00', end: '17:00', modules: ['ic-2'] }
	];
}

/** @param {string} title @param {string} date */
function session(title, date) {
	return {
		title,
		volet: 'intelligence_collective',
		modules: ['ic-1', 'ic-2'],
		slots: slots(date),
		commune_insee: '11185',
		commune_name: 'Lagrasse',
		room: 'Salle des fêtes, place de la Halle',
		modality: 'presentiel',
		co_facilitators: [],
		capacity: 15,
		status: 'prevue',
		notes: ''
	};
}

/**
 * A participant record.
 * @param {string} sessionId
 * @param {{ name: string, user?: string, mandate?: string }} person
 * @param {string} addedAt
 */
function participant(sessionId, person, addedAt) {
	return {
		collection: 'participants',
		id: participantId(sessionId, person.name, '11185'),
		rev: 1,
		data: {
			session: sessionId,
			user: person.user ?? '',
			name: person.name,
			mandate: person.mandate ?? 'conseiller',
			commune_insee: '11185',
			commune_name: 'Lagrasse',
			email: '',
			funding: 'gratuit',
			enrolment: 'inscrit',
			walk_in: false,
			added_at: addedAt
		}
	};
}

/**
 * Pushes the demo sessions (and creates their demo élus) for the demo commune `commune`.
 * @param {import('pocketbase').default} admin a superuser client
 * @param {{ id: string }} commune
 * @param {Date} [now]
 * @returns {Promise<typeof DEMO_SESSIONS>}
 */
export async function pushDemoSessions(admin, commune, now = new Date()) {
	const account = (/** @type {string} */ email) => accountByEmail(admin, email);
	for (const elu of DEMO_SESSION_ELUS) {
		if (await recordExists(admin, 'users', elu.email, 'email')) continue;
		await admin.collection('users').create({
			...elu,
			role: 'elu',
			communes: [commune.id],
			password: DEMO_PASSWORD,
			passwordConfirm: DEMO_PASSWORD,
			verified: true
		});
	}
	const maire = await account('maire.demo@collabactons.fr');
	const adjoint = await account('adjoint.demo@collabactons.fr');
	const facilitator = await account(FACILITATOR);
	const elus = await Promise.all(DEMO_SESSION_ELUS.map((e) => account(e.email)));
	const pb = await signInDemo(admin.baseURL, FACILITATOR);

	const upcomingDate = day(14, now);
	const pastDate = day(-30, now);
	const addedAt = `${day(-45, now)}T10:00:00.000Z`;
	/** @type {{ collection: string, id: string, rev: number, data: object }[]} */
	const records = [
		{
			collection: 'training_sessions',
			id: DEMO_SESSIONS.upcoming,
			rev: 1,
			data: session('Coopérer entre élus — Corbières', upcomingDate)
		},
		{
			collection: 'training_sessions',
			id: DEMO_SESSIONS.past,
			rev: 1,
			data: session('Intelligence collective — première session', pastDate)
		}
	];
	const mayor = { name: String(maire.name), user: maire.id, mandate: 'maire' };
	const deputy = { name: String(adjoint.name), user: adjoint.id, mandate: 'adjoint' };
	const upcoming = [
		mayor,
		deputy,
		...elus.map((e) => ({ name: String(e.name), user: e.id, mandate: String(e.mandate) })),
		...WITHOUT_ACCOUNT.map((name) => ({ name }))
	];
	for (const person of upcoming) records.push(participant(DEMO_SESSIONS.upcoming, person, addedAt));
	const past = [mayor, deputy, ...WITHOUT_ACCOUNT.slice(0, 3).map((name) => ({ name }))];
	const pastPeople = past.map((person) => participant(DEMO_SESSIONS.past, person, addedAt));
	records.push(...pastPeople);

	for (const slot of slots(pastDate)) {
		const rows = pastPeople.map((p, index) => {
			const absent = slot.key.endsWith('-pm') && index === past.length - 1;
			const name = String(/** @type {{ name: string }} */ (p.data).name);
			const data = hashedAttendance({
				session: DEMO_SESSIONS.past,
				slot: slot.key,
				participant: p.id,
				status: absent ? 'absent' : 'present',
				signature: absent ? '' : demoSignature(name),
				signed_at: `${pastDate}T${slot.key.endsWith('-am') ? '08' : '13'}:${String(5 + index).padStart(2, '0')}:00.000Z`
			});
			return {
				collection: 'attendances',
				id: attendanceId(DEMO_SESSIONS.past, slot.key, p.id),
				rev: 1,
				data
			};
		});
		records.push(...rows);
		const seal = hashedSeal({
			session: DEMO_SESSIONS.past,
			slot: slot.key,
			covers: rows.map((r) => ({ id: r.id, hash: r.data.hash })),
			countersigner_name: String(facilitator.name),
			countersignature: demoSignature(String(facilitator.name)),
			sealed_at: `${pastDate}T${slot.key.endsWith('-am') ? '10' : '15'}:55:00.000Z`
		});
		records.push({
			collection: 'attendance_seals',
			id: seal.hash.slice(0, 15),
			rev: 1,
			data: seal
		});
	}
	await pushSync(pb, DEVICE, 'demo sessions', { records });
	return DEMO_SESSIONS;
}
