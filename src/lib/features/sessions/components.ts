// The sessions feature's Svelte components, for routes and other features' components. A separate
// entry from index.ts so that state importing the feature does not pull every screen into its
// chunk.
export { default as SessionList } from './components/SessionList.svelte';
export { default as PlanForm } from './components/PlanForm.svelte';
export { default as SessionOverview } from './components/SessionOverview.svelte';
export { default as ParticipantsPanel } from './components/ParticipantsPanel.svelte';
export { default as AttendanceSheet } from './components/AttendanceSheet.svelte';
