// Planning rules of a training session: its fields and half-day slots checked with a French
// message each (a session dated 1900, an end before its start, no module), and the warnings that
// do not refuse (a DIF-funded élu in a session above 15 participants, a volet 2 session mixing
// rural and urban communes, more accepted participants than seats). Owns the slot key
// (`YYYY-MM-DD-am|pm`) and the session's phase in time. Pure; never stores.
import { minutesOf } from './attendance';
import {
	MODALITIES,
	SESSION_LIMITS,
	SESSION_STATUSES,
	type Funding,
	type Half,
	type SessionData,
	type Slot
} from './types';

export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const SLOT_KEY_PATTERN = /^\d{4}-\d{2}-\d{2}-(am|pm)$/;
export const INSEE_PATTERN = /^[0-9][0-9AB][0-9]{3}$/;
export const USER_ID_PATTERN = /^[a-z0-9]{15}$/;
export const MODULE_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The curriculum's volets, in order: volet 1, volet 2, the transverse modules. */
export const SESSION_VOLETS = ['intelligence_collective', 'economie_symbiotique', 'transverse'];

/** One problem: the field (a slot's is `slots.<index>.<field>`), a message key and the French text. */
export interface SessionError {
	field: string;
	key: string;
	message: string;
}

function error(field: string, key: string, message: string): SessionError {
	return { field, key: `sessions.errors.${key}`, message };
}

/** True for a calendar date `YYYY-MM-DD` that exists, within the years a session may have. */
export function isSessionDate(date: string): boolean {
	const match = DATE_PATTERN.exec(date);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < SESSION_LIMITS.minYear || year > SESSION_LIMITS.maxYear) return false;
	const probe = new Date(Date.UTC(year, month - 1, day));
	return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The key of the half-day `half` of `date`. */
export function slotKey(date: string, half: Half): string {
	return `${date}-${half}`;
}

/** Morning when the slot starts before 13:00. */
export function halfOf(start: string): Half {
	return (minutesOf(start) ?? 0) < 13 * 60 ? 'am' : 'pm';
}

/** Minutes between a slot's start and end (negative when the end comes first). */
export function slotMinutes(slot: Pick<Slot, 'start' | 'end'>): number {
	return (minutesOf(slot.end) ?? 0) - (minutesOf(slot.start) ?? 0);
}

function slotErrors(slot: Slot, index: number, modules: readonly string[]): SessionError[] {
	const at = `slots.${index}`;
	const errors: SessionError[] = [];
	if (!isSessionDate(slot.date)) {
		errors.push(
			error(
				`${at}.date`,
				'slotDate',
				`La date de la demi-journée ${index + 1} est impossible : choisissez un jour entre ${SESSION_LIMITS.minYear} et ${SESSION_LIMITS.maxYear}.`
			)
		);
	}
	const start = minutesOf(slot.start);
	const end = minutesOf(slot.end);
	if (start === null || end === null) {
		errors.push(error(`${at}.start`, 'slotTime', 'Écrivez les heures sous la forme 09:30.'));
	} else if (end <= start) {
		errors.push(
			error(
				`${at}.end`,
				'slotDuration',
				`La demi-journée ${index + 1} finit avant de commencer : l’heure de fin doit suivre l’heure de début.`
			)
		);
	} else if (end - start > 6 * 60) {
		errors.push(error(`${at}.end`, 'slotTooLong', 'Une demi-journée dure 6 heures au plus.'));
	}
	if (slot.key !== slotKey(slot.date, halfOf(slot.start))) {
		errors.push(error(`${at}.key`, 'slotKey', 'La demi-journée est mal identifiée.'));
	}
	if (!slot.modules.length || slot.modules.some((key) => !modules.includes(key))) {
		errors.push(
			error(
				`${at}.modules`,
				'slotModules',
				'Choisissez le module enseigné pendant cette demi-journée.'
			)
		);
	}
	return errors;
}

