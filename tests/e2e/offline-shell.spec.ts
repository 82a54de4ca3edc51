// The foundation's promise, in a real Chromium against the built app served by a real
// PocketBase: after one online visit, with the server stopped and the network cut, the shell,
// a deep link, the signed-in user's screens and the commune search all still work.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { DEMO } from '../helpers/pocketbase';

/** Waits for the element (the page renders after reading IndexedDB), then asserts it is shown. */
async function shown(locator: Locator) {
	await locator.waitFor({ state: 'visible' });
	expect(await locator.isVisible()).toBe(true);
}

describe('offline after one visit', () => {
	const app = servedApp();
	let context: BrowserContext;
	let page: Page;

	// One online visit: sign-in, service worker, precache. Then the server dies and the network
	// goes; every test below opens its own pages from there.
	beforeAll(async () => {
		({ context, page } = await app.signedInTablet(DEMO.maire));
		// Let the precache finish (the communes index is the largest entry).
		await page.waitForFunction(async () => {
			const names = await caches.keys();
			for (const name of names) {
				const cache = await caches.open(name);
				const keys = await cache.keys();
				if (keys.some((request) => request.url.includes('/data/communes.json'))) return true;
			}
			return false;
		});
		await app.server.stop('SIGKILL');
		await context.setOffline(true);
	});

	it('reopens the home page and a deep link with the server stopped and the network cut', async () => {
		await page.goto(app.server.url);
		await shown(page.getByRole('heading', { level: 1, name: 'Bonjour Claire Martin' }));
		await shown(page.getByText('Hors ligne').first());

		await page.goto(`${app.server.url}/parametres`);
		await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
		await shown(page.getByText(DEMO.maire));
		await shown(page.getByText('Lagrasse (11185)'));

		await page.goto(`${app.server.url}/formation`);
		await page.getByRole('heading', { level: 1, name: 'Formation' }).waitFor();
		expect(await page.getByText('Connexion nécessaire').count()).toBe(0);
	});

	it('searches the communes of France offline', async () => {
		await page.goto(`${app.server.url}/communes`);
		const search = page.getByRole('combobox');
		for (const query of ['st-étienne', 'saint etienne', '42000']) {
			await search.fill(query);
			const option = page.getByRole('option', { name: /Saint-Étienne/ }).first();
			await option.waitFor();
			expect(await option.textContent()).toContain('Saint-Étienne');
		}
	});
});
