// A mayor finds their commune and corrects its rural/urban class, saying why; the server keeps the
// correction and its reason. Someone else's commune offers no correction.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { adminClient, DEMO } from '../helpers/pocketbase';

describe('commune class correction', () => {
	const app = servedApp();
	let page: Page;

	beforeAll(async () => {
		({ page } = await app.signedInTablet(DEMO.maire));
	});

	async function open(query: string, name: string) {
		await page.goto(`${app.server.url}/communes`);
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
		await page
			.getByRole('textbox', { name: /Pourquoi cette correction/ })
			.fill('Le bourg et la zone d’activité forment une petite ville.');
		await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
		await page.getByRole('status').filter({ hasText: 'Correction enregistrée' }).waitFor();
		const admin = await adminClient(app.server.url);
		const record = await admin.collection('communes').getFirstListItem('insee = "11185"');
		expect(record).toMatchObject({
			class: 'urbain',
			class_corrected: true,
			class_reason: 'Le bourg et la zone d’activité forment une petite ville.'
		});
	});

	it('offers no correction for another commune', async () => {
		await open('carcassonne', 'Carcassonne');
		expect(await page.getByRole('button', { name: 'Enregistrer la correction' }).count()).toBe(0);
	});
});
