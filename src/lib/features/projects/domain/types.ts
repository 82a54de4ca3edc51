// A project of a commune, as the app and the server name it: its canvas (title, local problem,
// proposed solution, themes, levers, stakeholders, method, milestones, indicators, funding,
// status), its log, its history and its summary record. Pure types and constants: no storage,
// no Yjs. Field names follow the framing canvas of module es-4 (`local_problem`, …).
import type { ImpactTheme, SymbioticLever } from '$lib/domain/programme';

/** Where a project stands, in the order a project usually goes through (or `abandonne`). */
export const PROJECT_STATUSES = [
	'idee',
	'cadrage',
	'lance',
	'en_cours',
	'realise',
	'abandonne'
] as const;
/** Statuses of the first project screens, still read (and shown) but no longer offered. */
export const LEGACY_PROJECT_STATUSES = ['suspendu'] as const;
export type ProjectStatus =
	(typeof PROJECT_STATUSES)[number] | (typeof LEGACY_PROJECT_STATUSES)[number];

/** The kinds of stakeholder a symbiotic project associates. */
export const STAKEHOLDER_TYPES = [
	'entreprise',
	'collectivite',
	'citoyens',
	'association',
	'etat',
	'autre'
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

/** The free-text fields of the canvas, each merged character by character. */
export const PROJECT_TEXT_FIELDS = ['local_problem', 'proposed_solution', 'description'] as const;
export type ProjectTextField = (typeof PROJECT_TEXT_FIELDS)[number];

/** The fields of a project document's `meta` map. */
export interface ProjectMeta {
	title: string;
	status: ProjectStatus;
	/** The `communes` record id. */
	commune: string;
}

/** Someone or some body the project is run with. */
export interface Stakeholder {
	id: string;
	name: string;
	type: StakeholderType;
	role: string;
}

/** One step of the collaborative method, in order. */
export interface MethodStep {
	id: string;
	text: string;
}

/**
 * A milestone: what, by when (`YYYY-MM-DD`, or empty), whether it is done, and (marked done on
 * this version or later) the day it was marked done.
 */
export interface Milestone {
	id: string;
	label: string;
	date: string;
	done: boolean;
	doneOn?: string;
}

/** One dated value of an indicator. */
export interface Measurement {
	id: string;
	/** `YYYY-MM-DD`. */
	date: string;
	value: number;
}

/** What the project measures, from where, towards what. */
export interface Indicator {
	id: string;
	name: string;
	unit: string;
	baseline: number | null;
	target: number | null;
	/** Oldest first. */
	measurements: Measurement[];
}

/** Who pays for part of the project, and how much (euros, or null when unknown). */
export interface Funder {
	id: string;
	name: string;
	amount: number | null;
}

/** The lists of a canvas whose items are edited in place. */
export type ProjectListName = 'stakeholders' | 'method' | 'milestones' | 'indicators' | 'funders';

/** The editable fields of an item of each list (measurements are added apart). */
export interface ProjectListItems {
	stakeholders: Omit<Stakeholder, 'id'>;
	method: Omit<MethodStep, 'id'>;
	milestones: Omit<Milestone, 'id'>;
	indicators: Omit<Indicator, 'id' | 'measurements'>;
	funders: Omit<Funder, 'id'>;
}

/** The parts of a project a change can touch, as the history names them. */
export const PROJECT_SECTIONS = [
	'title',
	'status',
	'local_problem',
	'proposed_solution',
	'description',
	'themes',
	'levers',
	'stakeholders',
	'method',
	'milestones',
	'indicators',
	'budget',
	'log',
	'charters'
] as const;
export type ProjectSection = (typeof PROJECT_SECTIONS)[number];

/** One line of the history: who changed which part, when. */
export interface ProjectHistoryEntry {
	/** The author's user id. */
	author: string;
	/** The author's name when they made the change (shown even if they leave the commune). */
	name: string;
	/** Milliseconds since epoch, from the author's device. */
	at: number;
	section: ProjectSection;
}

/** A photo shown by a log entry (its bytes travel apart: local/photos, sync/photos). */
export interface ProjectPhotoRef {
	id: string;
	width: number;
	height: number;
}

/** One dated entry of a project log. */
export interface ProjectLogEntry {
	id: string;
	/** The day it happened, `YYYY-MM-DD`. */
	date: string;
	text: string;
	/** The author's user id. */
	author: string;
	/** When it was written (ms since epoch), to order entries of the same day. */
	createdAt: number;
	/** Photos of the entry, in the order chosen (absent in entries written before photos). */
	photos?: ProjectPhotoRef[];
}

/** A whole project as screens read it. */
export interface Project extends ProjectMeta {
	id: string;
	description: string;
	local_problem: string;
	proposed_solution: string;
	themes: ImpactTheme[];
	levers: SymbioticLever[];
	stakeholders: Stakeholder[];
	method: MethodStep[];
	milestones: Milestone[];
	indicators: Indicator[];
	/** Total budget in euros, or null when not given. */
	budget: number | null;
	funders: Funder[];
	log: ProjectLogEntry[];
	/** Oldest first, as merged from every device. */
	history: ProjectHistoryEntry[];
}

/** The `projects` record kept in step with the document (same id as the document). */
export interface ProjectSummary {
	id: string;
	commune: string;
	title: string;
	status: ProjectStatus;
	themes: ImpactTheme[];
	levers: SymbioticLever[];
	/** A short text for lists and dashboards (at most SUMMARY_MAX characters). */
	summary: string;
	updatedAt: number;
}

/** Is `value` a known status (current or legacy)? */
export function isProjectStatus(value: unknown): value is ProjectStatus {
	return (
		typeof value === 'string' &&
		([...PROJECT_STATUSES, ...LEGACY_PROJECT_STATUSES] as readonly string[]).includes(value)
	);
}

/** Is `value` a known stakeholder type? */
export function isStakeholderType(value: unknown): value is StakeholderType {
	return typeof value === 'string' && (STAKEHOLDER_TYPES as readonly string[]).includes(value);
}

/** Is `value` a part of a project the history knows? */
export function isProjectSection(value: unknown): value is ProjectSection {
	return typeof value === 'string' && (PROJECT_SECTIONS as readonly string[]).includes(value);
}

/** Log entries newest first (by date, then by time of writing). */
export function sortLog(entries: readonly ProjectLogEntry[]): ProjectLogEntry[] {
	return [...entries].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}
