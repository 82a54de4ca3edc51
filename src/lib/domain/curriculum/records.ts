// Reads curriculum records as they come from the server (or from a hand edit in PocketBase's
// admin, where a JSON field may be left empty) into well-typed domain objects. Tolerant of
// missing or mistyped fields, never throws on content: a broken field shows as empty, not as a
// blank page on a tablet. Pure functions; no storage, no transport.
import {
	RESOURCE_KINDS,
	VOLETS,
	type Activity,
	type AgendaItem,
	type CurriculumModule,
	type Figure,
	type FollowupPoint,
	type GoodPractice,
	type ObjectiveItem,
	type PathStep,
	type QuizQuestion,
	type Resource,
	type ResourceData,
	type ResourceKind,
	type Source,
	type Volet
} from './types';

type Raw = Record<string, unknown>;

const text = (value: unknown): string =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const int = (value: unknown): number =>
	typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : 0;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const texts = (value: unknown): string[] => list(value).map(text).filter(Boolean);
const object = (value: unknown): Raw =>
	value !== null && typeof value === 'object' ? (value as Raw) : {};

function base(raw: Raw) {
	return { id: text(raw.id), key: text(raw.key), updated: text(raw.updated) };
}

function agendaItem(value: unknown): AgendaItem {
	const raw = object(value);
	const item: AgendaItem = { title: text(raw.title), minutes: Math.max(0, int(raw.minutes)) };
	if (text(raw.activity)) item.activity = text(raw.activity);
	return item;
}

function objectiveItem(value: unknown): ObjectiveItem {
	const raw = object(value);
	return { id: text(raw.id), text: text(raw.text) };
}

/** A quiz question, or null when it cannot be asked (no choices, or no valid answer). */
function quizQuestion(value: unknown): QuizQuestion | null {
	const raw = object(value);
	const choices = texts(raw.choices);
	const answer = int(raw.answer);
	if (!text(raw.id) || !text(raw.question) || choices.length < 2) return null;
	if (typeof raw.answer !== 'number' || answer < 0 || answer >= choices.length) return null;
	const question: QuizQuestion = {
		id: text(raw.id),
		question: text(raw.question),
		choices,
		answer,
		explanation: text(raw.explanation)
	};
	if (text(raw.case)) question.case = text(raw.case);
	return question;
}

const volet = (value: unknown): Volet =>
	VOLETS.includes(value as Volet) ? (value as Volet) : 'transverse';

/**
 * A `modules` record as a {@link CurriculumModule}; an unknown volet reads as `transverse`, an
 * unknown audience as `elu`; a quiz question that cannot be asked is left out.
 */
export function toModule(raw: Raw): CurriculumModule {
	const objectives = texts(raw.objectives);
	const items = list(raw.objective_items)
		.map(objectiveItem)
		.filter((item) => item.id && item.text);
	return {
		...base(raw),
		volet: volet(raw.volet),
		audience: raw.audience === 'facilitateur' ? 'facilitateur' : 'elu',
		order: int(raw.order),
		title: text(raw.title),
		duration_min: int(raw.duration_min),
		modality: texts(raw.modality),
		summary: text(raw.summary),
		objectives: objectives.length ? objectives : items.map((item) => item.text),
		objective_items: items,
		quiz: list(raw.quiz)
			.map(quizQuestion)
			.filter((q): q is QuizQuestion => q !== null),
		agenda: list(raw.agenda).map(agendaItem),
		takeaways: texts(raw.takeaways),
		body: text(raw.body)
	};
}

/** An `activities` record as an {@link Activity}. */
export function toActivity(raw: Raw): Activity {
	return {
		...base(raw),
		module: text(raw.module),
		order: int(raw.order),
		title: text(raw.title),
		duration_min: int(raw.duration_min),
		method: text(raw.method),
		purpose: text(raw.purpose),
		group_size: text(raw.group_size),
		materials: texts(raw.materials),
		resources: texts(raw.resources),
		body: text(raw.body)
	};
}

function pathStep(value: unknown): PathStep {
	const raw = object(value);
	return {
		step: int(raw.step),
		title: text(raw.title),
		before: text(raw.before),
		how: text(raw.how)
	};
}

