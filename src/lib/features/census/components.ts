// Public entry of the census feature's components, for routes and other screens (the commune's
// card shows the profile, the planning of a session shows the communes' needs).
export { default as CensusForm } from './components/CensusForm.svelte';
export { default as CommuneNeedsList } from './components/CommuneNeedsList.svelte';
export { default as ProfileBadge } from './components/ProfileBadge.svelte';
export { default as CensusTotals } from './components/CensusTotals.svelte';
