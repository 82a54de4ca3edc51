// The feedback feature's Svelte components, for the sessions screens, "Mes sessions" and the
// home page: the evaluation form, the results, the three-month follow-up card.
export { default as FeedbackForm } from './components/FeedbackForm.svelte';
export { default as FeedbackResults } from './components/FeedbackResults.svelte';
export { default as FeedbackFollowupCard } from './components/FeedbackFollowupCard.svelte';
