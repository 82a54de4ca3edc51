// Reads curriculum records as they come from the server (or from a hand edit in PocketBase's
// admin, where a JSON field may be left empty) into well-typed domain objects. Tolerant of
// missing or mistyped fields, never throws on content: a broken field shows as empty, not as a
// blank page on a tablet. Pure functions; no storage, no transport.
import {
	VOLETS,
	type Activity,
	type AgendaItem,
	type CurriculumModule,
	type Figure,
	type GoodPractice,
	type Resource,
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

/** A `modules` record as a {@link CurriculumModule}; an unknown volet reads as `transverse`. */
export function toModule(raw: Raw): CurriculumModule {
	const volet = VOLETS.includes(raw.volet as Volet) ? (raw.volet as Volet) : 'transverse';
	return {
		...base(raw),
		volet,
		order: int(raw.order),
		title: text(raw.title),
		duration_min: int(raw.duration_min),
		modality: texts(raw.modality),
		summary: text(raw.summary),
		objectives: texts(raw.objectives),
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
		body: text(raw.body)
	};
}

/** A `resources` record as a {@link Resource}. */
export function toResource(raw: Raw): Resource {
	return { ...base(raw), title: text(raw.title), kind: text(raw.kind), body: text(raw.body) };
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
		published: raw.kind === 'commune_project' ? raw.published === true : true
	};
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
