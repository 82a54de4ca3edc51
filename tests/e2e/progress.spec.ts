// An élu marks an activity as done with no network: it is saved on the tablet, counted on the
// home page, and reaches the server once the network is back.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../scripts/seed/content.mjs';
import {
	launchBrowser,
	signInThroughUi,
	tabletContext,
	waitForServiceWorker
} from '../helpers/browser';
import { adminClient, DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

const activity = loadContent().activities.find((a) => a.key === 'ic-1-meteo')!;

describe('training progress', () => {
	let server: TestServer;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startTestServer({ publicDir: join(process.cwd(), 'build') });
		browser = await launchBrowser();
		context = await tabletContext(browser);
		page = await context.newPage();
		await page.goto(server.url);
		await waitForServiceWorker(page);
		await signInThroughUi(page, server.url, DEMO.maire, DEMO_PASSWORD);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.dispose();
	});

	it('is marked offline, counted on the home page, and reaches the server online', async () => {
		// The curriculum is pulled at sign-in: the home page shows the volets.
		await page.getByTestId('volet-progress').first().waitFor();
		await context.setOffline(true);

		await page.goto(`${server.url}/formation/activite/${activity.key}`);
		await page.getByRole('heading', { level: 1, name: activity.title }).waitFor();
		await page.getByRole('button', { name: 'Marquer cette activité comme faite' }).click();
		await page.getByRole('button', { name: /Activité faite/ }).waitFor();
		await page.getByRole('status').filter({ hasText: 'Enregistré sur cet appareil' }).waitFor();

		await page.goto(server.url);
		const first = page.getByTestId('volet-progress').first();
		await first.filter({ hasText: '1 activité(s) sur' }).waitFor();

		const admin = await adminClient(server.url);
		expect((await admin.collection('progress').getFullList()).length).toBe(0);

		await context.setOffline(false);
		await expect
			.poll(async () => (await admin.collection('progress').getFullList()).length, {
				timeout: 20_000
			})
			.toBe(1);
		const [record] = await admin.collection('progress').getFullList();
		expect(record).toMatchObject({ module: 'ic-1', activity: 'ic-1-meteo', done: true });
		const maire = await admin
			.collection('users')
			.getFirstListItem(admin.filter('email = {:email}', { email: DEMO.maire }));
		expect(record!.user).toBe(maire.id);
	});
});
