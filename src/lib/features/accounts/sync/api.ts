// The account routes of the server (pocketbase/README.md, "Accounts"): asking for an account,
// the validators' list and decisions, invitations, the invitation link, roles and facilitators,
// « Mes appareils ». Each call answers `{ ok: true, value }` or `{ ok: false, status, message }`
// with the server's French message (or the app's, for no network): never throws. Stores
// nothing; sign-in flows themselves are in $lib/sync/auth.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { InvitationRow } from '../domain/invitations';

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

/** A pending request as a validator sees it, with the commune's official data. */
export interface AccountRequest {
	id: string;
	name: string;
	email: string;
	mandate: string;
	created: string;
	commune: {
		id: string;
		insee: string;
		name: string;
		population: number;
		departement: string;
		departementName: string;
		epciName: string;
		class: string;
	};
}

export interface InviteAnswer {
	invited: { line: number; email: string; status: 'created' | 'renewed' }[];
	refused: { line: number; reason: string }[];
}

export interface InvitationView {
	name: string;
	email: string;
	/** Set for élus who share the mairie's address: they sign in with it. */
	identifier?: string;
	mandate: string;
	commune: { insee: string; name: string } | null;
}

export interface ManagedUser {
	id: string;
	name: string;
	email: string;
	role: string;
	status: string;
	mandate: string;
	territoryKind: string;
	territoryCode: string;
	applied: boolean;
	commune: { insee: string; name: string } | null;
}

export interface DeviceView {
	id: string;
	name: string;
	lastSync: string;
	created: string;
	revoked: string;
	current: boolean;
}

async function call<T>(
	pb: PocketBase,
	path: string,
	options: { method?: string; body?: unknown } = {}
): Promise<Answer<T>> {
	try {
		const value = (await pb.send(path, {
			method: options.method ?? 'GET',
			body: options.body as Record<string, unknown> | undefined
		})) as T;
		return { ok: true, value };
	} catch (error) {
		if (error instanceof ClientResponseError) {
			const message = typeof error.response?.message === 'string' ? error.response.message : '';
			return { ok: false, status: error.status, message };
		}
		return { ok: false, status: 0, message: '' };
	}
}

/** POST /api/collab/accounts/register (no sign-in needed). */
export const register = (
	pb: PocketBase,
	body: { name: string; email: string; commune: string; mandate: string; password: string }
) => call<{ message: string }>(pb, '/api/collab/accounts/register', { method: 'POST', body });

export const listRequests = (pb: PocketBase) =>
	call<{ requests: AccountRequest[]; validates: boolean }>(pb, '/api/collab/accounts/requests');

export const validateRequest = (pb: PocketBase, id: string) =>
	call<{ status: string }>(pb, `/api/collab/accounts/requests/${encodeURIComponent(id)}/validate`, {
		method: 'POST'
	});

export const refuseRequest = (pb: PocketBase, id: string, reason: string) =>
	call<{ status: string }>(pb, `/api/collab/accounts/requests/${encodeURIComponent(id)}/refuse`, {
		method: 'POST',
		body: { reason }
	});

export const invite = (pb: PocketBase, rows: InvitationRow[]) =>
	call<InviteAnswer>(pb, '/api/collab/accounts/invitations', { method: 'POST', body: { rows } });

export const viewInvitation = (pb: PocketBase, token: string) =>
	call<InvitationView>(pb, `/api/collab/accounts/invitation/${encodeURIComponent(token)}`);

/** Uses the link once: with a password, or `code: true` to sign in by e-mail codes from now on. */
export const acceptInvitation = (
	pb: PocketBase,
	token: string,
	body: { password: string } | { code: true }
) =>
	call<{ token: string; record: Record<string, unknown> }>(
		pb,
		`/api/collab/accounts/invitation/${encodeURIComponent(token)}?expand=communes`,
		{ method: 'POST', body }
	);

export const searchUsers = (pb: PocketBase, q: string) =>
	call<{ users: ManagedUser[] }>(pb, `/api/collab/accounts/users?q=${encodeURIComponent(q)}`);

export const setRole = (
	pb: PocketBase,
	id: string,
	body: { role: string; territory_kind: string; territory_code: string; reason: string }
) =>
	call<unknown>(pb, `/api/collab/accounts/users/${encodeURIComponent(id)}/role`, {
		method: 'POST',
		body
	});

export const setStatus = (
	pb: PocketBase,
	id: string,
	status: 'active' | 'inactive',
	reason: string
) =>
	call<unknown>(pb, `/api/collab/accounts/users/${encodeURIComponent(id)}/status`, {
		method: 'POST',
		body: { status, reason }
	});

export const applyToFacilitate = (pb: PocketBase, motivation: string) =>
	call<unknown>(pb, '/api/collab/accounts/facilitator-application', {
		method: 'POST',
		body: { motivation }
	});

export const listDevices = (pb: PocketBase, device: string) =>
	call<{ devices: DeviceView[] }>(
		pb,
		`/api/collab/me/devices?device=${encodeURIComponent(device)}`
	);

export const revokeDevice = (pb: PocketBase, id: string) =>
	call<unknown>(pb, `/api/collab/me/devices/${encodeURIComponent(id)}/revoke`, { method: 'POST' });

export const signOutEveryDevice = (pb: PocketBase) =>
	call<unknown>(pb, '/api/collab/me/devices/sign-out-all', { method: 'POST' });

async function sdk(work: () => Promise<unknown>): Promise<Answer<null>> {
	try {
		await work();
		return { ok: true, value: null };
	} catch (error) {
		if (error instanceof ClientResponseError) {
			const message = typeof error.response?.message === 'string' ? error.response.message : '';
			return { ok: false, status: error.status, message };
		}
		return { ok: false, status: 0, message: '' };
	}
}

/** Sends the reset link (PocketBase answers the same whether or not the address has an account). */
export const requestPasswordReset = (pb: PocketBase, email: string) =>
	sdk(() => pb.collection('users').requestPasswordReset(email.trim()));

/** Sets a new password with the link's token (once: the token dies with the old password). */
export const confirmPasswordReset = (pb: PocketBase, token: string, password: string) =>
	sdk(() => pb.collection('users').confirmPasswordReset(token, password, password));

/** Confirms the address the verification link was sent to. */
export const confirmVerification = (pb: PocketBase, token: string) =>
	sdk(() => pb.collection('users').confirmVerification(token));

/** A claim of a participant row (pocketbase/README.md, "Claims"). */
export interface ClaimView {
	id: string;
	status: 'pending' | 'confirmed';
}

/** A pending claim as the facilitator or the mayor who may confirm it sees it. */
export interface PendingClaim {
	id: string;
	participant_name: string;
	commune_name: string;
	session_title: string;
	account_name: string;
	account_email: string;
}

export const claimParticipation = (pb: PocketBase, participant: string, code: string) =>
	call<ClaimView>(pb, '/api/collab/claims', { method: 'POST', body: { participant, code } });

export const listPendingClaims = (pb: PocketBase) =>
	call<{ items: PendingClaim[] }>(pb, '/api/collab/claims/pending');

export const confirmClaim = (pb: PocketBase, id: string) =>
	call<ClaimView>(pb, `/api/collab/claims/${encodeURIComponent(id)}/confirm`, { method: 'POST' });
