// Session feedback (Qualiopi 8, 11, 30): an evaluation before a module (self-positioning),
// right after it and three months later, on the passed-around tablet or the élu's own device,
// optionally anonymous; results as aggregates for the session's facilitators and overseers.
// This entry gives the domain and state; screens take components from components.ts.
export {
	FEEDBACK_KINDS,
	FEEDBACK_LIMITS,
	validateFeedback,
	followupsDue,
	addDays,
	type FeedbackData,
	type FeedbackKind,
	type FeedbackError,
	type AttendedModule
} from './domain/feedback';
export {
	FeedbackForm as FeedbackFormState,
	type FeedbackObjective,
	type FeedbackFormOptions
} from './state/feedback-form.svelte';
export { FeedbackResults as FeedbackResultsState } from './state/feedback-results.svelte';
export { FeedbackFollowups, feedbackFollowups, attendedModules } from './state/followups.svelte';
export type { SessionFeedbackStats, SessionRate, FeedbackGroup } from './sync/stats';
