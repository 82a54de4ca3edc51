// Signing in, refreshing and signing out against PocketBase. Errors come back classified so
// the state layer can tell a wrong password from no network from an expired session.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { userFromRecord, type User } from '$lib/domain/users';
import { clearAuth, saveAuth } from '$lib/local/session';

export type AuthFailure =
	'invalid-credentials' | 'offline' | 'expired' | 'server' | 'invalid-account';
export type AuthResult =
	{ ok: true; user: User } | { ok: false; reason: AuthFailure; cause?: unknown };

function classify(error: unknown): AuthFailure {
	if (error instanceof ClientResponseError) {
		if (error.status === 0) return 'offline';
		if (error.status === 400) return 'invalid-credentials';
		if (error.status === 401 || error.status === 403 || error.status === 404) return 'expired';
		return 'server';
	}
	return 'server';
}

/** Validates the record and waits until the session is in IndexedDB before reporting success. */
async function toResult(pb: PocketBase, record: unknown): Promise<AuthResult> {
	try {
		const user = userFromRecord(record as Record<string, unknown>);
		await saveAuth(pb.authStore.token, record as Record<string, unknown>);
		return { ok: true, user };
	} catch (cause) {
		return { ok: false, reason: 'invalid-account', cause };
	}
}

/** Signs in with e-mail and password; the token and record are saved on the device. */
export async function signIn(pb: PocketBase, email: string, password: string): Promise<AuthResult> {
	try {
		const auth = await pb
			.collection('users')
			.authWithPassword(email.trim(), password, { expand: 'communes' });
		return await toResult(pb, auth.record);
	} catch (cause) {
		return { ok: false, reason: classify(cause), cause };
	}
}

/**
 * Renews the token while online. `expired` means the server refused it: the user must sign in
 * again, but nothing on the device is touched. `offline` changes nothing either.
 */
export async function refreshSession(pb: PocketBase): Promise<AuthResult> {
	if (!pb.authStore.token) return { ok: false, reason: 'expired' };
	try {
		const auth = await pb.collection('users').authRefresh({ expand: 'communes' });
		return await toResult(pb, auth.record);
	} catch (cause) {
		return { ok: false, reason: classify(cause), cause };
	}
}

/** The user saved on this device, whatever the token's age (offline sessions stay open). */
export function savedUser(pb: PocketBase): User | undefined {
	const record = pb.authStore.record;
	if (!record) return undefined;
	try {
		return userFromRecord(record as unknown as Record<string, unknown>);
	} catch {
		return undefined;
	}
}

/** Forgets the session on this device. */
export async function signOut(pb: PocketBase): Promise<void> {
	pb.authStore.clear();
	await clearAuth();
}
