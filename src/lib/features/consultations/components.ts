// Concertations' Svelte components, for routes and other screens. Apart from index.ts so that
// state importing the feature does not pull its screens into its chunk.
export { default as ConsultationCards } from './components/ConsultationCards.svelte';
export { default as ConsultationPage } from './components/ConsultationPage.svelte';
export { default as VoteForm } from './components/VoteForm.svelte';
export { default as ResultsPanel } from './components/ResultsPanel.svelte';
export { default as ConsultationForm } from './components/ConsultationForm.svelte';
