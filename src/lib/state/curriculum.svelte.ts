// The curriculum for the pages: what is stored on this device (modules by volet, activities,
// case studies), its search index, and the "Mettre à jour le contenu" action with its outcome.
// Reads local/curriculum and asks sync/curriculum to pull; never renders, never writes content
// itself. One shared instance, so navigating between pages does not reload anything.
import { activitiesOf, isEluModule, sortModules } from '$lib/domain/curriculum/records';
import { CurriculumSearch, type CurriculumHit } from '$lib/domain/curriculum/search';
import {
	RESOURCE_KINDS,
	VOLETS,
	type Activity,
	type CurriculumContent,
	type CurriculumModule,
	type GoodPractice,
	type Resource
} from '$lib/domain/curriculum/types';
import {
	curriculumDatabase,
	readCurriculum,
	readPullMarks,
	type CurriculumDatabase
} from '$lib/local/curriculum';
import { pullCurriculum, type CurriculumPullResult } from '$lib/sync/curriculum';
import { getPocketBase } from '$lib/sync/pocketbase';

export type { CurriculumHit } from '$lib/domain/curriculum/search';
export type {
	Activity,
	CurriculumModule,
	GoodPractice,
	QuizQuestion,
	Resource,
	ResourceKind,
	Volet
} from '$lib/domain/curriculum/types';
export { RESOURCE_KINDS, VOLETS } from '$lib/domain/curriculum/types';

/** Loading state of the stored curriculum. */
export type CurriculumStatus = 'loading' | 'ready' | 'error';

const EMPTY: CurriculumContent = { modules: [], activities: [], resources: [], good_practices: [] };

/** The curriculum of this device, for every page of the Formation space. */
export class CurriculumLibrary {
	/** `loading` until the stored content is read, then `ready` (even if it is empty). */
	status = $state<CurriculumStatus>('loading');
	/** Everything stored. */
	content = $state.raw<CurriculumContent>(EMPTY);
	/** A pull is running. */
	updating = $state(false);
	/** The outcome of the last pull of this page, if any. */
	lastPull = $state.raw<CurriculumPullResult | null>(null);
	/** When this device last received the curriculum from the server (ms), if ever. */
	pulledAt = $state<number | null>(null);

