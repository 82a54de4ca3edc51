// What the attendance sheet (feuille d'émargement) of one half-day and a participant's
// certificate of attendance (attestation de présence) say, as plain data the PDF layouts draw.
// Built by state/documents.ts from the sessions feature's rows; pure types and time arithmetic
// only, never reads storage and never draws.

/** One person's line on a half-day's sheet. */
export interface SheetLine {
	name: string;
	/** The mandate as printed ("Maire", "Adjointe ou adjoint"…). */
	mandate: string;
	commune: string;
	/** signed: a signature image; absent: marked absent; missing: no row yet. */
	status: 'signed' | 'absent' | 'missing';
	signature: string;
	/** `HH:MM` of a late arrival / early departure, '' when on time. */
	arrivedAt: string;
	leftAt: string;
	signedAt: string;
	/** False when no seal covers the row that counts (a row that arrived after the seal). */
	covered: boolean;
	/** The row that counts corrects an earlier one: its note, and the earlier status. */
	amendment: { note: string; previous: 'signed' | 'absent' } | null;
	/** Walked in on the day. */
	walkIn: boolean;
}

/** A countersignature over the half-day (the first seal, then any addendum). */
export interface SheetSeal {
	receipt: string;
	hash: string;
	sealedAt: string;
	countersignerName: string;
	countersignature: string;
	addendum: boolean;
	covers: number;
}

/** One half-day's feuille d'émargement. */
export interface AttendanceSheet {
	organisation: string;
	sessionId: string;
	title: string;
	volet: string;
	modules: string[];
	/** `YYYY-MM-DD`, and `HH:MM` local times of the place. */
	date: string;
	start: string;
	end: string;
	place: string;
	modality: string;
	facilitators: string[];
	lines: SheetLine[];
	seals: SheetSeal[];
	/** Rows written but not covered by any seal. */
	uncovered: number;
}

/** One sealed half-day on a certificate. */
export interface CertificateSlot {
	date: string;
	start: string;
	end: string;
	modules: string[];
	/** Minutes attended: the half-day minus a late arrival and an early departure. */
	minutes: number;
	receipt: string;
}

/** A participant's attestation de présence. */
export interface Certificate {
	organisation: string;
	sessionId: string;
	title: string;
	volet: string;
	place: string;
	modality: string;
	participant: { name: string; mandate: string; commune: string };
	facilitators: string[];
	/** The countersignature of the last seal among the attended half-days: who vouches. */
	signedBy: { name: string; signature: string } | null;
	slots: CertificateSlot[];
	/** Sum of the slots' minutes. */
	minutes: number;
	/** Half-days of the session the participant did not attend under seal. */
	missed: number;
}

const toMinutes = (time: string): number | null =>
	/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(time)
		? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
		: null;

/**
 * Minutes attended in a half-day from `start` to `end`: from the later of the start and the
 * arrival to the earlier of the end and the departure (0 when they cross).
 */
export function minutesAttended(start: string, end: string, arrivedAt = '', leftAt = ''): number {
	const from = Math.max(toMinutes(start) ?? 0, toMinutes(arrivedAt) ?? 0);
	const to = Math.min(toMinutes(end) ?? 0, toMinutes(leftAt) ?? 24 * 60);
	return Math.max(0, to - from);
}

/** "3 h", "2 h 45", "45 min": a duration as printed on a certificate. */
export function hoursText(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
