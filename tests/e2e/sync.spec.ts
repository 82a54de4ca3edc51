// The sync promises in a real Chromium against the built app and a real PocketBase:
// two élus of the same commune edit the same project offline and both end with both edits;
// a tab killed right after an offline edit shows it when reopened; a file carries a project
// that never reached the server to a fresh device with no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { createProject, syncNow } from '../helpers/projects';
import { DEMO } from '../helpers/pocketbase';

async function addLogEntry(page: Page, text: string) {
	await page.getByLabel('Ce qui s’est passé').fill(text);
	await page.getByRole('button', { name: 'Ajouter au journal' }).click();
	await page.getByText(text).waitFor();
	await page.getByText('Enregistré sur cet appareil').first().waitFor();
}

describe('sync between devices', () => {
	const app = servedApp();

	it('merges two élus’ offline edits of the same project once both are back online', async () => {
		const maire = await app.signedInTablet(DEMO.maire);
		const adjoint = await app.signedInTablet(DEMO.adjoint);

		const id = await createProject(maire.page, app.server.url, 'Jardin partagé des Corbières');
		await syncNow(maire.page, app.server.url);
		await maire.page.getByTestId('sync-indicator').filter({ hasText: 'À jour' }).waitFor();

		await syncNow(adjoint.page, app.server.url);
		await adjoint.page.goto(`${app.server.url}/projet/${id}`);
		await adjoint.page.getByLabel('Titre du projet').waitFor();
		expect(await adjoint.page.getByLabel('Titre du projet').inputValue()).toBe(
			'Jardin partagé des Corbières'
		);

		await maire.context.setOffline(true);
		await adjoint.context.setOffline(true);
		await maire.page.goto(`${app.server.url}/projet/${id}`);
		await addLogEntry(maire.page, 'Réunion avec les maraîchers (maire)');
		await addLogEntry(adjoint.page, 'Visite du terrain communal (adjoint)');

		await maire.context.setOffline(false);
		await adjoint.context.setOffline(false);
		for (const page of [maire.page, adjoint.page]) {
			await page.getByText('Réunion avec les maraîchers (maire)').waitFor({ timeout: 20_000 });
			await page.getByText('Visite du terrain communal (adjoint)').waitFor({ timeout: 20_000 });
		}
		expect(await maire.page.getByText('Visite du terrain communal (adjoint)').count()).toBe(1);
		expect(await adjoint.page.getByText('Réunion avec les maraîchers (maire)').count()).toBe(1);

		// Both online with the project open: a new entry reaches the other tablet by itself
		// (local write → push → PocketBase realtime → pull), within a few seconds.
		const started = Date.now();
		await addLogEntry(maire.page, 'Convention signée avec la chambre d’agriculture');
		await adjoint.page
			.getByText('Convention signée avec la chambre d’agriculture')
			.waitFor({ timeout: 5_000 });
		console.log(`realtime: entry visible on the other tablet after ${Date.now() - started} ms`);
	});

	it('keeps an offline edit when the tab is killed right after it', async () => {
		const { context, page } = await app.signedInTablet(DEMO.maire);
		await context.setOffline(true);
		const id = await createProject(page, app.server.url, 'Chaufferie bois collective');
		await addLogEntry(page, 'Devis demandé à la scierie');
		// Kill the renderer as the system would (the CDP call itself never answers once it is gone).
		const cdp = await context.newCDPSession(page);
		const crashed = page.waitForEvent('crash');
		cdp.send('Page.crash').catch(() => undefined);
		await crashed;

		const reopened = await context.newPage();
		await reopened.goto(`${app.server.url}/projet/${id}`);
		await reopened.getByText('Devis demandé à la scierie').waitFor();
		expect(await reopened.getByLabel('Titre du projet').inputValue()).toBe(
			'Chaufferie bois collective'
		);
	});

	it('warns before a logout would lose changes the server has not confirmed', async () => {
		const { context, page } = await app.signedInTablet(DEMO.adjoint);
		await context.setOffline(true);
		await createProject(page, app.server.url, 'Fête des voisins');
		await page.goto(`${app.server.url}/parametres`);
		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		const warning = page.getByRole('dialog').getByRole('alert');
		await warning.waitFor();
		expect(await warning.textContent()).toMatch(/n’(a|ont) pas encore été envoyée?s? au serveur/);
		await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
		await page.goto(`${app.server.url}/projet`);
		await page.getByRole('link', { name: 'Fête des voisins' }).waitFor();
	});

	it('moves a project that never reached the server to a fresh device with a file', async () => {
		const source = await app.signedInTablet(DEMO.maire);
		const target = await app.signedInTablet(DEMO.adjoint);
		await source.context.setOffline(true);
		await target.context.setOffline(true);

		await createProject(source.page, app.server.url, 'Covoiturage solidaire');
		await addLogEntry(source.page, 'Liste des conducteurs volontaires');
		await source.page.goto(`${app.server.url}/synchronisation`);
		const [download] = await Promise.all([
			source.page.waitForEvent('download'),
			source.page.getByTestId('bundle-export').click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.collabactons$/);
		const file = join(app.server.dataDir, 'export.collabactons');
		await download.saveAs(file);
		expect(readFileSync(file).byteLength).toBeGreaterThan(20);

		await target.page.goto(`${app.server.url}/synchronisation`);
		for (let round = 0; round < 2; round++) {
			await target.page.getByTestId('bundle-file').setInputFiles(file);
			await target.page.getByTestId('bundle-preview').waitFor();
			expect(await target.page.getByTestId('bundle-preview').textContent()).toContain(
				'Covoiturage solidaire'
			);
			await target.page.getByTestId('bundle-merge').click();
			await target.page.getByTestId('bundle-preview').waitFor({ state: 'detached' });
		}

		await target.page.goto(`${app.server.url}/projet`);
		await target.page.getByRole('link', { name: 'Covoiturage solidaire' }).click();
		await target.page.getByText('Liste des conducteurs volontaires').waitFor();
		expect(await target.page.getByText('Liste des conducteurs volontaires').count()).toBe(1);
	});
});