function followupPoint(value: unknown): FollowupPoint {
	const raw = object(value);
	return {
		day: Math.max(0, int(raw.day)),
		title: text(raw.title),
		checks: texts(raw.checks),
		log: texts(raw.log),
		indicators: raw.indicators === true
	};
}

function resourceData(value: unknown): ResourceData {
	const raw = object(value);
	const data: ResourceData = {};
	if (Array.isArray(raw.sequence)) data.sequence = raw.sequence.map(pathStep);
	if (Array.isArray(raw.followup)) {
		data.followup = raw.followup.map(followupPoint).filter((point) => point.day > 0);
	}
	if (raw.rules !== null && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
		data.rules = raw.rules as Record<string, unknown>;
	}
	return data;
}

/** A `resources` record as a {@link Resource}; an unknown kind reads as `text`, format as A4. */
export function toResource(raw: Raw): Resource {
	const kind = RESOURCE_KINDS.includes(raw.kind as ResourceKind)
		? (raw.kind as ResourceKind)
		: 'text';
	return {
		...base(raw),
		title: text(raw.title),
		kind,
		summary: text(raw.summary),
		volet: volet(raw.volet),
		format: raw.format === 'A3' ? 'A3' : 'A4',
		activities: texts(raw.activities),
		case: text(raw.case),
		app_text: text(raw.app_text),
		data: resourceData(raw.data),
		body: text(raw.body)
	};
}

function figure(value: unknown): Figure {
	const raw = object(value);
	const figureValue = typeof raw.value === 'number' ? raw.value : text(raw.value);
	return { value: figureValue, label: text(raw.label), source: text(raw.source) };
}

function source(value: unknown): Source {
	const raw = object(value);
	const result: Source = {
		id: text(raw.id),
		title: text(raw.title),
		publisher: text(raw.publisher)
	};
	if (typeof raw.year === 'number') result.year = raw.year;
	if (text(raw.url)) result.url = text(raw.url);
	return result;
}

/** A `good_practices` record as a {@link GoodPractice}. */
export function toGoodPractice(raw: Raw): GoodPractice {
	const place = text(raw.rural_or_urban);
	return {
		...base(raw),
		kind: raw.kind === 'commune_project' ? 'commune_project' : 'case_study',
		title: text(raw.title),
		summary: text(raw.summary),
		place: text(raw.place),
		country: text(raw.country),
		themes: texts(raw.themes),
		levers: texts(raw.levers),
		rural_or_urban: place === 'rural' || place === 'urbain' || place === 'les_deux' ? place : '',
		figures: list(raw.figures).map(figure),
		sources: list(raw.sources).map(source),
		body: text(raw.body),
		published: raw.kind === 'commune_project' ? raw.published === true : true,
		insee: text(raw.insee),
		population: typeof raw.population === 'number' ? raw.population : 0,
		departement: text(raw.departement),
		region: text(raw.region),
		project_status: text(raw.project_status)
	};
}

/** Whether `module` belongs to the élus' path (not the facilitators' own module). */
export function isEluModule(module: Pick<CurriculumModule, 'audience'>): boolean {
	return module.audience !== 'facilitateur';
}

/** Modules in reading order: by volet (programme order), then by `order`, then by key. */
export function sortModules(modules: readonly CurriculumModule[]): CurriculumModule[] {
	return [...modules].sort(
		(a, b) =>
			VOLETS.indexOf(a.volet) - VOLETS.indexOf(b.volet) ||
			a.order - b.order ||
			a.key.localeCompare(b.key)
	);
}

/** The activities of `moduleKey`, in their order. */
export function activitiesOf(activities: readonly Activity[], moduleKey: string): Activity[] {
	return activities
		.filter((activity) => activity.module === moduleKey)
		.sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/**
 * The date part of a PocketBase datetime (`2026-11-29 13:58:37.123Z`) as a `Date`, or `null`
 * when the text is not a date.
 */
export function parseServerDate(value: string): Date | null {
	if (!value) return null;
	const date = new Date(value.replace(' ', 'T'));
	return Number.isNaN(date.getTime()) ? null : date;
}
