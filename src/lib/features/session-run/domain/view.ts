// What the run screen shows at one instant: each sequence's planned and spent time, the current
// sequence's countdown (or its overrun), and where the whole module stands against its plan.
// Pure arithmetic on a run and a clock value; formatting for people is the screen's job.
import type { AgendaItem } from '$lib/domain/curriculum/types';
import { isFinished, isPaused, spentIn, type AgendaRunState } from './run';

const MINUTE = 60_000;

/** Where a sequence stands. */
export type StepStatus = 'done' | 'current' | 'upcoming';

/** One sequence of the agenda, as run so far. */
export interface RunStepView {
	index: number;
	title: string;
	activity?: string;
	/** Minutes of the curriculum plus those added. */
	plannedMin: number;
	/** Minutes added with "+5 min". */
	extraMin: number;
	spentMs: number;
	status: StepStatus;
	/** How far past its planned time it ran (ms, 0 when within). */
	overrunMs: number;
}

/** The whole screen's figures at `now`. */
export interface RunView {
	steps: RunStepView[];
	/** The sequence on screen, undefined once the run is over. */
	current?: RunStepView;
	/** Planned minus spent for the current sequence (ms, negative once overrun). */
	remainingMs: number;
	paused: boolean;
	finished: boolean;
	/** Minutes the curriculum plans for the module (without the added minutes). */
	plannedTotalMin: number;
	/** When the module should end if every sequence left keeps its planned time (ms clock). */
	expectedEndAt: number;
	/** How much later than the curriculum's plan that is (ms, negative when ahead). */
	lateMs: number;
}

/** The run of `agenda` as it stands at `now`. */
export function runView(agenda: readonly AgendaItem[], run: AgendaRunState, now: number): RunView {
	const steps = agenda.map((item, index): RunStepView => {
		const extraMin = run.extraMin[index] ?? 0;
		const plannedMin = Math.max(0, item.minutes) + extraMin;
		const spentMs = spentIn(run, index, now);
		const status: StepStatus =
			index < run.current ? 'done' : index === run.current ? 'current' : 'upcoming';
		return {
			index,
			title: item.title,
			activity: item.activity,
			plannedMin,
			extraMin,
			spentMs,
			status,
			overrunMs: Math.max(0, spentMs - plannedMin * MINUTE)
		};
	});
	const current = steps[run.current];
	const remainingMs = current ? current.plannedMin * MINUTE - current.spentMs : 0;
	const plannedTotalMin = agenda.reduce((sum, item) => sum + Math.max(0, item.minutes), 0);
	// Sequences done took what they took; the current one at least what is left; the rest as
	// planned. A paused run's end moves with the clock, since nothing runs meanwhile.
	const upcomingMs = steps
		.filter((step) => step.status === 'upcoming')
		.reduce((sum, step) => sum + step.plannedMin * MINUTE, 0);
	const expectedEndAt = isFinished(run)
		? (run.finishedAt ?? now)
		: now + Math.max(0, remainingMs) + upcomingMs;
	return {
		steps,
		current,
		remainingMs,
		paused: isPaused(run),
		finished: isFinished(run),
		plannedTotalMin,
		expectedEndAt,
		lateMs: expectedEndAt - (run.startedAt + plannedTotalMin * MINUTE)
	};
}

/** A duration as `m:ss` (or `h:mm:ss` past an hour), its sign dropped: 83_000 → `1:23`. */
export function formatTimer(ms: number): string {
	const total = Math.floor(Math.abs(ms) / 1000);
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0
		? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
		: `${minutes}:${seconds}`;
}
