// What the sessions screens show, computed from rows: one half-day's lines (each expected
// participant with the row that counts, its history of amendments, covered or not), a
// facilitator's summary of a session (phase, counts, sealed half-days, sync state), and the
// half-days an élu attended according to sealed rows only (DESIGN.md § 6: counting). Pure.
import { effectiveAttendance, type AttendanceRow } from './attendance';
import { slotCoverage, type SlotCoverage } from './seal';
import { sessionPhase } from './session';
import type { ParticipantData, SealData, SessionData, Slot } from './types';

type Participant = ParticipantData & { id: string };
type Seal = SealData & { id: string };
type Session = SessionData & { id: string };

/** Where one participant stands in one half-day. */
export interface SlotLine<
	P extends Participant = Participant,
	R extends AttendanceRow = AttendanceRow
> {
	participant: P;
	/** The row that counts (the newest amendment, else the original), if any. */
	row: R | undefined;
	/** Every row of this participant in the half-day (original first, then amendments). */
	history: R[];
	covered: boolean;
}

/** One half-day as the attendance screen shows it. */
export interface SlotView<
	P extends Participant = Participant,
	R extends AttendanceRow = AttendanceRow
> {
	slot: Slot;
	lines: SlotLine<P, R>[];
	coverage: SlotCoverage;
	signed: number;
	absent: number;
	/** Rows written but not sealed yet (after a seal: waiting for an addendum). */
	uncovered: number;
}

/**
 * The lines of the half-day `slot`: every accepted participant, and anyone with a row in it (a
 * walk-in, a row from the other tablet), sorted by name.
 */
export function slotView<P extends Participant, R extends AttendanceRow>(
	slot: Slot,
	participants: readonly P[],
	attendances: readonly R[],
	seals: readonly Seal[]
): SlotView<P, R> {
	const rows = attendances.filter((row) => row.slot === slot.key);
	const coverage = slotCoverage(
		rows,
		seals.filter((seal) => seal.slot === slot.key)
	);
	const effective = effectiveAttendance(rows);
	const people = new Map(participants.map((p) => [p.id, p]));
	const shown = new Set(participants.filter((p) => p.enrolment === 'inscrit').map((p) => p.id));
	for (const row of rows) shown.add(row.participant);
	const lines: SlotLine<P, R>[] = [];
	for (const id of shown) {
		const participant = people.get(id);
		if (!participant) continue;
		const row = effective.get(id);
		const history = rows
			.filter((r) => r.participant === id)
			.sort(
				(a, b) => (a.amends ? 1 : 0) - (b.amends ? 1 : 0) || (a.signed_at < b.signed_at ? -1 : 1)
			);
		lines.push({
			participant,
			row,
			history,
			covered: row ? coverage.rows.get(row.id) === 'covered' : false
		});
	}
	lines.sort((a, b) => a.participant.name.localeCompare(b.participant.name, 'fr'));
	return {
		slot,
		lines,
		coverage,
		signed: lines.filter((l) => l.row?.status === 'present').length,
		absent: lines.filter((l) => l.row?.status === 'absent').length,
		uncovered: coverage.uncovered.length
	};
}

export type ItemSync = 'device' | 'confirmed' | 'rejected';

/** One session in a facilitator's list. */
export interface SessionSummary<S extends Session = Session> {
	session: S;
	phase: 'a_venir' | 'en_cours' | 'passee';
	firstDate: string;
	lastDate: string;
	enrolled: number;
	requests: number;
	/** Half-days sealed with every row covered. */
	sealedSlots: number;
	/** Half-days with rows waiting for an addendum seal. */
	uncoveredSlots: number;
	sync: ItemSync;
}

/** The summary of a session from its rows and the ids still unsent or refused. */
export function sessionSummary<S extends Session>(
	session: S,
	rowsOf: {
		participants: readonly Participant[];
		attendances: readonly AttendanceRow[];
		seals: readonly Seal[];
	},
	states: { unsent: ReadonlySet<string>; refused: ReadonlyMap<string, string> },
	today: string
): SessionSummary<S> {
	const dates = session.slots.map((s) => s.date).sort();
	const people = rowsOf.participants.filter((p) => p.session === session.id);
	const rows = rowsOf.attendances.filter((r) => r.session === session.id);
	const seals = rowsOf.seals.filter((s) => s.session === session.id);
	let sealedSlots = 0;
	let uncoveredSlots = 0;
	for (const slot of session.slots) {
		const state = slotCoverage(
			rows.filter((r) => r.slot === slot.key),
			seals.filter((s) => s.slot === slot.key)
		).state;
		if (state === 'sealed') sealedSlots++;
		if (state === 'uncovered') uncoveredSlots++;
	}
	const ids = [
		session.id,
		...people.map((p) => p.id),
		...rows.map((r) => r.id),
		...seals.map((s) => s.id)
	];
	const sync: ItemSync = ids.some((id) => states.refused.has(id))
		? 'rejected'
		: ids.some((id) => states.unsent.has(id))
			? 'device'
			: 'confirmed';
	return {
		session,
		phase: sessionPhase(session.slots, today),
		firstDate: dates[0] ?? '',
		lastDate: dates[dates.length - 1] ?? '',
		enrolled: people.filter((p) => p.enrolment === 'inscrit').length,
		requests: people.filter((p) => p.enrolment === 'demande').length,
		sealedSlots,
		uncoveredSlots,
		sync
	};
}

/** The half-days where `participant` is present according to a sealed row (counted as trained). */
export function attendedSlots(
	session: Session,
	participant: string,
	attendances: readonly AttendanceRow[],
	seals: readonly Seal[]
): string[] {
	const attended: string[] = [];
	for (const slot of session.slots) {
		const rows = attendances.filter((r) => r.session === session.id && r.slot === slot.key);
		const row = effectiveAttendance(rows).get(participant);
		if (!row || row.status !== 'present') continue;
		const slotSeals = seals.filter((s) => s.session === session.id && s.slot === slot.key);
		if (slotCoverage([row], slotSeals).state === 'sealed') attended.push(slot.key);
	}
	return attended;
}

/** The device's calendar day, `YYYY-MM-DD` (local time). */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Now as `toISOString` writes it. */
export function isoNow(): string {
	return new Date().toISOString();
}

/** A stored date (ISO or PocketBase's `2026-12-01 10:00:00.000Z`) as ISO 8601 UTC. */
export function isoOf(stored: string): string {
	return new Date(Date.parse(stored.replace(' ', 'T'))).toISOString();
}
