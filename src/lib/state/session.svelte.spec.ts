// The session on the device's real saved session (fake-indexeddb) and the real PocketBase SDK:
// a saved session opens the app signed in whatever the network; no network changes nothing; a
// server that refuses the token asks for a new sign-in and keeps the user's data; logout removes
// that user's databases and no one else's. The server that refuses is a bare HTTP listener
// answering 401, as PocketBase does to an expired token.
import { afterEach, describe, expect, it } from 'vitest';
import { clearAuth, loadSavedAuth, saveAuth } from '$lib/local/session';
import { openLocalStore } from '$lib/local/store';
import { deleteUserData } from '$lib/local/user-data';
import { createPocketBase } from '$lib/sync/pocketbase';
import {
	answeringServer,
	deputy,
	LAGRASSE,
	mayor,
	UNREACHABLE as unreachable
} from '../../../tests/helpers/state';
import { Session } from './session.svelte';

/** The mayor's `users` record as PocketBase returns it (expanded with her commune). */
const record = {
	id: mayor.id,
	email: mayor.email,
	name: mayor.name,
	role: 'elu',
	mandate: 'maire',
	expand: { communes: [LAGRASSE] }
};

let server: Awaited<ReturnType<typeof answeringServer>> | undefined;
afterEach(async () => {
	await clearAuth();
	await server?.close();
	server = undefined;
});

/** A server that refuses every request with 401, as PocketBase refuses an expired token. */
async function refusingServer(): Promise<string> {
	server = await answeringServer(() => ({
		status: 401,
		body: { status: 401, message: 'The request requires valid token.', data: {} }
	}));
	return server.url;
}

function session(url: string) {
	return new Session({ client: () => createPocketBase(url), deleteUserData });
}

describe('Session', () => {
	it('opens signed out when nothing is saved', async () => {
		const current = session(unreachable);
		expect(current.status).toBe('loading');
		await current.start();
		expect(current.status).toBe('signed-out');
		expect(current.user).toBeNull();
	});

	it('opens the saved session offline, and no network changes nothing', async () => {
		await saveAuth('a-token-of-last-month', record);
		const current = session(unreachable);
		await current.start();
		expect(current.status).toBe('signed-in');
		expect(current.user).toMatchObject({ id: mayor.id, name: mayor.name, communes: [LAGRASSE] });
		await current.renew();
		expect(current.needsReauth).toBe(false);
		expect(current.status).toBe('signed-in');
		expect((await loadSavedAuth())?.token).toBe('a-token-of-last-month');
	});

	it('asks for a new sign-in when the server refuses the token, and keeps everything', async () => {
		await saveAuth('an-expired-token', record);
		const current = session(await refusingServer());
		await current.start();
		await current.renew();
		expect(current.needsReauth).toBe(true);
		expect(current.status).toBe('signed-in');
		expect(current.user?.id).toBe(mayor.id);
		expect((await loadSavedAuth())?.token).toBe('an-expired-token');
	});

	it('says a sign-in failed for want of network, and stays signed out', async () => {
		const current = session(unreachable);
		await current.start();
		expect(await current.login('maire@example.fr', 'mot de passe')).toBe('offline');
		expect(current.status).toBe('signed-out');
	});

	it('signs out and removes that user’s databases only', async () => {
		await saveAuth('a-token', record);
		for (const user of [mayor, deputy]) await (await openLocalStore({ userId: user.id })).close();
		const names = async () => (await indexedDB.databases()).map((info) => info.name);
		expect(await names()).toEqual(
			expect.arrayContaining([`collabactons-u-${mayor.id}`, `collabactons-u-${deputy.id}`])
		);

		const current = session(unreachable);
		await current.start();
		await current.logout();
		expect(current.status).toBe('signed-out');
		expect(current.user).toBeNull();
		expect(await loadSavedAuth()).toBeUndefined();
		expect(await names()).not.toContain(`collabactons-u-${mayor.id}`);
		expect(await names()).toContain(`collabactons-u-${deputy.id}`);
		await deleteUserData(deputy.id);
	});
});
