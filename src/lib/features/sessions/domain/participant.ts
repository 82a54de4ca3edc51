// A participant of a session: a person, with an account or not, added by the facilitator, asking
// to join, imported from a spreadsheet or walking in on the day. Owns the checks of a person's
// fields (a participant without a name is refused in French) and the waiting-list rule. Pure;
// never stores.
import { INSEE_PATTERN, USER_ID_PATTERN } from './session';
import {
	ENROLMENTS,
	FUNDINGS,
	PARTICIPANT_MANDATES,
	SESSION_LIMITS,
	type Enrolment,
	type ParticipantData
} from './types';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ParticipantError {
	field: keyof ParticipantData;
	key: string;
	message: string;
}

function error(field: keyof ParticipantData, key: string, message: string): ParticipantError {
	return { field, key: `sessions.errors.${key}`, message };
}

/** A person's name as kept: trimmed, single spaces, NFC. */
export function cleanName(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The problems of a participant's data, each with a French message. */
export function validateParticipant(data: ParticipantData): ParticipantError[] {
	const errors: ParticipantError[] = [];
	const name = cleanName(data.name);
	if (!name)
		errors.push(error('name', 'nameRequired', 'Indiquez le nom et le prénom de la personne.'));
	else if (name.length > SESSION_LIMITS.nameMax) {
		errors.push(
			error('name', 'nameTooLong', `Le nom doit tenir en ${SESSION_LIMITS.nameMax} caractères.`)
		);
	}
	if (!(PARTICIPANT_MANDATES as readonly string[]).includes(data.mandate)) {
		errors.push(
			error('mandate', 'mandate', 'Choisissez le mandat : maire, adjoint, conseiller ou autre.')
		);
	}
	if (!INSEE_PATTERN.test(data.commune_insee) || !data.commune_name.trim()) {
		errors.push(
			error('commune_insee', 'participantCommune', 'Choisissez la commune de la personne.')
		);
	}
	if (
		data.email &&
		(!EMAIL_PATTERN.test(data.email) || data.email.length > SESSION_LIMITS.emailMax)
	) {
		errors.push(
			error('email', 'email', 'L’adresse e-mail est mal écrite (exemple : prenom.nom@mairie.fr).')
		);
	}
	if (data.user && !USER_ID_PATTERN.test(data.user)) {
		errors.push(error('user', 'user', 'Le compte de la personne est inconnu.'));
	}
	if (!(FUNDINGS as readonly string[]).includes(data.funding)) {
		errors.push(
			error(
				'funding',
				'funding',
				'Choisissez le financement : gratuit, budget de la commune ou DIF élu.'
			)
		);
	}
	if (!(ENROLMENTS as readonly string[]).includes(data.enrolment)) {
		errors.push(error('enrolment', 'enrolment', 'L’état de l’inscription est inconnu.'));
	}
	return errors;
}

/** The enrolment of a newly accepted participant: `inscrit` while seats remain, else `attente`. */
export function enrolmentFor(accepted: number, capacity: number): Enrolment {
	return accepted < capacity ? 'inscrit' : 'attente';
}

/** Participants expected at the half-days: accepted ones and walk-ins. */
export function isExpected(participant: Pick<ParticipantData, 'enrolment'>): boolean {
	return participant.enrolment === 'inscrit';
}
