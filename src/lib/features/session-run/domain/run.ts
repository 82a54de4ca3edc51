// The run of a module's agenda in the room: which sequence is on, how long each one has taken,
// the minutes the facilitator added. Every time is computed from stored timestamps and the
// clock passed in, never from counting ticks, so the timer stays right after the screen locks,
// the tab sleeps or the page reloads. Pure: no clock of its own, no storage, no UI.
import type { AgendaItem } from '$lib/domain/curriculum/types';

/** Minutes the "+5 min" button adds. */
export const EXTRA_STEP_MIN = 5;
/** Most minutes a sequence may be extended by: beyond, the agenda is no longer the module's. */
export const MAX_EXTRA_MIN = 120;

/** The stored run of one module (one session, or a rehearsal without a session). */
export interface AgendaRunState {
	/** `runId(session, module)`. */
	id: string;
	module: string;
	/** The session's id, '' for a run without a session. */
	session: string;
	/** Number of sequences of the agenda when the run started (a changed agenda restarts it). */
	steps: number;
	/** Index of the sequence on screen; equals `steps` once the run is over. */
	current: number;
	/** When the first sequence started (ms since the epoch). */
	startedAt: number;
	/** When the current sequence last (re)started counting; null while paused or over. */
	stepStartedAt: number | null;
	/** Time spent in each sequence before its current stretch (ms). */
	spentMs: number[];
	/** Minutes added to each sequence. */
	extraMin: number[];
	/** When the last sequence ended, null until then. */
	finishedAt: number | null;
	updatedAt: number;
}

/** The id of the run of `module` in `session` ('' without a session). */
export function runId(session: string, module: string): string {
	return `${session || 'hors-session'}~${module}`;
}

/** A new run whose first sequence starts at `now`. */
export function startRun(
	session: string,
	module: string,
	agenda: readonly AgendaItem[],
	now: number
): AgendaRunState {
	if (agenda.length === 0) throw new Error('an agenda without sequences cannot run');
	return {
		id: runId(session, module),
		module,
		session,
		steps: agenda.length,
		current: 0,
		startedAt: now,
		stepStartedAt: now,
		spentMs: agenda.map(() => 0),
		extraMin: agenda.map(() => 0),
		finishedAt: null,
		updatedAt: now
	};
}

/** Time spent in sequence `index` at `now` (ms, never negative even if the clock went back). */
export function spentIn(run: AgendaRunState, index: number, now: number): number {
	const before = run.spentMs[index] ?? 0;
	if (index !== run.current || run.stepStartedAt === null) return before;
	return before + Math.max(0, now - run.stepStartedAt);
}

/** Folds the current stretch into `spentMs`, so the sequence can stop counting. */
function settle(run: AgendaRunState, now: number): number[] {
	const spentMs = [...run.spentMs];
	if (run.current < run.steps) spentMs[run.current] = spentIn(run, run.current, now);
	return spentMs;
}

/** "+5 min": the current sequence gets `minutes` more, up to {@link MAX_EXTRA_MIN}. */
export function addMinutes(
	run: AgendaRunState,
	now: number,
	minutes = EXTRA_STEP_MIN
): AgendaRunState {
	if (run.current >= run.steps) return run;
	const extraMin = [...run.extraMin];
	extraMin[run.current] = Math.min(MAX_EXTRA_MIN, (extraMin[run.current] ?? 0) + minutes);
	return { ...run, extraMin, updatedAt: now };
}

/** "Passer": the current sequence ends now and the next one starts (or the run ends). */
export function nextStep(run: AgendaRunState, now: number): AgendaRunState {
	if (run.current >= run.steps) return run;
	const spentMs = settle(run, now);
	const current = run.current + 1;
	const over = current >= run.steps;
	return {
		...run,
		spentMs,
		current,
		stepStartedAt: over ? null : now,
		finishedAt: over ? now : null,
		updatedAt: now
	};
}

/**
 * "Revenir": back to the previous sequence, whose timer goes on from the time it had already
 * taken. After the end, back to the last sequence.
 */
export function previousStep(run: AgendaRunState, now: number): AgendaRunState {
	if (run.current === 0) return run;
	const spentMs = settle(run, now);
	return {
		...run,
		spentMs,
		current: run.current - 1,
		stepStartedAt: now,
		finishedAt: null,
		updatedAt: now
	};
}

/** Pauses the current sequence's timer (a fire drill, a late bus). */
export function pauseRun(run: AgendaRunState, now: number): AgendaRunState {
	if (run.stepStartedAt === null) return run;
	return { ...run, spentMs: settle(run, now), stepStartedAt: null, updatedAt: now };
}

/** Resumes a paused run. */
export function resumeRun(run: AgendaRunState, now: number): AgendaRunState {
	if (run.stepStartedAt !== null || run.current >= run.steps) return run;
	return { ...run, stepStartedAt: now, updatedAt: now };
}

/** Whether the run is over. */
export function isFinished(run: AgendaRunState): boolean {
	return run.current >= run.steps;
}

/** Whether the current sequence's timer is stopped while the run is not over. */
export function isPaused(run: AgendaRunState): boolean {
	return run.stepStartedAt === null && !isFinished(run);
}

const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isTime = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value > 0;
const isList = (value: unknown, length: number, max: number): value is number[] =>
	Array.isArray(value) &&
	value.length === length &&
	value.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max);

/**
 * A stored row read back as a run of an agenda of `steps` sequences, or undefined when it does
 * not read (another version's row, a damaged one, an agenda that changed since): the screen then
 * offers to start again rather than show nonsense.
 */
export function readRun(row: unknown, steps: number): AgendaRunState | undefined {
	if (typeof row !== 'object' || row === null) return undefined;
	const r = row as Record<string, unknown>;
	if (typeof r.id !== 'string' || typeof r.module !== 'string' || typeof r.session !== 'string') {
		return undefined;
	}
	if (r.steps !== steps || !isCount(r.current) || r.current > steps) return undefined;
	if (!isTime(r.startedAt) || !isTime(r.updatedAt)) return undefined;
	if (r.stepStartedAt !== null && !isTime(r.stepStartedAt)) return undefined;
	if (r.finishedAt !== null && !isTime(r.finishedAt)) return undefined;
	if (!isList(r.spentMs, steps, Number.MAX_SAFE_INTEGER)) return undefined;
	if (!isList(r.extraMin, steps, MAX_EXTRA_MIN)) return undefined;
	return {
		id: r.id,
		module: r.module,
		session: r.session,
		steps,
		current: r.current,
		startedAt: r.startedAt,
		stepStartedAt: r.stepStartedAt,
		spentMs: [...r.spentMs],
		extraMin: [...r.extraMin],
		finishedAt: r.finishedAt,
		updatedAt: r.updatedAt
	};
}
