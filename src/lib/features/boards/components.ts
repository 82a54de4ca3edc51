// The collective boards' Svelte components, for routes and other screens. Apart from index.ts so
// that state importing the feature does not pull its screens into its chunk.
export { default as BoardView } from './components/BoardView.svelte';
