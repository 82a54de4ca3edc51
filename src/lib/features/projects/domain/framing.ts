// The framing of an élu's concrete action (module es-4, "Cadrer mon action"): the draft's shape,
// the checks it must pass before it becomes a project, the warnings that never block, and the
// project it pre-fills. Pure: no storage, no Svelte, no Yjs. Errors and warnings are message keys
// of the `framing` catalogue, never sentences. Limits are those of the project canvas
// (validation.ts), so a framing that passes here never fails there.
import { isImpactTheme, isSymbioticLever } from '$lib/domain/programme';
import { isStakeholderType, type ProjectListItems, type StakeholderType } from './types';
import { isDay, LIST_MAX, LONG_LINE_MAX, NAME_MAX, TEXT_FIELD_MAX, TITLE_MAX } from './validation';

/** The module and the activity in which an élu frames their action. */
export const FRAMING_MODULE = 'es-4';
export const FRAMING_ACTIVITY = 'es-4-cadrage-action';
/** Themes and levers: at least one, at most three each (more means too broad an action). */
export const TAGS_MIN = 1;
export const TAGS_MAX = 3;
/** The first step should happen within this many days (a warning, never a refusal). */
export const FIRST_STEP_DAYS = 30;

/** A stakeholder as the élu types it (an all-empty row is ignored). */
export interface FramingStakeholder {
	name: string;
	type: StakeholderType;
	role: string;
}

/** The draft of one élu's framing, as saved on the device while they type. */
export interface Framing {
	/** One framing per élu and module: the module key. */
	id: string;
	/** The `communes` record id the project will belong to ('' until chosen). */
	commune: string;
	title: string;
	local_problem: string;
	proposed_solution: string;
	themes: string[];
	levers: string[];
	stakeholders: FramingStakeholder[];
	first_step: { text: string; date: string };
	/** The project created from this framing, once created (never forgotten afterwards). */
	projectId?: string;
	updatedAt: number;
}

export type FramingField =
	| 'commune'
	| 'title'
	| 'local_problem'
	| 'proposed_solution'
	| 'themes'
	| 'levers'
	| 'stakeholders'
	| 'first_step_text'
	| 'first_step_date';

/** The fields in the order the form shows them (the first in error gets the focus). */
export const FRAMING_FIELDS: readonly FramingField[] = [
	'commune',
	'title',
	'local_problem',
	'proposed_solution',
	'themes',
	'levers',
	'stakeholders',
	'first_step_text',
	'first_step_date'
];

export type FramingError =
	| 'framing.errors.communeRequired'
	| 'framing.errors.titleRequired'
	| 'framing.errors.titleTooLong'
	| 'framing.errors.textRequired'
	| 'framing.errors.textTooLong'
	| 'framing.errors.tagsCount'
	| 'framing.errors.tagInvalid'
	| 'framing.errors.stakeholderRequired'
	| 'framing.errors.stakeholderName'
	| 'framing.errors.stakeholderTooLong'
	| 'framing.errors.stakeholdersTooMany'
	| 'framing.errors.firstStepRequired'
	| 'framing.errors.firstStepTooLong'
	| 'framing.errors.firstStepDate';

export type FramingWarning = 'framing.warnings.firstStepLate' | 'framing.warnings.firstStepPast';

/** A blank framing for `id` (the module key). */
export function emptyFraming(id: string = FRAMING_MODULE, commune = ''): Framing {
	return {
		id,
		commune,
		title: '',
		local_problem: '',
		proposed_solution: '',
		themes: [],
		levers: [],
		stakeholders: [],
		first_step: { text: '', date: '' },
		updatedAt: 0
	};
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * A framing read back from storage, whatever an older or damaged row holds: unknown fields are
 * dropped, missing ones are blank, unknown themes, levers and stakeholder types are cleaned.
 */
export function normalizeFraming(row: unknown, id: string = FRAMING_MODULE): Framing {
	const value = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>;
	const list = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : []);
	const step = (value.first_step ?? {}) as Record<string, unknown>;
	const framing: Framing = {
		...emptyFraming(id, str(value.commune)),
		title: str(value.title),
		local_problem: str(value.local_problem),
		proposed_solution: str(value.proposed_solution),
		themes: list('themes').filter((t): t is string => typeof t === 'string' && isImpactTheme(t)),
		levers: list('levers').filter((l): l is string => typeof l === 'string' && isSymbioticLever(l)),
		stakeholders: list('stakeholders').map((s) => {
			const item = (s ?? {}) as Record<string, unknown>;
			return {
				name: str(item.name),
				type: isStakeholderType(item.type) ? item.type : 'autre',
				role: str(item.role)
			};
		}),
		first_step: { text: str(step.text), date: str(step.date) },
		updatedAt: typeof value.updatedAt === 'number' ? value.updatedAt : 0
	};
	if (typeof value.projectId === 'string' && value.projectId) framing.projectId = value.projectId;
	return framing;
}

