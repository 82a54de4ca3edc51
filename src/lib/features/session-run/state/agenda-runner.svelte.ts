// One module's agenda run in the room, for the run screen: the stored run, the clock the screen
// shows, and the facilitator's actions. Each action computes the new run from the clock, shows
// it at once and saves it in IndexedDB (local/runs); the displayed clock ticks every second only
// to repaint — the times themselves come from stored timestamps (domain/run), so a locked
// screen, a hidden tab or a reload never make the timer drift. Never renders, never syncs.
import type { AgendaItem } from '$lib/domain/curriculum/types';
import type { UserDatabase } from '$lib/local/db';
import { syncState } from '$lib/state/sync.svelte';
import {
	addMinutes,
	nextStep,
	pauseRun,
	previousStep,
	resumeRun,
	runId,
	startRun,
	type AgendaRunState
} from '../domain/run';
import { runView } from '../domain/view';
import { deleteRun, loadRun, saveRun } from '../local/runs';

/** What went wrong with the stored run, for the screen to word. */
export type RunProblem = 'saveFailed' | 'damaged';

export class AgendaRunner {
	/** The stored run, null before the module starts. */
	run = $state.raw<AgendaRunState | null>(null);
	/** The clock of the screen (ms): moves every second and whenever the page becomes visible. */
	now = $state(0);
	/** The stored run was read (or found missing). */
	loaded = $state(false);
	problem = $state<RunProblem | null>(null);
	readonly session: string;
	readonly module: string;
	readonly agenda: readonly AgendaItem[];
	/** What the screen shows at `now`, undefined before the module starts. */
	readonly view = $derived.by(() =>
		this.run ? runView(this.agenda, this.run, this.now) : undefined
	);
	#database: () => Promise<UserDatabase>;
	#clock: () => number;
	#saving: Promise<void> = Promise.resolve();

	/**
	 * @param database the user database (tests pass their own; default: the signed-in user's)
	 * @param clock the wall clock (ms)
	 */
	constructor(
		session: string,
		module: string,
		agenda: readonly AgendaItem[],
		database: () => Promise<UserDatabase> = async () => (await syncState.ready()).db,
		clock: () => number = Date.now
	) {
		this.session = session;
		this.module = module;
		this.agenda = agenda;
		this.#database = database;
		this.#clock = clock;
		this.now = clock();
	}

	/** Reads the stored run. Never rejects: a failure leaves the module ready to start. */
	async load(): Promise<void> {
		try {
			const db = await this.#database();
			const id = runId(this.session, this.module);
			const stored = await loadRun(db, id, this.agenda.length);
			if (stored.damaged) this.problem = 'damaged';
			this.run = stored.run ?? null;
		} catch (error) {
			console.error('the agenda run could not be read', error);
		} finally {
			this.tick();
			this.loaded = true;
		}
	}

	/** Repaints with the current clock. */
	tick(): void {
		this.now = this.#clock();
	}

	/**
	 * Ticks every second, and at once when the page comes back into view or out of the
	 * browser's freeze (Page Lifecycle `resume`); returns the function that stops it.
	 */
	follow(): () => void {
		const onVisible = () => {
			if (document.visibilityState === 'visible') this.tick();
		};
		const onResume = () => this.tick();
		const timer = setInterval(() => this.tick(), 1000);
		document.addEventListener('visibilitychange', onVisible);
		document.addEventListener('resume', onResume);
		return () => {
			clearInterval(timer);
			document.removeEventListener('visibilitychange', onVisible);
			document.removeEventListener('resume', onResume);
		};
	}

	start(): Promise<void> {
		return this.#apply(
			(run) => run ?? startRun(this.session, this.module, this.agenda, this.#clock())
		);
	}

	addFive(): Promise<void> {
		return this.#apply((run) => run && addMinutes(run, this.#clock()));
	}

	next(): Promise<void> {
		return this.#apply((run) => run && nextStep(run, this.#clock()));
	}

	previous(): Promise<void> {
		return this.#apply((run) => run && previousStep(run, this.#clock()));
	}

	pause(): Promise<void> {
		return this.#apply((run) => run && pauseRun(run, this.#clock()));
	}

	resume(): Promise<void> {
		return this.#apply((run) => run && resumeRun(run, this.#clock()));
	}

	/** Forgets the stored run: the module can start again. */
	async restart(): Promise<void> {
		this.run = null;
		this.problem = null;
		this.tick();
		await this.#queue(async (db) => deleteRun(db, runId(this.session, this.module)));
	}

	/** Resolves once every action so far is in IndexedDB (or has failed). */
	whenSaved(): Promise<void> {
		return this.#saving;
	}

	async #apply(change: (run: AgendaRunState | null) => AgendaRunState | null): Promise<void> {
		const current = this.run;
		const next = change(current);
		if (!next || next === current) return;
		this.run = next;
		this.tick();
		await this.#queue((db) => saveRun(db, next));
	}

	/** Saves in the order the actions were made: a slow write never overwrites a later one. */
	#queue(write: (db: UserDatabase) => Promise<void>): Promise<void> {
		this.#saving = this.#saving.then(async () => {
			try {
				await write(await this.#database());
				if (this.problem === 'saveFailed') this.problem = null;
			} catch (error) {
				console.error('the agenda run could not be saved', error);
				this.problem = 'saveFailed';
			}
		});
		return this.#saving;
	}
}
