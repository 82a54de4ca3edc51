// "Prête à fonctionner sans réseau" on the home page, in a real Chromium against the built app
// and a real PocketBase: right after the first sign-in the card counts what is saved (the app by
// its service worker, the training texts, the commune's projects), then says the device is ready,
// and it still says so with the network cut.
import { describe, expect, it } from 'vitest';
import { servedApp } from '../helpers/app';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';

describe('offline readiness on the home page', () => {
	const app = servedApp();

	it('counts what is saved after sign-in, then says the device is ready, offline too', async () => {
		const { context, page } = await app.signedInTablet(DEMO.maire);
		const card = page.getByTestId('readiness');
		await card.waitFor();
		await page.locator('[data-testid="readiness"][data-ready="true"]').waitFor({ timeout: 30_000 });
		expect(await card.textContent()).toContain('Prête à fonctionner sans réseau');

		await context.setOffline(true);
		await page.reload();
		await page.locator('[data-testid="readiness"][data-ready="true"]').waitFor();
		await context.close();
	});

	it('never says ready while the app itself is not saved, and shows each step', async () => {
		// A browser that refuses the service worker: the app step never completes.
		const context = await app.browser.newContext({
			viewport: { width: 1280, height: 800 },
			locale: 'fr-FR',
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(`${app.server.url}/connexion`);
		await page.getByLabel('Adresse électronique').fill(DEMO.adjoint);
		await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor();
		const card = page.getByTestId('readiness');
		await card.getByTestId('readiness-training').and(page.locator('[data-step="done"]')).waitFor({
			timeout: 30_000
		});
		await card.getByTestId('readiness-data').and(page.locator('[data-step="done"]')).waitFor({
			timeout: 30_000
		});
		expect(await card.getByTestId('readiness-app').getAttribute('data-step')).not.toBe('done');
		expect(await card.getAttribute('data-ready')).toBe('false');
		expect(await card.getByRole('progressbar').getAttribute('value')).toBe('2');
		expect(await card.textContent()).toContain('Les projets de votre commune');
		await context.close();
	});
});
