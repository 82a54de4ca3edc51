// The signed-in user, for every page. Local first: a saved session opens the app offline with
// the user's own screens, whatever the token's age; once the server answers, the token is
// renewed, or the user is asked to sign in again (nothing on the device is touched meanwhile).
// The saved session is read straight from IndexedDB; the PocketBase SDK and the sign-in code
// load on first use (renewal, sign-in, sign-out), so that the first paint does not wait for
// them (app.initial_js_gz_kb in npm run bench). They are precached: offline they load too.
import { userFromRecord, type User } from '$lib/domain/users';
import { loadSavedAuth } from '$lib/local/session';
import { deleteUserData } from '$lib/local/user-data';
import type { AuthFailure, AuthResult } from '$lib/sync/auth';
import type { getPocketBase } from '$lib/sync/pocketbase';

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

/** The client the session signs in with, and how a user's data leaves the device (tests). */
export interface SessionDeps {
	client: typeof getPocketBase;
	deleteUserData: (userId: string) => Promise<unknown>;
}

const defaultDeps: SessionDeps = {
	client: () => import('$lib/sync/pocketbase').then((module) => module.getPocketBase()),
	deleteUserData
};

const auth = () => import('$lib/sync/auth');

/** The user of the session saved on this device, whatever the token's age. */
async function savedUser(): Promise<User | undefined> {
	const saved = await loadSavedAuth();
	if (!saved) return undefined;
	try {
		return userFromRecord(saved.record);
	} catch {
		return undefined;
	}
}

export class Session {
	status = $state<SessionStatus>('loading');
	user = $state<User | null>(null);
	/** The server refused the saved token: sign in again to sync (local data is kept). */
	needsReauth = $state(false);
	/** This device was removed from the account and its data erased (told on the sign-in page). */
	revoked = $state(false);
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	#started = false;
	readonly #deps: SessionDeps;

	// Bookkeeping, never rendered: a plain Set on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #closers = new Set<() => Promise<void>>();

	constructor(deps: SessionDeps = defaultDeps) {
		this.#deps = deps;
	}

	/** Restores the saved session, then renews it in the background if the network allows. */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		// Node (specs) has no window events.
		globalThis.addEventListener?.('online', () => {
			this.online = true;
			void this.renew();
		});
		globalThis.addEventListener?.('offline', () => (this.online = false));
		const user = await savedUser();
		this.user = user ?? null;
		this.status = user ? 'signed-in' : 'signed-out';
		if (user) void this.renew();
	}

	/** Renews the token; on a refusal, flags `needsReauth` and keeps everything local. */
	async renew(): Promise<void> {
		if (this.status !== 'signed-in' || !this.online) return;
		const { refreshSession } = await auth();
		const result = await refreshSession(await this.#deps.client());
		if (result.ok) {
			this.user = result.user;
			this.needsReauth = false;
		} else if (result.reason === 'expired') {
			this.needsReauth = true;
		}
	}

	/** Signs in; on success the session is already saved on the device. */
	async login(email: string, password: string): Promise<AuthFailure | null> {
		// On a shared tablet, a previous user's data stays in that user's own databases.
		const { signIn } = await auth();
		return this.loginWith((pb) => signIn(pb, email, password));
	}

	/**
	 * Signs in by another way than a password (a code by e-mail, an invitation link): `attempt`
	 * authenticates with the page's client. Returns the failure, or null once signed in.
	 */
	async loginWith(
		attempt: (pb: Awaited<ReturnType<typeof getPocketBase>>) => Promise<AuthResult>
	): Promise<AuthFailure | null> {
		const result = await attempt(await this.#deps.client());
		if (!result.ok) return result.reason;
		this.user = result.user;
		this.status = 'signed-in';
		this.needsReauth = false;
		this.revoked = false;
		return null;
	}

	/**
	 * Registers what must close the user's databases before they are deleted at sign-out (the
	 * sync state's store): a deletion waits for every open connection, and a sync cycle still
	 * running would open them again. Returns the function that unregisters it.
	 */
	beforeSignOut(close: () => Promise<void>): () => void {
		this.#closers.add(close);
		return () => this.#closers.delete(close);
	}

	/**
	 * The server says this device was removed from the account (« Mes appareils »): the user's
	 * data leaves the device at once, unsynced changes included — they may be in a stranger's
	 * hands, so they are not offered to whoever holds the device.
	 */
	async eraseRevoked(): Promise<void> {
		if (this.status !== 'signed-in') return;
		await this.logout();
		this.revoked = true;
	}

	/** Signs out and removes this user's data from the device. Warn about unsynced changes first. */
	async logout(): Promise<void> {
		const user = this.user;
		const { signOut } = await auth();
		await signOut(await this.#deps.client());
		await Promise.all([...this.#closers].map((close) => close()));
		this.user = null;
		this.status = 'signed-out';
		this.needsReauth = false;
		if (user) await this.#deps.deleteUserData(user.id);
	}
}

export const session = new Session();
