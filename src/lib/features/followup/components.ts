// The follow-up feature's Svelte components, for the home page.
export { default as FollowupCard } from './components/FollowupCard.svelte';
