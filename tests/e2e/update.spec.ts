// A new version of the app never interrupts anyone: it waits, a banner offers "Mettre à jour",
// what the user is typing stays as it is, and only their click switches to the new version.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, tabletContext, waitForServiceWorker } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

describe('app update', () => {
	const publicDir = mkdtempSync(join(tmpdir(), 'collabactons-build-'));
	let server: TestServer;
	let browser: Browser;

	beforeAll(async () => {
		cpSync(join(process.cwd(), 'build'), publicDir, { recursive: true });
		server = await startTestServer({ publicDir, seedDemo: false });
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.dispose();
		rmSync(publicDir, { recursive: true, force: true });
	});

	it('waits for the user before switching to a new version', async () => {
		const page = await (await tabletContext(browser)).newPage();
		await page.goto(`${server.url}/connexion`);
		await waitForServiceWorker(page);
		await page.reload(); // now controlled by the service worker
		const firstWorker = await page.evaluate(
			() => navigator.serviceWorker.controller?.scriptURL ?? ''
		);
		expect(firstWorker).toMatch(/\/sw\.js$/);

		// The user is typing when a new version is published.
		await page.getByLabel('Adresse électronique').fill('maire.en-train-de-taper@exemple.fr');
		appendFileSync(join(publicDir, 'sw.js'), '\n// version suivante\n');
		let reloaded = false;
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) reloaded = true;
		});
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});

		const banner = page.getByText('Une nouvelle version de l’application est prête.');
		await banner.waitFor();
		await page.waitForTimeout(1000);
		expect(reloaded).toBe(false);
		expect(await page.getByLabel('Adresse électronique').inputValue()).toBe(
			'maire.en-train-de-taper@exemple.fr'
		);
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(true);

		await Promise.all([
			page.waitForEvent('framenavigated'),
			page.getByRole('button', { name: 'Mettre à jour' }).click()
		]);
		await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return {
					waiting: !!registration?.waiting,
					controlled: !!navigator.serviceWorker.controller
				};
			})
		).toEqual({ waiting: false, controlled: true });
		expect(await banner.count()).toBe(0);
	});
});
