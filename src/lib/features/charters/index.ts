// The engagement charter ("contrat d'engagement"): an élu reads the versioned text, signs it on
// the tablet (offline too), gets a receipt code anyone can check, links it to their project, and
// prints it. This entry is what routes, components and other features' state may use; the sync
// platform reads `platform.ts`. Everything else in this folder is internal.
//
// Layout: domain/ (canonical form, hash, receipt, text versions, validation — pure), local/
// (the Dexie rows), sync/ (receipt check online, charters in files), state/ (signing, the
// book of this user's charters, links to projects), components/ (screens, signature pad, PDF).
export { default as CharterSection } from './components/CharterSection.svelte';
export { default as CharterText } from './components/CharterText.svelte';
export { default as ProjectCharters } from './components/ProjectCharters.svelte';
export { default as ReceiptCheckForm } from './components/ReceiptCheckForm.svelte';
export { default as SignaturePad } from './components/SignaturePad.svelte';
export { default as SignatureImage } from './components/SignatureImage.svelte';
export { CURRENT_CHARTER_VERSION } from './domain/text';
export { charterBook, type CharterBook } from './state/charter.svelte';
export type { CharterRow } from './platform';
