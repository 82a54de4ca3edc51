// An élu marks an activity as done with no network: it is saved on the tablet, counted on the
// home page, and reaches the server once the network is back.
import { beforeAll, describe, expect, it } from 'vitest';
import { servedApp } from '../helpers/app';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../scripts/seed/content.mjs';
import { adminClient, DEMO } from '../helpers/pocketbase';

const activity = loadContent().activities.find((a) => a.key === 'ic-1-meteo')!;

describe('training progress', () => {
	const app = servedApp();
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		({ context, page } = await app.signedInTablet(DEMO.maire));
	});

	it('is marked offline, counted on the home page, and reaches the server online', async () => {
		// The curriculum is pulled at sign-in: the home page shows the volets.
		await page.getByTestId('volet-progress').first().waitFor();
		await context.setOffline(true);

		await page.goto(`${app.server.url}/formation/activite/${activity.key}`);
		await page.getByRole('heading', { level: 1, name: activity.title }).waitFor();
		await page.getByRole('button', { name: 'Marquer cette activité comme faite' }).click();
		await page.getByRole('button', { name: /Activité faite/ }).waitFor();
		await page.getByRole('status').filter({ hasText: 'Enregistré sur cet appareil' }).waitFor();

		await page.goto(app.server.url);
		const first = page.getByTestId('volet-progress').first();
		await first.filter({ hasText: '1 activité sur' }).waitFor();

		const admin = await adminClient(app.server.url);
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
