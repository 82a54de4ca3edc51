// The signed-in user, for every page. Local first: a saved session opens the app offline with
// the user's own screens, whatever the token's age; once the server answers, the token is
// renewed, or the user is asked to sign in again (nothing on the device is touched meanwhile).
import type { User } from '$lib/domain/users';
import { deleteUserData } from '$lib/local/user-data';
import { refreshSession, savedUser, signIn, signOut, type AuthFailure } from '$lib/sync/auth';
import { getPocketBase } from '$lib/sync/pocketbase';

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

export class Session {
	status = $state<SessionStatus>('loading');
	user = $state<User | null>(null);
	/** The server refused the saved token: sign in again to sync (local data is kept). */
	needsReauth = $state(false);
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	#started = false;

	/** Restores the saved session, then renews it in the background if the network allows. */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		addEventListener('online', () => {
			this.online = true;
			void this.renew();
		});
		addEventListener('offline', () => (this.online = false));
		const pb = await getPocketBase();
		const user = savedUser(pb);
		this.user = user ?? null;
		this.status = user ? 'signed-in' : 'signed-out';
		if (user) void this.renew();
	}

	/** Renews the token; on a refusal, flags `needsReauth` and keeps everything local. */
	async renew(): Promise<void> {
		if (this.status !== 'signed-in' || !this.online) return;
		const result = await refreshSession(await getPocketBase());
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
		const result = await signIn(await getPocketBase(), email, password);
		if (!result.ok) return result.reason;
		this.user = result.user;
		this.status = 'signed-in';
		this.needsReauth = false;
		return null;
	}

	/** Signs out and removes this user's data from the device. Warn about unsynced changes first. */
	async logout(): Promise<void> {
		const user = this.user;
		await signOut(await getPocketBase());
		this.user = null;
		this.status = 'signed-out';
		this.needsReauth = false;
		if (user) await deleteUserData(user.id);
	}
}

export const session = new Session();
