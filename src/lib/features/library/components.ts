// Public entry of the library feature's components, for routes and other screens.
export { default as PracticeCard } from './components/PracticeCard.svelte';
export { default as PracticeFilters } from './components/PracticeFilters.svelte';
export { default as PracticeHeader } from './components/PracticeHeader.svelte';
export { default as Reasons } from './components/Reasons.svelte';
