// Run mode: a module's timed agenda run in the room, offline, on a tablet or projected. The
// agenda comes from the curriculum; each sequence has a timer computed from stored timestamps
// (it survives a locked screen, a hidden tab, a reload), "+5 min", "passer", "revenir", a pause,
// the overrun shown, the facilitator guide one tap away, the screen kept on (Screen Wake Lock).
// This entry (state, domain) is what routes and other features' state may use; screens take the
// components from `components.ts`, the platform reads `platform.ts`.
//
// Layout: domain/ (the run and what it shows at an instant — pure), local/ (the device table
// `agenda_runs`), state/ (the runner, the wake lock), components/ (the run screen).
export { EXTRA_STEP_MIN, MAX_EXTRA_MIN, runId, type AgendaRunState } from './domain/run';
export { formatTimer, runView, type RunStepView, type RunView } from './domain/view';
export { AgendaRunner, type RunProblem } from './state/agenda-runner.svelte';
export { ScreenAwake, type AwakeStatus } from './state/screen-awake.svelte';
