// The quizzes feature's Svelte components, for routes and other screens. Apart from index.ts so
// that state importing the feature does not pull its screens into its chunk.
export { default as QuizRunner } from './components/QuizRunner.svelte';
export { default as QuizResultLine } from './components/QuizResultLine.svelte';
export { default as QuizStatsTable } from './components/QuizStatsTable.svelte';
