// The curriculum's vocabulary: modules, activities (facilitator guides), resources and good
// practices (case studies), with the field names of their PocketBase collections. Pure types
// and constants; never imports storage, transport or UI code.

/** The programme's three parts, in reading order. */
export const VOLETS = ['intelligence_collective', 'economie_symbiotique', 'transverse'] as const;
export type Volet = (typeof VOLETS)[number];

/** The four curriculum collections, as named on the server and on the device. */
export const CURRICULUM_COLLECTIONS = [
	'modules',
	'activities',
	'resources',
	'good_practices'
] as const;
export type CurriculumCollection = (typeof CURRICULUM_COLLECTIONS)[number];

/** What every curriculum record has: its server id, natural key and last change (server time). */
export interface CurriculumRecord {
	id: string;
	/** Natural key, e.g. `ic-1`, `ic-3-world-cafe`, `toronto`; used by links between texts. */
	key: string;
	/** PocketBase's `updated` autodate, e.g. `2026-11-29 13:58:37.123Z`. */
	updated: string;
}

/** One timed sequence of a module's agenda; `activity` is the key of its guide, if it has one. */
export interface AgendaItem {
	title: string;
	minutes: number;
	activity?: string;
}

/** A training module of about three hours. */
export interface CurriculumModule extends CurriculumRecord {
	volet: Volet;
	order: number;
	title: string;
	duration_min: number;
	/** `presentiel`, `distanciel`. */
	modality: string[];
	summary: string;
	objectives: string[];
	agenda: AgendaItem[];
	takeaways: string[];
	/** The facilitator's introduction and the sequences without a guide, in Markdown. */
	body: string;
}

/** A collective-intelligence activity and its facilitator guide. */
export interface Activity extends CurriculumRecord {
	/** Key of the module it belongs to. */
	module: string;
	order: number;
	title: string;
	duration_min: number;
	method: string;
	purpose: string;
	group_size: string;
	materials: string[];
	/** The guide in Markdown: purpose, steps with timings, variants, pitfalls, takeaways. */
	body: string;
}

/** A guide or reference text outside the modules (e.g. for the learning community). */
export interface Resource extends CurriculumRecord {
	title: string;
	kind: string;
	body: string;
}

/** A figure of a case study, with the id of the source it comes from. */
export interface Figure {
	value: string | number;
	label: string;
	source: string;
}

/** A cited source of a case study. */
export interface Source {
	id: string;
	title: string;
	publisher: string;
	year?: number;
	url?: string;
}

export type GoodPracticeKind = 'case_study' | 'commune_project';
export type RuralOrUrban = 'rural' | 'urbain' | 'les_deux';

/** A good practice: one of the programme's case studies, or (later) a commune's project. */
export interface GoodPractice extends CurriculumRecord {
	kind: GoodPracticeKind;
	title: string;
	summary: string;
	place: string;
	country: string;
	themes: string[];
	levers: string[];
	rural_or_urban: RuralOrUrban | '';
	figures: Figure[];
	sources: Source[];
	body: string;
	/**
	 * A published commune project stays shown only while this is true (false once the commune
	 * withdrew it); case studies are always published.
	 */
	published: boolean;
}

/** Every curriculum record of a device, by collection. */
export interface CurriculumContent {
	modules: CurriculumModule[];
	activities: Activity[];
	resources: Resource[];
	good_practices: GoodPractice[];
}
