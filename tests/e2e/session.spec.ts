// Session lifecycle in Chromium: a token the server refuses keeps the user's screens and asks
// for a new sign-in; signing in again clears the warning; logout removes the user's data.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { signInThroughUi } from '../helpers/browser';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';

/** Replaces the saved token with one the server will refuse, as after a password change. */
async function corruptSavedToken(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('collabactons-session');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('auth', 'readwrite');
					const store = tx.objectStore('auth');
					const get = store.get('current');
					get.onsuccess = () => {
						store.put({ ...get.result, token: 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.invalid' });
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

async function databaseNames(page: Page): Promise<string[]> {
	return page.evaluate(async () =>
		(await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean)
	);
}

describe('session', () => {
	const app = servedApp();

	it('keeps the user in and asks for a new sign-in when the server refuses the token', async () => {
		const { page } = await app.tablet();
		await signInThroughUi(page, app.server.url, DEMO.maire, DEMO_PASSWORD);
		await corruptSavedToken(page);
		await page.reload();
		await page.getByRole('alert').filter({ hasText: 'Votre session a expiré' }).waitFor();
		const greeting = page.getByRole('heading', { level: 1, name: 'Bonjour Claire Martin' });
		await greeting.waitFor();
		expect(await greeting.isVisible()).toBe(true);

		await signInThroughUi(page, app.server.url, DEMO.maire, DEMO_PASSWORD);
		expect(await page.getByText('Votre session a expiré').count()).toBe(0);
	});

	it('signs out and removes the user’s databases from the device', async () => {
		const { page } = await app.tablet();
		await signInThroughUi(page, app.server.url, DEMO.maire, DEMO_PASSWORD);
		// A database of this user, named as the data layer names them. The saved session is read
		// until it is there: the sign-in may still be writing it.
		const id = await page
			.waitForFunction(
				() =>
					new Promise<string | null>((resolve) => {
						const open = indexedDB.open('collabactons-session');
						open.onerror = () => resolve(null);
						open.onsuccess = () => {
							const db = open.result;
							if (!db.objectStoreNames.contains('auth')) {
								db.close();
								resolve(null);
								return;
							}
							const get = db.transaction('auth').objectStore('auth').get('current');
							get.onsuccess = () => {
								db.close();
								resolve(get.result?.record?.id ? String(get.result.record.id) : null);
							};
							get.onerror = () => resolve(null);
						};
					})
			)
			.then((handle) => handle.jsonValue() as Promise<string>);
		await page.evaluate((name) => {
			indexedDB.open(name).onsuccess = (e) => (e.target as IDBOpenDBRequest).result.close();
		}, `collabactons-u-${id}-probe`);
		await page.waitForFunction(
			async (name) => (await indexedDB.databases()).some((d) => d.name === name),
			`collabactons-u-${id}-probe`
		);

		await page.goto(`${app.server.url}/parametres`);
		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		await page
			.getByRole('dialog')
			.getByRole('button', { name: 'Me déconnecter et effacer' })
			.click();
		await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();

		// The sign-in screen shows as soon as the session ends; the databases go once the screens
		// that held them open have closed them (a deletion waits for open connections, which takes
		// longer on a loaded machine: the poll names what is left).
		await expect
			.poll(
				async () =>
					(await databaseNames(page)).filter((name) => name.startsWith(`collabactons-u-${id}`)),
				{ timeout: 30_000 }
			)
			.toEqual([]);
		await page.goto(`${app.server.url}/formation`);
		await page.getByText('Connexion nécessaire').waitFor();
	});
});
