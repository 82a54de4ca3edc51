// The photos feature's Svelte components, for routes and other features' components. A separate
// entry from index.ts so that state importing the feature does not pull every screen into its chunk.
export { default as LogPhoto } from './components/LogPhoto.svelte';
export { default as PhotoPicker } from './components/PhotoPicker.svelte';
export { default as PhotoQueueCard } from './components/PhotoQueueCard.svelte';
export { default as PhotoSettings } from './components/PhotoSettings.svelte';
