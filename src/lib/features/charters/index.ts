// The engagement charter ("contrat d'engagement"): an élu reads the versioned text, signs it on
// the tablet (offline too), gets a receipt code anyone can check, links it to their project, and
// prints it. This entry (state, domain) is what routes, components and other features' state may use;
// screens take its components from `components.ts`, the sync platform reads `platform.ts`. Everything else in this folder is internal.
//
// Layout: domain/ (canonical form, hash, receipt, text versions, validation — pure), local/
// (the Dexie rows), sync/ (receipt check online, charters in files), state/ (signing, the
// book of this user's charters, links to projects), components/ (screens, signature pad, PDF).
export { CURRENT_CHARTER_VERSION } from './domain/text';
export { charterBook, type CharterBook } from './state/charter.svelte';
export type { CharterRow } from './platform';
export { signCharterInRoom, type RoomSigning } from './state/room';