/** The stakeholder rows that carry something (an all-empty row is a row not filled in yet). */
export function filledStakeholders(framing: Pick<Framing, 'stakeholders'>): FramingStakeholder[] {
	return framing.stakeholders.filter((s) => s.name.trim() || s.role.trim());
}

function textError(value: string, max: number): FramingError | null {
	if (!value.trim()) return 'framing.errors.textRequired';
	return value.length > max ? 'framing.errors.textTooLong' : null;
}

function tagsError(tags: readonly string[], known: (tag: string) => boolean): FramingError | null {
	if (!tags.every(known)) return 'framing.errors.tagInvalid';
	return tags.length < TAGS_MIN || tags.length > TAGS_MAX ? 'framing.errors.tagsCount' : null;
}

function stakeholdersError(framing: Framing): FramingError | null {
	const filled = filledStakeholders(framing);
	if (!filled.length) return 'framing.errors.stakeholderRequired';
	if (filled.length > LIST_MAX) return 'framing.errors.stakeholdersTooMany';
	if (filled.some((s) => !s.name.trim())) return 'framing.errors.stakeholderName';
	const tooLong = filled.some(
		(s) => s.name.trim().length > NAME_MAX || s.role.trim().length > LONG_LINE_MAX
	);
	return tooLong ? 'framing.errors.stakeholderTooLong' : null;
}

/**
 * What stops `framing` from becoming a project, by field (empty when it may be created): a
 * commune, a title, the problem and the solution, 1–3 themes and levers, at least one named
 * stakeholder, and a first step (at most 200 characters, it becomes a milestone) with its day.
 */
export function validateFraming(framing: Framing): Partial<Record<FramingField, FramingError>> {
	const errors: Partial<Record<FramingField, FramingError | null>> = {
		commune: framing.commune ? null : 'framing.errors.communeRequired',
		title: !framing.title.trim()
			? 'framing.errors.titleRequired'
			: framing.title.trim().length > TITLE_MAX
				? 'framing.errors.titleTooLong'
				: null,
		local_problem: textError(framing.local_problem, TEXT_FIELD_MAX),
		proposed_solution: textError(framing.proposed_solution, TEXT_FIELD_MAX),
		themes: tagsError(framing.themes, isImpactTheme),
		levers: tagsError(framing.levers, isSymbioticLever),
		stakeholders: stakeholdersError(framing),
		first_step_text: !framing.first_step.text.trim()
			? 'framing.errors.firstStepRequired'
			: framing.first_step.text.trim().length > NAME_MAX
				? 'framing.errors.firstStepTooLong'
				: null,
		first_step_date: isDay(framing.first_step.date) ? null : 'framing.errors.firstStepDate'
	};
	return Object.fromEntries(Object.entries(errors).filter(([, error]) => error !== null));
}

/** `day` (`YYYY-MM-DD`) plus `days` days, as `YYYY-MM-DD` (calendar arithmetic, no time zone). */
export function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * What deserves a second look without blocking: a first step dated in the past, or later than
 * 30 days after `today` (`YYYY-MM-DD`, the élu's own calendar day).
 */
export function framingWarnings(framing: Framing, today: string): FramingWarning[] {
	const { date } = framing.first_step;
	if (!isDay(date) || !isDay(today)) return [];
	if (date < today) return ['framing.warnings.firstStepPast'];
	if (date > addDays(today, FIRST_STEP_DAYS)) return ['framing.warnings.firstStepLate'];
	return [];
}

/** What a framing writes into the project it creates. */
export interface ProjectPrefill {
	title: string;
	local_problem: string;
	proposed_solution: string;
	themes: string[];
	levers: string[];
	stakeholders: ProjectListItems['stakeholders'][];
	/** The first step, as the first milestone (dated, not done)… */
	milestone: ProjectListItems['milestones'];
	/** …and as the first step of the collaborative method. */
	method: ProjectListItems['method'];
}

/** The project a (valid) framing pre-fills, with every text trimmed. */
export function projectPrefill(framing: Framing): ProjectPrefill {
	const step = framing.first_step.text.trim();
	return {
		title: framing.title.trim(),
		local_problem: framing.local_problem.trim(),
		proposed_solution: framing.proposed_solution.trim(),
		themes: [...framing.themes],
		levers: [...framing.levers],
		stakeholders: filledStakeholders(framing).map((s) => ({
			name: s.name.trim(),
			type: s.type,
			role: s.role.trim()
		})),
		milestone: { label: step, date: framing.first_step.date, done: false },
		method: { text: step }
	};
}
