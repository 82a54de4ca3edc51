import { describe, expect, it } from 'vitest';
import {
	addMinutes,
	MAX_EXTRA_MIN,
	nextStep,
	pauseRun,
	previousStep,
	readRun,
	resumeRun,
	runId,
	startRun
} from './run';
import { formatTimer, runView } from './view';

const MIN = 60_000;
const agenda = [
	{ title: 'Accueil', minutes: 15, activity: 'ic-2-photolangage' },
	{ title: 'Apport', minutes: 15 },
	{ title: 'Brainstorming', minutes: 45, activity: 'ic-2-brainstorming' }
];
// 9:00 on the last Sunday of March 2027 in Paris: the clocks go forward that night, and a
// timer computed from timestamps must not notice.
const T0 = Date.UTC(2027, 2, 28, 0, 30);

describe('agenda run', () => {
	it('counts down the current sequence from timestamps, whatever happened in between', () => {
		const run = startRun('s1', 'ic-2', agenda, T0);
		expect(run.id).toBe(runId('s1', 'ic-2'));
		const view = runView(agenda, run, T0 + 4 * MIN + 30_000);
		expect(view.current?.title).toBe('Accueil');
		expect(view.remainingMs).toBe(10 * MIN + 30_000);
		expect(formatTimer(view.remainingMs)).toBe('10:30');
		expect(view.expectedEndAt).toBe(T0 + 75 * MIN);
		expect(view.lateMs).toBe(0);
	});

	it('shows an overrun and how late the module will end', () => {
		const run = startRun('', 'ic-2', agenda, T0);
		const view = runView(agenda, run, T0 + 20 * MIN);
		expect(view.remainingMs).toBe(-5 * MIN);
		expect(view.current?.overrunMs).toBe(5 * MIN);
		expect(view.lateMs).toBe(5 * MIN);
		expect(formatTimer(view.remainingMs)).toBe('5:00');
	});

	it('adds five minutes to the current sequence only, up to a cap', () => {
		let run = startRun('s1', 'ic-2', agenda, T0);
		run = addMinutes(run, T0 + MIN);
		expect(runView(agenda, run, T0 + MIN).remainingMs).toBe(19 * MIN);
		expect(runView(agenda, run, T0 + MIN).steps.map((s) => s.plannedMin)).toEqual([20, 15, 45]);
		for (let i = 0; i < 100; i++) run = addMinutes(run, T0 + MIN);
		expect(run.extraMin[0]).toBe(MAX_EXTRA_MIN);
	});

	it('skips to the next sequence and goes back to where the previous one stood', () => {
		let run = startRun('s1', 'ic-2', agenda, T0);
		run = nextStep(run, T0 + 12 * MIN);
		let view = runView(agenda, run, T0 + 13 * MIN);
		expect(view.current?.title).toBe('Apport');
		expect(view.steps[0]).toMatchObject({ status: 'done', spentMs: 12 * MIN });
		expect(view.remainingMs).toBe(14 * MIN);
		run = previousStep(run, T0 + 13 * MIN);
		view = runView(agenda, run, T0 + 14 * MIN);
		expect(view.current?.title).toBe('Accueil');
		expect(view.remainingMs).toBe(2 * MIN);
		// The minute spent in "Apport" is kept when it comes back.
		run = nextStep(run, T0 + 14 * MIN);
		expect(runView(agenda, run, T0 + 14 * MIN).remainingMs).toBe(14 * MIN);
	});

	it('ends after the last sequence and can come back to it', () => {
		let run = startRun('s1', 'ic-2', agenda, T0);
		for (let i = 0; i < 3; i++) run = nextStep(run, T0 + (i + 1) * MIN);
		const view = runView(agenda, run, T0 + 10 * MIN);
		expect(view.finished).toBe(true);
		expect(view.current).toBeUndefined();
		expect(view.expectedEndAt).toBe(T0 + 3 * MIN);
		expect(nextStep(run, T0 + 11 * MIN)).toBe(run);
		run = previousStep(run, T0 + 11 * MIN);
		expect(runView(agenda, run, T0 + 11 * MIN).current?.title).toBe('Brainstorming');
	});

	it('stops counting while paused', () => {
		let run = startRun('s1', 'ic-2', agenda, T0);
		run = pauseRun(run, T0 + 2 * MIN);
		const paused = runView(agenda, run, T0 + 30 * MIN);
		expect(paused.paused).toBe(true);
		expect(paused.remainingMs).toBe(13 * MIN);
		run = resumeRun(run, T0 + 30 * MIN);
		expect(runView(agenda, run, T0 + 31 * MIN).remainingMs).toBe(12 * MIN);
	});

	it('never counts backwards when the device clock goes back', () => {
		const run = startRun('s1', 'ic-2', agenda, T0);
		expect(runView(agenda, run, T0 - 60 * MIN).remainingMs).toBe(15 * MIN);
	});

	it('reads back a stored run, and refuses a damaged one or one of another agenda', () => {
		const run = nextStep(startRun('s1', 'ic-2', agenda, T0), T0 + MIN);
		const stored = JSON.parse(JSON.stringify(run)) as unknown;
		expect(readRun(stored, 3)).toEqual(run);
		expect(readRun(stored, 4)).toBeUndefined();
		expect(readRun({ ...run, current: 7 }, 3)).toBeUndefined();
		expect(readRun({ ...run, spentMs: [1, -2, 3] }, 3)).toBeUndefined();
		expect(readRun({ ...run, extraMin: [0, 0, 500] }, 3)).toBeUndefined();
		expect(readRun({ ...run, stepStartedAt: 'hier' }, 3)).toBeUndefined();
		expect(readRun(null, 3)).toBeUndefined();
	});

	it('refuses to start an empty agenda', () => {
		expect(() => startRun('s1', 'x', [], T0)).toThrow();
	});

	it('formats long timers with hours', () => {
		expect(formatTimer(3_723_000)).toBe('1:02:03');
		expect(formatTimer(-61_000)).toBe('1:01');
	});
});
