// The sessions feature's rows on this device: sessions, participants, attendance rows and seals,
// each saved with its outbox entry in one transaction (local/records), so a signature counts as
// soon as it is in IndexedDB and reaches the server with the next sync; and the reads the state
// layer needs (one session with its people, every session with its counts, what is still on the
// device). Rows pulled from the server carry extra fields (owner, author, receipt…) that stay on
// the row and are never pushed (platform.ts). Never talks to the network; never decides a rule.
import type { UserDatabase } from '$lib/local/db';
import { saveLocalRecord } from '$lib/local/records';
import type { OutboxState } from '$lib/local/db';
import type { AttendanceData, ParticipantData, SealData, SessionData } from '../domain/types';

/** A session as stored, with what the server added when it was pulled. */
export interface SessionRow extends SessionData {
	id: string;
	owner?: string;
	commune?: string;
}
export interface ParticipantRow extends ParticipantData {
	id: string;
	author?: string;
}
export interface AttendanceStored extends AttendanceData {
	id: string;
	author?: string;
	subject_user?: string;
}
export interface SealRow extends SealData {
	id: string;
	receipt?: string;
	author?: string;
}

/** One session with everything about it that this device holds. */
export interface SessionBundle {
	session: SessionRow;
	participants: ParticipantRow[];
	attendances: AttendanceStored[];
	seals: SealRow[];
	/** Ids of its rows that the server has not confirmed yet (on the device, or being sent). */
	unsent: Set<string>;
	/** Ids of its rows the server refused, with the reason. */
	refused: Map<string, string>;
}

/** Saves a session (new or changed) and queues it; resolves once both are in IndexedDB. */
export async function saveSession(db: UserDatabase, id: string, data: SessionData): Promise<void> {
	await saveLocalRecord(db, 'training_sessions', id, { ...data });
}

/**
 * Saves a participant and queues it. The same person saved twice is one row (the id is theirs,
 * domain/ids.ts); an account already linked on the stored row stays linked.
 */
export async function saveParticipant(
	db: UserDatabase,
	id: string,
	data: ParticipantData
): Promise<void> {
	const stored = (await db.participants.get(id)) as ParticipantRow | undefined;
	const user = data.user || stored?.user || '';
	await saveLocalRecord(db, 'participants', id, { ...data, user });
}

/** Saves many participants (a spreadsheet import) in one transaction per row. */
export async function saveParticipants(
	db: UserDatabase,
	rows: readonly { id: string; data: ParticipantData }[]
): Promise<void> {
	for (const row of rows) await saveParticipant(db, row.id, row.data);
}

/** Saves a signed or marked attendance row (with its hash) and queues it. */
export async function saveAttendance(
	db: UserDatabase,
	id: string,
	data: AttendanceData
): Promise<void> {
	await saveLocalRecord(db, 'attendances', id, { ...data });
}

/** Saves a seal and queues it. */
export async function saveSeal(db: UserDatabase, id: string, data: SealData): Promise<void> {
	await saveLocalRecord(db, 'attendance_seals', id, { ...data, covers: [...data.covers] });
}

/** Every session on this device. */
export async function loadSessions(db: UserDatabase): Promise<SessionRow[]> {
	return (await db.training_sessions.toArray()) as unknown as SessionRow[];
}

/** Every participant row on this device (all sessions). */
export async function loadAllParticipants(db: UserDatabase): Promise<ParticipantRow[]> {
	return (await db.participants.toArray()) as unknown as ParticipantRow[];
}

/** Every seal on this device (all sessions). */
export async function loadAllSeals(db: UserDatabase): Promise<SealRow[]> {
	return (await db.attendance_seals.toArray()) as unknown as SealRow[];
}

/** Every attendance row on this device (all sessions). */
export async function loadAllAttendances(db: UserDatabase): Promise<AttendanceStored[]> {
	return (await db.attendances.toArray()) as unknown as AttendanceStored[];
}

const UNSENT: OutboxState[] = ['pending', 'sending'];

/**
 * Which of the records `ids` have an entry still on the device (pending, sending) or refused.
 * Reads their entries only (the outbox's `recordId` index), never the documents' updates.
 */
export async function outboxStates(
	db: UserDatabase,
	ids: readonly string[]
): Promise<{ unsent: Set<string>; refused: Map<string, string> }> {
	const entries = await db.outbox
		.where('recordId')
		.anyOf([...ids])
		.toArray();
	const unsent = new Set<string>();
	const refused = new Map<string, string>();
	for (const entry of entries) {
		if (!entry.recordId) continue;
		if (UNSENT.includes(entry.state)) unsent.add(entry.recordId);
		if (entry.state === 'rejected') refused.set(entry.recordId, entry.reason ?? '');
	}
	return { unsent, refused };
}

/** One session with its participants, attendance rows and seals, or null when not on the device. */
export async function loadSessionBundle(
	db: UserDatabase,
	sessionId: string
): Promise<SessionBundle | null> {
	const session = (await db.training_sessions.get(sessionId)) as SessionRow | undefined;
	if (!session) return null;
	const [participants, attendances, seals] = await Promise.all([
		db.participants.where('session').equals(sessionId).toArray(),
		db.attendances.where('session').equals(sessionId).toArray(),
		db.attendance_seals.where('session').equals(sessionId).toArray()
	]);
	const states = await outboxStates(db, [
		session.id,
		...[...participants, ...attendances, ...seals].map((row) => row.id)
	]);
	return {
		session,
		participants: participants as unknown as ParticipantRow[],
		attendances: attendances as unknown as AttendanceStored[],
		seals: seals as unknown as SealRow[],
		...states
	};
}