/** The problems of a session's data, each with a French message; [] when it can be saved. */
export function validateSession(data: SessionData): SessionError[] {
	const errors: SessionError[] = [];
	const title = data.title.trim();
	if (!title) errors.push(error('title', 'titleRequired', 'Donnez un titre à la session.'));
	if (title.length > SESSION_LIMITS.titleMax) {
		errors.push(
			error(
				'title',
				'titleTooLong',
				`Le titre doit tenir en ${SESSION_LIMITS.titleMax} caractères.`
			)
		);
	}
	if (!SESSION_VOLETS.includes(data.volet)) {
		errors.push(error('volet', 'volet', 'Choisissez le volet de la formation.'));
	}
	if (
		!data.modules.length ||
		data.modules.length > SESSION_LIMITS.maxModules ||
		data.modules.some((key) => !MODULE_KEY_PATTERN.test(key)) ||
		new Set(data.modules).size !== data.modules.length
	) {
		errors.push(error('modules', 'modules', 'Choisissez au moins un module du programme.'));
	}
	if (!data.slots.length) {
		errors.push(error('slots', 'slotsRequired', 'Ajoutez au moins une demi-journée.'));
	} else if (data.slots.length > SESSION_LIMITS.maxSlots) {
		errors.push(
			error(
				'slots',
				'slotsTooMany',
				`Une session compte ${SESSION_LIMITS.maxSlots} demi-journées au plus.`
			)
		);
	}
	data.slots.forEach((slot, index) => errors.push(...slotErrors(slot, index, data.modules)));
	if (new Set(data.slots.map((slot) => slot.key)).size !== data.slots.length) {
		errors.push(error('slots', 'slotsTwice', 'La même demi-journée est indiquée deux fois.'));
	}
	if (!INSEE_PATTERN.test(data.commune_insee) || !data.commune_name.trim()) {
		errors.push(error('commune_insee', 'commune', 'Choisissez la commune où se tient la session.'));
	}
	if (data.room.length > SESSION_LIMITS.roomMax) {
		errors.push(
			error('room', 'roomTooLong', `Le lieu doit tenir en ${SESSION_LIMITS.roomMax} caractères.`)
		);
	}
	if (!(MODALITIES as readonly string[]).includes(data.modality)) {
		errors.push(error('modality', 'modality', 'Choisissez : en présentiel, à distance ou mixte.'));
	}
	if (
		data.co_facilitators.length > SESSION_LIMITS.maxCoFacilitators ||
		data.co_facilitators.some((id) => !USER_ID_PATTERN.test(id))
	) {
		errors.push(
			error('co_facilitators', 'coFacilitators', 'Une session a deux co-animateurs au plus.')
		);
	}
	if (
		!Number.isInteger(data.capacity) ||
		data.capacity < 1 ||
		data.capacity > SESSION_LIMITS.maxCapacity
	) {
		errors.push(
			error(
				'capacity',
				'capacity',
				`Indiquez un nombre de places entre 1 et ${SESSION_LIMITS.maxCapacity}.`
			)
		);
	}
	if (!(SESSION_STATUSES as readonly string[]).includes(data.status)) {
		errors.push(error('status', 'status', 'L’état de la session est inconnu.'));
	}
	if (data.notes.length > SESSION_LIMITS.notesMax) {
		errors.push(
			error(
				'notes',
				'notesTooLong',
				`Les notes doivent tenir en ${SESSION_LIMITS.notesMax} caractères.`
			)
		);
	}
	return errors;
}

/** A warning that does not stop the save. */
export interface SessionWarning {
	key: 'difOver15' | 'mixedCohort' | 'overCapacity';
	message: string;
}

/** The rural/urban class of each participant's commune, as the offline index gives it. */
export type CommuneClass = 'rural' | 'urbain';

/** The cohort of a session from its participants' communes: one class, `mixte`, or none yet. */
export function sessionCohort(
	classes: readonly (CommuneClass | undefined)[]
): CommuneClass | 'mixte' | null {
	const known = new Set(classes.filter((c): c is CommuneClass => c === 'rural' || c === 'urbain'));
	if (known.size === 0) return null;
	return known.size > 1 ? 'mixte' : [...known][0]!;
}

/**
 * Warnings for a session and its accepted participants: above 15 with any DIF-funded élu, a
 * volet 2 session mixing rural and urban communes, more participants than seats.
 */
export function sessionWarnings(
	session: Pick<SessionData, 'volet' | 'capacity'>,
	participants: readonly { funding: Funding; communeClass?: CommuneClass }[]
): SessionWarning[] {
	const warnings: SessionWarning[] = [];
	const count = participants.length;
	if (count > SESSION_LIMITS.difMax && participants.some((p) => p.funding === 'dif')) {
		warnings.push({
			key: 'difOver15',
			message: `Un élu finance cette formation avec son DIF : la session est alors limitée à ${SESSION_LIMITS.difMax} participants (il y en a ${count}).`
		});
	}
	if (
		session.volet === 'economie_symbiotique' &&
		sessionCohort(participants.map((p) => p.communeClass)) === 'mixte'
	) {
		warnings.push({
			key: 'mixedCohort',
			message:
				'Cette session du volet 2 réunit des communes rurales et urbaines : le programme les forme séparément.'
		});
	}
	if (count > session.capacity) {
		warnings.push({
			key: 'overCapacity',
			message: `${count} participants pour ${session.capacity} places : les suivants vont en liste d’attente.`
		});
	}
	return warnings;
}

/** Where a session stands on `today` (`YYYY-MM-DD`, local): before, during or after its slots. */
export function sessionPhase(
	slots: readonly Pick<Slot, 'date'>[],
	today: string
): 'a_venir' | 'en_cours' | 'passee' {
	const dates = slots.map((slot) => slot.date).sort();
	if (!dates.length || today < dates[0]!) return 'a_venir';
	if (today > dates[dates.length - 1]!) return 'passee';
	return 'en_cours';
}
