// A session feedback answer (Qualiopi indicators 8, 11 and 30): before a module (self-positioning
// on its objectives), right after it (`chaud`: satisfaction, each objective reached, what the élu
// will do next, free text) and three months later (`froid`). Optionally anonymous: then it names
// no participant. Owns the record's shape, its checks (the server repeats them in
// pb_hooks/lib/sync/collections/session_feedback.js) and when the three-month follow-up is due.
// Pure: never stores, never fetches.

export const FEEDBACK_KINDS = ['avant', 'chaud', 'froid'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** Limits, repeated in the server declaration (FEEDBACK). */
export const FEEDBACK_LIMITS = {
	maxObjectives: 12,
	nextStepMax: 500,
	commentMax: 2000,
	/** Days after the module when the follow-up evaluation is asked. */
	followupDays: 90
} as const;

/** `session_feedback` record data. */
export interface FeedbackData {
	session: string;
	module: string;
	kind: FeedbackKind;
	/** The participant answering, '' when anonymous. */
	participant: string;
	/** 1–5; 0 before the module (nothing to rate yet). */
	satisfaction: number;
	/** Objective id → 1 (not at all) … 5 (fully). */
	objectives: Record<string, number>;
	next_step: string;
	comment: string;
	anonymous: boolean;
	/** ISO 8601 UTC with milliseconds. */
	answered_at: string;
}

export interface FeedbackError {
	field: string;
	message: string;
}

const isScore = (v: unknown): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/** The French problems of an answer ([] when it can be saved). */
export function validateFeedback(data: FeedbackData): FeedbackError[] {
	const errors: FeedbackError[] = [];
	if (!FEEDBACK_KINDS.includes(data.kind)) {
		errors.push({ field: 'kind', message: 'Choisissez le moment de l’évaluation.' });
	}
	if (data.kind !== 'avant' && !isScore(data.satisfaction)) {
		errors.push({
			field: 'satisfaction',
			message: 'Dites votre satisfaction d’une note de 1 à 5.'
		});
	}
	const keys = Object.keys(data.objectives);
	if (
		keys.length > FEEDBACK_LIMITS.maxObjectives ||
		keys.some((k) => !isScore(data.objectives[k]))
	) {
		errors.push({ field: 'objectives', message: 'Chaque objectif se note de 1 à 5.' });
	}
	if (data.anonymous && data.participant) {
		errors.push({ field: 'anonymous', message: 'Une réponse anonyme ne nomme personne.' });
	}
	if (!data.anonymous && !data.participant) {
		errors.push({
			field: 'participant',
			message: 'Choisissez votre nom dans la liste, ou cochez « Répondre anonymement ».'
		});
	}
	if (data.next_step.length > FEEDBACK_LIMITS.nextStepMax) {
		errors.push({
			field: 'next_step',
			message: `Ce que vous ferez ensuite doit tenir en ${FEEDBACK_LIMITS.nextStepMax} caractères.`
		});
	}
	if (data.comment.length > FEEDBACK_LIMITS.commentMax) {
		errors.push({
			field: 'comment',
			message: `Le commentaire doit tenir en ${FEEDBACK_LIMITS.commentMax} caractères.`
		});
	}
	return errors;
}

/** A module an élu attended (sealed), and when. */
export interface AttendedModule {
	session: string;
	module: string;
	/** `YYYY-MM-DD` of the half-day. */
	date: string;
}

/** Adds `days` to a `YYYY-MM-DD` date, in calendar days (no time zone involved). */
export function addDays(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/**
 * The modules whose three-month follow-up is due on `today` (`YYYY-MM-DD`): attended at least
 * FEEDBACK_LIMITS.followupDays ago and not answered `froid` yet, oldest first.
 */
export function followupsDue(
	attended: readonly AttendedModule[],
	answered: readonly Pick<FeedbackData, 'session' | 'module' | 'kind'>[],
	today: string
): AttendedModule[] {
	const done = new Set(
		answered.filter((a) => a.kind === 'froid').map((a) => `${a.session}/${a.module}`)
	);
	return attended
		.filter((a) => !done.has(`${a.session}/${a.module}`))
		.filter((a) => addDays(a.date, FEEDBACK_LIMITS.followupDays) <= today)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
