// The accounts feature's screens, for routes (state and domain: index.ts).
export { default as CodeSignInForm } from './components/CodeSignInForm.svelte';
export { default as PasswordResetForm } from './components/PasswordResetForm.svelte';
export { default as RegisterForm } from './components/RegisterForm.svelte';
export { default as InvitationForm } from './components/InvitationForm.svelte';
export { default as ValidationList } from './components/ValidationList.svelte';
export { default as InvitationImportPanel } from './components/InvitationImportPanel.svelte';
export { default as AccountsAdminPanel } from './components/AccountsAdminPanel.svelte';
export { default as DevicesList } from './components/DevicesList.svelte';
export { default as FacilitatorCard } from './components/FacilitatorCard.svelte';
export { default as ClaimPanel } from './components/ClaimPanel.svelte';
export { default as ClaimList } from './components/ClaimList.svelte';
