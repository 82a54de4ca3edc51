// A mayor finds their commune and corrects its rural/urban class; the server keeps the
// correction. Someone else's commune offers no correction.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signInThroughUi, tabletContext } from '../helpers/browser';
import { adminClient, DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

describe('commune class correction', () => {
	let server: TestServer;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		server = await startTestServer({ publicDir: join(process.cwd(), 'build') });
		browser = await launchBrowser();
		page = await (await tabletContext(browser)).newPage();
		await signInThroughUi(page, server.url, DEMO.maire, DEMO_PASSWORD);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.dispose();
	});

	async function open(query: string, name: string) {
		await page.goto(`${server.url}/communes`);
		await page.getByRole('combobox').fill(query);
		await page
			.getByRole('option', { name: new RegExp(name) })
			.first()
			.click();
		await page.getByRole('heading', { level: 2, name }).waitFor();
	}

	it('lets the mayor of Lagrasse class it as urban, and the server keeps it', async () => {
		await open('lagrasse', 'Lagrasse');
		await page.getByRole('radio', { name: 'urbaine' }).check();
		await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
		await page.getByRole('status').filter({ hasText: 'Correction enregistrée' }).waitFor();
		const admin = await adminClient(server.url);
		const record = await admin.collection('communes').getFirstListItem('insee = "11185"');
		expect(record).toMatchObject({ class: 'urbain', class_corrected: true });
	});

	it('offers no correction for another commune', async () => {
		await open('carcassonne', 'Carcassonne');
		expect(await page.getByRole('button', { name: 'Enregistrer la correction' }).count()).toBe(0);
	});
});
