// Accounts (issue 13): asking for an account and its validation by the commune's mayor or the
// territory's coordinator, invitations (one at a time or from a spreadsheet), signing in by a
// code sent by e-mail, a forgotten password, the invitation link, roles and the end of a
// mandate, and « Mes appareils ». The server's rules: pocketbase/pb_hooks/lib/accounts/.
// This entry (state, domain) is what routes and components use.
//
// Layout: domain/ (a request's checks, the spreadsheet's columns and batches — pure), local/
// (this device's id), sync/ (the account routes), state/ (one class per screen), components/.
export {
	checkRegistration,
	isEmail,
	normaliseMandate,
	type RegistrationProblem
} from './domain/registration';
export {
	INVITATION_BATCH,
	MAX_INVITATION_ROWS,
	readInvitations,
	type InvitationRefusal,
	type InvitationRow
} from './domain/invitations';
export type { AccountRequest, DeviceView, ManagedUser, PendingClaim } from './sync/api';
export { AddressCheck, CodeSignIn, PasswordReset } from './state/sign-in.svelte';
export { RegistrationForm } from './state/registration.svelte';
export { InvitationAcceptance } from './state/invitation.svelte';
export { ValidationQueue } from './state/validation.svelte';
export { InvitationImport } from './state/invitation-import.svelte';
export { AccountsAdmin } from './state/people.svelte';
export { MyDevices } from './state/devices.svelte';
export { FacilitatorApplication } from './state/facilitator.svelte';
export { ClaimQueue, ParticipationClaim } from './state/claims.svelte';
