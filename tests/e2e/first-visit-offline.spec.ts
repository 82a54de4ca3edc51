// The mayor's first visit (issue 10, item 1): a fresh browser opens the sign-in page once, the
// mayor signs in and keeps the tab open, then the server goes away and the network is cut.
// With no reload at any point, every screen must open through the app's own links: the
// service worker has to control the page of the very first visit.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';

const ERROR_TITLE = 'Une erreur est survenue';

/** Follows an in-app link and checks the screen opened (an h1, never the error page). */
async function open(page: Page, link: ReturnType<Page['locator']>, path: RegExp) {
	await link.click();
	await page.waitForURL(path);
	await page.locator('main h1').first().waitFor();
	expect(await page.getByRole('heading', { name: ERROR_TITLE }).count()).toBe(0);
}

describe('the first visit works offline without a reload', () => {
	const app = servedApp();

	it('opens every screen after the server is gone, in the tab of the first visit', async () => {
		const { context, page } = await app.tablet();
		const failures: string[] = [];
		page.on('pageerror', (error) => failures.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error' && /dynamically imported module/.test(message.text()))
				failures.push(message.text());
		});

		// The very first visit: the sign-in page of a fresh profile, then home, in-app.
		await page.goto(`${app.server.url}/connexion`);
		await page.getByLabel('Adresse électronique').fill(DEMO.maire);
		await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor();
		// The curriculum pulled at sign-in is on the device (the home page's progress shows it).
		await page.getByTestId('volet-progress').first().waitFor();
		// A marker that a reload or a full navigation would wipe out.
		await page.evaluate(() => ((window as unknown as { firstVisit: number }).firstVisit = 1));

		// The worker finished its precache and took control of this page, with no reload.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
			timeout: 60_000
		});

		// What can wait (the communes index, for the commune search) follows in the background.
		await page.waitForFunction(async () => {
			for (const name of await caches.keys()) {
				const keys = await (await caches.open(name)).keys();
				if (keys.some((request) => request.url.includes('/data/communes.json'))) return true;
			}
			return false;
		});

		await app.server.stop('SIGKILL');
		await context.setOffline(true);
		const nav = page.locator('#app-nav');

		await open(page, nav.getByRole('link', { name: 'Formation' }), /\/formation$/);
		await open(page, page.locator('main h3 a').first(), /\/formation\/module\//);
		await open(page, nav.getByRole('link', { name: 'Projet' }), /\/projet$/);
		await open(page, nav.getByRole('link', { name: 'Contrat' }), /\/charte$/);
		await open(page, nav.getByRole('link', { name: 'Communauté' }), /\/communaute$/);
		for (const tile of ['census', 'practices', 'discussions', 'consultations']) {
			await open(page, nav.getByRole('link', { name: 'Communauté' }), /\/communaute$/);
			await open(page, page.getByTestId(`tile-${tile}`), /\/communaute\/\w+$/);
		}
		await open(page, nav.getByRole('link', { name: 'Sessions' }), /\/sessions$/);
		await open(page, nav.getByRole('link', { name: 'Comptes' }), /\/comptes$/);
		await open(page, nav.getByRole('link', { name: 'Synchronisation' }), /\/synchronisation$/);
		await open(page, nav.getByRole('link', { name: 'Paramètres' }), /\/parametres$/);
		await page.getByText('Prête à fonctionner sans réseau.').waitFor();
		await open(
			page,
			nav.getByRole('link', { name: 'Vos données personnelles' }),
			/\/confidentialite$/
		);
		await page.getByTestId('proof-retention').waitFor();
		await open(page, nav.getByRole('link', { name: 'Paramètres' }), /\/parametres$/);
		await open(page, page.getByRole('link', { name: 'Chercher une commune' }), /\/communes$/);
		await page.getByRole('combobox').fill('Lagrasse');
		await page
			.getByRole('option', { name: /Lagrasse/ })
			.first()
			.waitFor();
		await open(page, nav.getByRole('link', { name: 'Accueil' }), /\/$/);
		await page.getByRole('heading', { level: 1, name: 'Bonjour Claire Martin' }).waitFor();

		// Still the page of the first visit: the service worker answered everything.
		expect(
			await page.evaluate(() => (window as unknown as { firstVisit?: number }).firstVisit)
		).toBe(1);
		expect(failures).toEqual([]);
		await context.close();
	});
});

describe('the other roles work offline without a reload too', () => {
	const app = servedApp();

	for (const [account, screens] of [
		[DEMO.facilitateur, ['Formation', 'Sessions', 'Communauté', 'Synchronisation', 'Paramètres']],
		[
			DEMO.coordinateur,
			['Sessions', 'Communauté', 'Territoire', 'Comptes', 'Synchronisation', 'Paramètres']
		]
	] as const) {
		it(`opens the screens of ${account} with the network cut, in the tab of the sign-in`, async () => {
			const { context, page } = await app.tablet();
			const failures: string[] = [];
			page.on('pageerror', (error) => failures.push(error.message));
			await page.goto(`${app.server.url}/connexion`);
			await page.getByLabel('Adresse électronique').fill(account);
			await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
			await page.getByRole('button', { name: 'Se connecter' }).click();
			await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor();
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
				timeout: 60_000
			});
			// Each screen once online, as the person would on the day they sign in.
			const nav = page.locator('#app-nav');
			for (const name of screens) {
				await open(page, nav.getByRole('link', { name, exact: true }), /\/\w+$/);
			}
			await page.evaluate(() => ((window as unknown as { signedIn: number }).signedIn = 1));
			await context.setOffline(true);
			for (const name of screens) {
				await open(page, nav.getByRole('link', { name, exact: true }), /\/\w+$/);
			}
			expect(await page.evaluate(() => (window as unknown as { signedIn?: number }).signedIn)).toBe(
				1
			);
			expect(failures).toEqual([]);
			await context.close();
		});
	}
});
