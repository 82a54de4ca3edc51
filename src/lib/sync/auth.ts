// Signing in, refreshing and signing out against PocketBase. Errors come back classified so
// the state layer can tell a wrong password from no network from an expired session.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { userFromRecord, type User } from '$lib/domain/users';
import { clearAuth, saveAuth } from '$lib/local/session';

export type AuthFailure =
	| 'invalid-credentials'
	| 'offline'
	| 'expired'
	| 'server'
	| 'invalid-account'
	/** 403 at sign-in: a refused request or an ended mandate (the server's message says which). */
	| 'blocked'
	/** 429: too many tries or codes; the server's message says how long to wait. */
	| 'too-many';
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

/** The failure of a sign-in attempt (unlike a refresh, a 403 there is a blocked account). */
function classifySignIn(error: unknown): AuthFailure {
	if (error instanceof ClientResponseError && error.status === 403) return 'blocked';
	if (error instanceof ClientResponseError && error.status === 429) return 'too-many';
	return classify(error);
}

/** Signs in with e-mail and password; the token and record are saved on the device. */
export async function signIn(pb: PocketBase, email: string, password: string): Promise<AuthResult> {
	try {
		const auth = await pb
			.collection('users')
			.authWithPassword(email.trim(), password, { expand: 'communes' });
		return await toResult(pb, auth.record);
	} catch (cause) {
		return { ok: false, reason: classifySignIn(cause), cause };
	}
}

/**
 * Asks for a sign-in code by e-mail (PocketBase OTP). The answer is the same whether or not the
 * address has an account; `otpId` goes with the code to `signInWithCode`.
 */
export async function requestSignInCode(
	pb: PocketBase,
	email: string
): Promise<{ ok: true; otpId: string } | { ok: false; reason: AuthFailure; cause?: unknown }> {
	try {
		const { otpId } = await pb.collection('users').requestOTP(email.trim());
		return { ok: true, otpId };
	} catch (cause) {
		return { ok: false, reason: classifySignIn(cause), cause };
	}
}

/** Signs in with the code of the e-mail; the token and record are saved on the device. */
export async function signInWithCode(
	pb: PocketBase,
	otpId: string,
	code: string
): Promise<AuthResult> {
	try {
		const auth = await pb
			.collection('users')
			.authWithOTP(otpId, code.replace(/\s/g, ''), { expand: 'communes' });
		return await toResult(pb, auth.record);
	} catch (cause) {
		return { ok: false, reason: classifySignIn(cause), cause };
	}
}

/**
 * Signs in with the answer of a route that already authenticated the user (an invitation link
 * used once): the token and record are saved on the device.
 */
export async function adoptAuth(
	pb: PocketBase,
	answer: { token: string; record: Record<string, unknown> }
): Promise<AuthResult> {
	pb.authStore.save(answer.token, answer.record as never);
	return toResult(pb, answer.record);
}

/** The French message a refusal carries (PocketBase's `message`), or ''. */
export function refusalMessage(cause: unknown): string {
	return cause instanceof ClientResponseError && typeof cause.response?.message === 'string'
		? cause.response.message
		: '';
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
