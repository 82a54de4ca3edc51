// What the platform needs from the sessions feature (read by the registry, src/lib/collections.ts):
// four record collections — `training_sessions` (a planned session and its half-days),
// `participants` (the people in it, with or without an account), `attendances` (one row per
// participant × half-day, or an amendment), `attendance_seals` (the countersignature of a
// half-day) — synced, restored after a server restore and carried in files. The server twins are
// pocketbase/pb_hooks/lib/sync/collections/{training_sessions,participants,attendances,
// attendance_seals}.js. Service-worker safe: no Svelte, no state, no components.
import { defineCollection, type StoredRecord } from '$lib/local/collection';

/** A stored session, participant, attendance or seal: its record data plus its id. */
export type SessionRecordRow = StoredRecord;

declare module '$lib/local/db' {
	interface UserDatabase {
		training_sessions: import('dexie').EntityTable<SessionRecordRow, 'id'>;
		participants: import('dexie').EntityTable<SessionRecordRow, 'id'>;
		attendances: import('dexie').EntityTable<SessionRecordRow, 'id'>;
		attendance_seals: import('dexie').EntityTable<SessionRecordRow, 'id'>;
	}
}

/** The row's pushable fields only: what the server sets (owner, author, receipt…) stays home. */
function pick(fields: readonly string[]) {
	return (row: SessionRecordRow): Record<string, unknown> => {
		const data: Record<string, unknown> = {};
		for (const field of fields) if (row[field] !== undefined) data[field] = row[field];
		return data;
	};
}

const SESSION_FIELDS = [
	'title',
	'volet',
	'modules',
	'slots',
	'commune_insee',
	'commune_name',
	'room',
	'modality',
	'co_facilitators',
	'capacity',
	'status',
	'notes'
] as const;

export const trainingSessionsCollection = defineCollection<SessionRecordRow>({
	name: 'training_sessions',
	since: 6,
	indexes: 'id',
	fields: SESSION_FIELDS,
	toWire: pick(SESSION_FIELDS),
	restore: 'all',
	bundle: 'all',
	messages: 'sessions',
	label: (data) => ({ title: String(data.title ?? '') })
});

const PARTICIPANT_FIELDS = [
	'session',
	'user',
	'name',
	'mandate',
	'commune_insee',
	'commune_name',
	'email',
	'funding',
	'enrolment',
	'walk_in',
	'added_at'
] as const;

export const participantsCollection = defineCollection<SessionRecordRow>({
	name: 'participants',
	since: 6,
	indexes: 'id, session, user',
	fields: PARTICIPANT_FIELDS,
	toWire: pick(PARTICIPANT_FIELDS),
	restore: 'all',
	bundle: 'all',
	messages: 'sessions',
	label: (data) => ({ title: String(data.name ?? '') })
});

const ATTENDANCE_FIELDS = [
	'session',
	'slot',
	'participant',
	'status',
	'mode',
	'signature',
	'signed_at',
	'arrived_at',
	'left_at',
	'amends',
	'note',
	'hash'
] as const;

export const attendancesCollection = defineCollection<SessionRecordRow>({
	name: 'attendances',
	since: 6,
	indexes: 'id, session, participant',
	fields: ATTENDANCE_FIELDS,
	toWire: pick(ATTENDANCE_FIELDS),
	restore: 'all',
	bundle: 'all',
	messages: 'sessions',
	label: (data) => ({ title: String(data.slot ?? '') })
});

const SEAL_FIELDS = [
	'session',
	'slot',
	'covers',
	'countersigner_name',
	'countersignature',
	'sealed_at',
	'addendum_of',
	'hash'
] as const;

export const attendanceSealsCollection = defineCollection<SessionRecordRow>({
	name: 'attendance_seals',
	since: 6,
	indexes: 'id, session',
	fields: SEAL_FIELDS,
	toWire: pick(SEAL_FIELDS),
	restore: 'all',
	bundle: 'all',
	messages: 'sessions',
	label: (data) => ({ title: String(data.slot ?? '') })
});

export const collections = [
	trainingSessionsCollection,
	participantsCollection,
	attendancesCollection,
	attendanceSealsCollection
];
