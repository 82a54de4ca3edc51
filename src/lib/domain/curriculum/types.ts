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

/** Who a module is for: the élus' path, or the volunteer facilitators' own module. */
export type Audience = 'elu' | 'facilitateur';

/** One objective of a module, with the stable id that an élu's ratings point to. */
export interface ObjectiveItem {
	id: string;
	/** « Je sais… », « Je peux… », « Je suis capable… ». */
	text: string;
}

/** One question of a module's quiz: one correct choice (`answer`, an index of `choices`). */
export interface QuizQuestion {
	id: string;
	question: string;
	choices: string[];
	answer: number;
	/** Why the answer is right, shown once the élu has answered. */
	explanation: string;
	/** The case study whose figures the question quotes, if any. */
	case?: string;
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
	/** `facilitateur` for the facilitators' module, kept out of an élu's views and progress. */
	audience: Audience;
	order: number;
	title: string;
	duration_min: number;
	/** `presentiel`, `distanciel`. */
	modality: string[];
	summary: string;
	objectives: string[];
	/** The same objectives with their ids (empty for content seeded before issue 16). */
	objective_items: ObjectiveItem[];
	/** The module's quiz, 5 to 8 questions (empty when it has none). */
	quiz: QuizQuestion[];
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
	/** Keys of the resources the facilitator prints or shows for it. */
	resources: string[];
	/** The guide in Markdown: purpose, steps with timings, variants, pitfalls, takeaways. */
	body: string;
}

/** What a resource is: a sheet to fill, an A3 poster, a reading list, or a text. */
export const RESOURCE_KINDS = ['template', 'poster', 'bibliography', 'text'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** One step of a commune's path through the programme (the resource `parcours-avant-volet-1`). */
export interface PathStep {
	step: number;
	title: string;
	before: string;
	how: string;
}

/** One check-in of the one-year follow-up (the resource `suivi-un-an`). */
export interface FollowupPoint {
	/** Days after the project's framing. */
	day: number;
	title: string;
	checks: string[];
	/** What to write in the project log. */
	log: string[];
	/** Whether the élu is asked for new indicator values. */
	indicators: boolean;
}

/** Structured data some resources carry besides their text. */
export interface ResourceData {
	sequence?: PathStep[];
	followup?: FollowupPoint[];
	rules?: Record<string, unknown>;
}

/** A resource a facilitator prints or shows: template, poster, bibliography or text. */
export interface Resource extends CurriculumRecord {
	title: string;
	kind: ResourceKind;
	summary: string;
	/** The volet it belongs to. */
	volet: Volet;
	/** Paper size to print it on. */
	format: 'A4' | 'A3';
	/** Keys of the activities that use it. */
	activities: string[];
	/** A poster's case study key ('' otherwise). */
	case: string;
	/** A text the app holds itself (`charter`: the versioned engagement charter), or ''. */
	app_text: string;
	data: ResourceData;
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
	/**
	 * A published commune project's commune, as public reference data (issue 14: the library
	 * ranks by size and place without the commune list): INSEE code, population, département and
	 * région codes, project status. Empty (or 0) for case studies.
	 */
	insee?: string;
	population?: number;
	departement?: string;
	region?: string;
	project_status?: string;
}

/** Every curriculum record of a device, by collection. */
export interface CurriculumContent {
	modules: CurriculumModule[];
	activities: Activity[];
	resources: Resource[];
	good_practices: GoodPractice[];
}
