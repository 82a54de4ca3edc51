// One attendance row: what its hash covers, how it is checked, and which row counts when
// amendments correct it. Owns the canonical content of a row (the server recomputes it in
// pb_hooks/lib/sessions.js) and the rule "the participant signed, or is marked absent". Pure apart
// from WebCrypto; never stores.
import { isSignatureDrawn, parseSignature } from './signature';
import { canonicalObject, sha256Hex } from '$lib/domain/canonical';
import {
	ATTENDANCE_MODES,
	ATTENDANCE_STATUSES,
	SESSION_LIMITS,
	type AttendanceData,
	type AttendanceMode,
	type AttendanceStatus
} from './types';

/** What a row says, before its hash. */
export type AttendanceContent = Omit<AttendanceData, 'hash'>;

export const TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const ISO_MS_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const ID_PATTERN = /^[a-z0-9]{15}$/;

/** The canonical string of a row: every field of the content, as strings. */
export function canonicalAttendance(content: AttendanceContent): string {
	return canonicalObject({
		session: content.session,
		slot: content.slot,
		participant: content.participant,
		status: content.status,
		mode: content.mode,
		signature: content.signature,
		signed_at: content.signed_at,
		arrived_at: content.arrived_at,
		left_at: content.left_at,
		amends: content.amends,
		note: content.note.trim().normalize('NFC')
	});
}

/** The row with its hash: what the device stores and pushes. */
export async function hashAttendance(content: AttendanceContent): Promise<AttendanceData> {
	const normalized = { ...content, note: content.note.trim().normalize('NFC') };
	return { ...normalized, hash: await sha256Hex(canonicalAttendance(normalized)) };
}

/** One problem of a row: the field, the message key (sessions.errors.*) and the French text. */
export interface AttendanceError {
	field: keyof AttendanceData;
	key: string;
	message: string;
}

function error(field: keyof AttendanceData, key: string, message: string): AttendanceError {
	return { field, key: `sessions.errors.${key}`, message };
}

/** `HH:MM` as minutes since midnight, or null. */
export function minutesOf(time: string): number | null {
	if (!TIME_PATTERN.test(time)) return null;
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The problems of a row's content: a present participant needs a drawn signature (not a tap),
 * an absent one none; times are `HH:MM` with the arrival before the departure.
 */
export function validateAttendance(content: AttendanceContent): AttendanceError[] {
	const errors: AttendanceError[] = [];
	if (!(ATTENDANCE_STATUSES as readonly string[]).includes(content.status as AttendanceStatus)) {
		errors.push(error('status', 'status', 'Indiquez si la personne est présente ou absente.'));
	}
	if (!(ATTENDANCE_MODES as readonly string[]).includes(content.mode as AttendanceMode)) {
		errors.push(error('mode', 'mode', 'Le mode de présence est inconnu.'));
	}
	if (content.status === 'present') {
		const strokes = parseSignature(content.signature);
		if (!content.signature && content.mode === 'sur_place') {
			errors.push(
				error(
					'signature',
					'signatureEmpty',
					'La signature est vide : signez avec le doigt dans le cadre.'
				)
			);
		} else if (content.signature && (!strokes || !isSignatureDrawn(strokes))) {
			errors.push(
				error(
					'signature',
					'signatureTap',
					'La signature est trop courte : signez avec le doigt dans le cadre.'
				)
			);
		}
	} else if (content.signature) {
		errors.push(error('signature', 'absentSigned', 'Une personne absente ne signe pas.'));
	}
	for (const field of ['arrived_at', 'left_at'] as const) {
		if (content[field] && minutesOf(content[field]) === null) {
			errors.push(error(field, 'time', 'Écrivez l’heure sous la forme 09:30.'));
		}
	}
	const arrived = minutesOf(content.arrived_at);
	const left = minutesOf(content.left_at);
	if (arrived !== null && left !== null && left <= arrived) {
		errors.push(
			error('left_at', 'leftBeforeArrived', 'L’heure de départ doit suivre l’heure d’arrivée.')
		);
	}
	if (!ISO_MS_PATTERN.test(content.signed_at)) {
		errors.push(error('signed_at', 'signedAt', 'L’heure de signature est illisible.'));
	}
	if (content.amends && !ID_PATTERN.test(content.amends)) {
		errors.push(error('amends', 'amends', 'La ligne corrigée est inconnue.'));
	}
	if (content.note.length > SESSION_LIMITS.noteMax) {
		errors.push(
			error(
				'note',
				'noteTooLong',
				`La remarque doit tenir en ${SESSION_LIMITS.noteMax} caractères.`
			)
		);
	}
	return errors;
}

/** A stored row: its id and data. */
export interface AttendanceRow extends AttendanceData {
	id: string;
}

/**
 * The row that counts for each participant of one half-day: the newest row that no other row
 * amends (an amendment replaces what it points at, on the sheet the original stays visible).
 * Keyed by participant id.
 */
export function effectiveAttendance<R extends AttendanceRow>(rows: readonly R[]): Map<string, R> {
	const amended = new Set(rows.map((row) => row.amends).filter(Boolean));
	const result = new Map<string, R>();
	for (const row of rows) {
		if (amended.has(row.id)) continue;
		const current = result.get(row.participant);
		if (!current || current.signed_at < row.signed_at) result.set(row.participant, row);
	}
	return result;
}