	/** Modules in reading order. */
	modules = $derived(sortModules(this.content.modules));
	/**
	 * The élus' modules grouped by volet, in programme order (every volet present, maybe empty).
	 * The facilitators' module is not among them: see {@link facilitatorModules}.
	 */
	byVolet = $derived(
		VOLETS.map((volet) => ({
			volet,
			modules: this.modules.filter((m) => m.volet === volet && isEluModule(m))
		}))
	);
	/** The volunteer facilitators' own modules (shown to facilitators, coordinators, national). */
	facilitatorModules = $derived(this.modules.filter((m) => !isEluModule(m)));
	/** Resources by volet (programme order), then kind, then title. */
	resources = $derived(
		[...this.content.resources].sort(
			(a, b) =>
				VOLETS.indexOf(a.volet) - VOLETS.indexOf(b.volet) ||
				RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind) ||
				a.title.localeCompare(b.title, 'fr')
		)
	);
	/** The programme's case studies, by title. */
	caseStudies = $derived(
		this.content.good_practices
			.filter((c) => c.kind === 'case_study')
			.sort((a, b) => a.title.localeCompare(b.title, 'fr'))
	);
	/**
	 * Projects communes published as good practices (withdrawn ones stay stored until the next
	 * pull but are not shown). Never mixed with the case studies.
	 */
	publishedProjects = $derived(
		this.content.good_practices
			.filter((c) => c.kind === 'commune_project' && c.published)
			.sort((a, b) => a.title.localeCompare(b.title, 'fr'))
	);
	/** Whether anything is stored at all. */
	empty = $derived(this.content.modules.length === 0);
	/** The search index, rebuilt only when the content changes (and only once read). */
	#index = $derived(new CurriculumSearch(this.content));

	#db: () => CurriculumDatabase;
	#client: typeof getPocketBase;
	#started = false;
	/** An update was asked for while one was running. */
	#again = false;

	/**
	 * @param db the curriculum database (tests pass their own).
	 * @param client the PocketBase client to pull with (tests pass their own).
	 */
	constructor(
		db: () => CurriculumDatabase = curriculumDatabase,
		client: typeof getPocketBase = getPocketBase
	) {
		this.#db = db;
		this.#client = client;
	}

	/**
	 * Reads the stored curriculum, then pulls changes: once per page life (app start), and again
	 * each time the device comes back online.
	 */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		globalThis.addEventListener?.('online', () => void this.update());
		await this.load();
		await this.update();
	}

	/** Reads what is stored on the device. Never rejects: a failure sets `status` to `error`. */
	async load(): Promise<void> {
		try {
			const db = this.#db();
			const [content, marks] = await Promise.all([readCurriculum(db), readPullMarks(db)]);
			this.content = content;
			const times = Object.values(marks).map((mark) => mark.pulledAt);
			this.pulledAt = Math.max(...times) || null;
			this.status = 'ready';
		} catch (error) {
			console.error('The stored curriculum could not be read', error);
			this.status = 'error';
		}
	}

	/**
	 * Pulls what changed on the server, then reloads the stored content if anything arrived.
	 * Never rejects; the outcome is in `lastPull`. With `prune`, also removes deleted texts.
	 */
	async update(options: { prune?: boolean } = {}): Promise<CurriculumPullResult | null> {
		if (this.updating) {
			// A pull is under way but may have read the server before this request's reason (the
			// device just came back online, an edit was just made): pull once more after it.
			this.#again = true;
			return null;
		}
		this.updating = true;
		this.#again = false;
		try {
			const result = await pullCurriculum(await this.#client(), this.#db(), options);
			if (result.status === 'error') console.error('Curriculum pull failed', result.cause);
			this.lastPull = result;
			if (result.status === 'updated' || result.status === 'unchanged') await this.load();
			return result;
		} catch (error) {
			console.error('Curriculum pull failed', error);
			this.lastPull = {
				status: 'error',
				changed: { modules: 0, activities: 0, resources: 0, good_practices: 0 },
				removed: 0,
				requests: 0,
				cause: error
			};
			return this.lastPull;
		} finally {
			this.updating = false;
			if (this.#again) void this.update();
		}
	}

	/** The module of `key`, if stored. */
	module(key: string): CurriculumModule | undefined {
		return this.content.modules.find((m) => m.key === key);
	}

	/** The activity of `key`, if stored. */
	activity(key: string): Activity | undefined {
		return this.content.activities.find((a) => a.key === key);
	}

	/** The case study of `key`, if stored (a published commune project is not a case study). */
	caseStudy(key: string): GoodPractice | undefined {
		return this.content.good_practices.find((c) => c.key === key && c.kind === 'case_study');
	}

	/** The resource of `key`, if stored. */
	resource(key: string): Resource | undefined {
		return this.content.resources.find((r) => r.key === key);
	}

	/** The stored resources an activity uses, in the activity's order (missing ones skipped). */
	resourcesOf(activity: Activity): Resource[] {
		return activity.resources
			.map((key) => this.resource(key))
			.filter((r): r is Resource => r !== undefined);
	}

	/** The number of a module within its volet (1 for the volet's first module). */
	numberInVolet(module: CurriculumModule): number {
		const group = isEluModule(module)
			? (this.byVolet.find((g) => g.volet === module.volet)?.modules ?? [])
			: this.facilitatorModules;
		const index = group.findIndex((m) => m.key === module.key);
		return index === -1 ? module.order : index + 1;
	}

	/** The activities of a module, in order. */
	activitiesOf(moduleKey: string): Activity[] {
		return activitiesOf(this.content.activities, moduleKey);
	}

	/** The title of an activity, module or case study by its key (for links), if stored. */
	titleOf(key: string): string | undefined {
		return (this.activity(key) ?? this.module(key) ?? this.caseStudy(key) ?? this.resource(key))
			?.title;
	}

	/** Search over modules, activities and case studies, best first. */
	search(query: string, limit = 30): CurriculumHit[] {
		return this.#index.search(query, { limit });
	}
}

/** The page's one curriculum. */
export const curriculum = new CurriculumLibrary();

/** The search field of the search page: what is typed and what it finds. */
export class CurriculumQuery {
	/** What the user typed. */
	query = $state('');
	/** Results for `query`, best first (empty for an empty query). */
	results = $derived.by(() => this.#library.search(this.query));

	#library: CurriculumLibrary;

	/** @param library where to search. Default: the shared {@link curriculum}. */
	constructor(library: CurriculumLibrary = curriculum, initial = '') {
		this.#library = library;
		this.query = initial;
	}
}
