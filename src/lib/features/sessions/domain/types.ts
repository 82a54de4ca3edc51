// The sessions feature's record shapes and the programme's closed lists: a training session and
// its half-day slots, a participant (a person, with or without an account), an attendance row
// (one participant × one half-day, or an amendment of one), a seal (the facilitator's
// countersignature over a list of attendance rows). Field names are the wire names the server
// checks (pocketbase/pb_hooks/lib/sync/collections/); never rename one, add instead. Pure types
// and constants: never validates, hashes or stores.

/** How a session is held. */
export const MODALITIES = ['presentiel', 'distance', 'mixte'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Who pays for a participant's training (CGCT L2123-12 to 16; DIF élu via Mon Compte Élu). */
export const FUNDINGS = ['gratuit', 'commune', 'dif'] as const;
export type Funding = (typeof FUNDINGS)[number];

/** Where a participant stands: asked to join, accepted, on the waiting list, declined. */
export const ENROLMENTS = ['demande', 'inscrit', 'attente', 'refuse'] as const;
export type Enrolment = (typeof ENROLMENTS)[number];

/** A participant's mandate: the users' mandates, plus "autre" for a staff member or a citizen. */
export const PARTICIPANT_MANDATES = ['maire', 'adjoint', 'conseiller', 'autre'] as const;
export type ParticipantMandate = (typeof PARTICIPANT_MANDATES)[number];

/** An attendance row says the participant was there (signed) or absent. */
export const ATTENDANCE_STATUSES = ['present', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Signed on the facilitator's tablet, or confirmed from the participant's own device. */
export const ATTENDANCE_MODES = ['sur_place', 'a_distance'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Morning or afternoon: a slot is one half-day. */
export const HALVES = ['am', 'pm'] as const;
export type Half = (typeof HALVES)[number];

export const SESSION_STATUSES = ['prevue', 'annulee'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Limits, each repeated in pocketbase/pb_hooks/lib/limits.js (SESSION). */
export const SESSION_LIMITS = {
	titleMax: 200,
	roomMax: 200,
	notesMax: 2000,
	nameMax: 120,
	emailMax: 200,
	noteMax: 500,
	communeNameMax: 200,
	maxModules: 8,
	maxSlots: 16,
	maxCoFacilitators: 2,
	maxCapacity: 60,
	maxCovers: 500,
	/** A session with any DIF-funded élu is limited to 15 participants (warning, not refusal). */
	difMax: 15,
	/** Dates outside these years are typing mistakes (a session dated 1900). */
	minYear: 2024,
	maxYear: 2100
} as const;

/** One half-day of a session: its date, half, local wall-clock times and the modules taught. */
export interface Slot {
	/** `YYYY-MM-DD-am` or `YYYY-MM-DD-pm`: unique in a session, part of attendance ids. */
	key: string;
	/** `YYYY-MM-DD`, the local date of the place. */
	date: string;
	/** `HH:MM`, local time of the place. */
	start: string;
	end: string;
	/** Module keys taught in this half-day (a subset of the session's modules). */
	modules: string[];
}

/** `training_sessions` record data as a device pushes it. */
export interface SessionData {
	title: string;
	/** The curriculum's volet key (`intelligence_collective` = volet 1, `economie_symbiotique` = volet 2). */
	volet: string;
	/** Curriculum module keys, e.g. `v1-m1`. */
	modules: string[];
	slots: Slot[];
	commune_insee: string;
	commune_name: string;
	room: string;
	modality: Modality;
	/** User ids of the 0–2 co-facilitators (the owner is set by the server). */
	co_facilitators: string[];
	capacity: number;
	status: SessionStatus;
	notes: string;
}

/** `training_sessions` as pulled: the server adds the owner, the last writer and the commune. */
export interface PulledSessionData extends SessionData {
	owner: string;
	updated_by: string;
	commune: string;
}

/** `participants` record data: a person in a session, with or without an account. */
export interface ParticipantData {
	session: string;
	/** The person's account (`users` id) when they have one, else ''. */
	user: string;
	name: string;
	mandate: ParticipantMandate;
	commune_insee: string;
	commune_name: string;
	email: string;
	funding: Funding;
	enrolment: Enrolment;
	walk_in: boolean;
	/** ISO 8601 UTC. */
	added_at: string;
}

/** `attendances` record data: one participant × one half-day (or an amendment of such a row). */
export interface AttendanceData {
	session: string;
	slot: string;
	participant: string;
	status: AttendanceStatus;
	mode: AttendanceMode;
	/** The drawn signature (charters' format), '' when absent. */
	signature: string;
	/** ISO 8601 UTC with milliseconds: when the row was signed or marked. */
	signed_at: string;
	/** `HH:MM` of a late arrival / early departure, '' when on time. */
	arrived_at: string;
	left_at: string;
	/** The id of the row this one corrects ('' for an original row). */
	amends: string;
	note: string;
	/** SHA-256 hex of the row's canonical content (canonical.ts). */
	hash: string;
}

/** One covered row of a seal. */
export interface SealCover {
	id: string;
	hash: string;
}

/** `attendance_seals` record data: the countersignature of one half-day's rows. */
export interface SealData {
	session: string;
	slot: string;
	/** The rows covered, sorted by id. */
	covers: SealCover[];
	countersigner_name: string;
	countersignature: string;
	/** ISO 8601 UTC with milliseconds. */
	sealed_at: string;
	/** '' for the first seal of the half-day, else the id of the seal this one adds to. */
	addendum_of: string;
	/** SHA-256 hex of the seal's canonical content. */
	hash: string;
}
