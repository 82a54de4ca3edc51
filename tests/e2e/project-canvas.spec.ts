// The project canvas in a real Chromium against the built app and a real PocketBase: the mayor
// and her deputy edit different fields and the same text field of one canvas offline, come back
// online, and both see both edits and who made them; bad input is refused in French and saves
// nothing.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
	launchBrowser,
	signInThroughUi,
	tabletContext,
	waitForServiceWorker
} from '../helpers/browser';
import { wcagViolations } from '../helpers/axe';
import { DEMO, DEMO_PASSWORD, userClient } from '../helpers/pocketbase';
import { startTestServer, type TestServer } from '../helpers/server';

const PROBLEM = 'Le problème local';
const SOLUTION = 'La solution proposée';

async function signedInPage(browser: Browser, url: string, email: string) {
	const context = await tabletContext(browser);
	const page = await context.newPage();
	await page.goto(url);
	await waitForServiceWorker(page);
	await signInThroughUi(page, url, email, DEMO_PASSWORD);
	return { context, page };
}

async function createProject(page: Page, url: string, title: string): Promise<string> {
	await page.goto(`${url}/projet`);
	await page.getByLabel('Titre du projet').fill(title);
	await page.getByRole('button', { name: 'Créer le projet' }).click();
	await page.waitForURL(/\/projet\/[a-z0-9]{15}$/);
	await page.getByLabel('Titre du projet').waitFor();
	return page.url().split('/').pop()!;
}

async function syncNow(page: Page, url: string) {
	await page.goto(`${url}/synchronisation`);
	await page.getByRole('button', { name: 'Synchroniser maintenant' }).first().click();
	await page.getByTestId('sync-indicator').filter({ hasText: 'À jour' }).waitFor();
}

async function saved(page: Page) {
	await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
	expect(await page.getByTestId('save-status').textContent()).toContain(
		'Enregistré sur cet appareil'
	);
}

describe('project canvas on two devices', () => {
	let server: TestServer;
	let browser: Browser;
	const contexts: BrowserContext[] = [];

	beforeAll(async () => {
		server = await startTestServer({ publicDir: join(process.cwd(), 'build') });
		browser = await launchBrowser();
	});

	afterAll(async () => {
		for (const context of contexts) await context.close().catch(() => undefined);
		await browser?.close();
		await server?.dispose();
	});

	it('merges offline edits of different fields and of the same field', async () => {
		const maire = await signedInPage(browser, server.url, DEMO.maire);
		const adjoint = await signedInPage(browser, server.url, DEMO.adjoint);
		contexts.push(maire.context, adjoint.context);

		const id = await createProject(maire.page, server.url, 'Verger communal');
		await maire.page
			.getByRole('textbox', { name: PROBLEM, exact: true })
			.fill('Des parcelles en friche.');
		await saved(maire.page);
		await syncNow(maire.page, server.url);
		await syncNow(adjoint.page, server.url);
		await adjoint.page.goto(`${server.url}/projet/${id}`);
		await adjoint.page.getByRole('textbox', { name: PROBLEM, exact: true }).waitFor();
		expect(
			await adjoint.page.getByRole('textbox', { name: PROBLEM, exact: true }).inputValue()
		).toBe('Des parcelles en friche.');

		await maire.context.setOffline(true);
		await adjoint.context.setOffline(true);
		await maire.page.goto(`${server.url}/projet/${id}`);
		await maire.page.getByRole('textbox', { name: PROBLEM, exact: true }).waitFor();

		// The mayor: the end of the local problem, a theme, a milestone.
		await maire.page
			.getByRole('textbox', { name: PROBLEM, exact: true })
			.fill('Des parcelles en friche. Personne ne les cultive.');
		await saved(maire.page);
		await maire.page.getByRole('checkbox', { name: 'Résilience alimentaire' }).check();
		await saved(maire.page);
		await maire.page.getByLabel('Jalon').last().fill('Réunion publique');
		await maire.page.getByLabel('Échéance').last().fill('2026-12-12');
		await maire.page.getByRole('button', { name: 'Ajouter le jalon' }).click();
		await maire.page.getByTestId('milestones').getByText('Réunion publique').first().waitFor();
		await saved(maire.page);

		// The deputy: the start of the same field, the solution, another theme, a stakeholder.
		await adjoint.page
			.getByRole('textbox', { name: PROBLEM, exact: true })
			.fill('Trois hectares : des parcelles en friche.');
		await saved(adjoint.page);
		await adjoint.page
			.getByRole('textbox', { name: SOLUTION, exact: true })
			.fill('Un verger cultivé avec l’école.');
		await saved(adjoint.page);
		await adjoint.page.getByRole('checkbox', { name: 'Emploi' }).check();
		await saved(adjoint.page);
		await adjoint.page.getByLabel('Avancement').selectOption({ label: 'Lancé' });
		await saved(adjoint.page);
		await adjoint.page.locator('#sh-new-name').fill('Association des parents');
		await adjoint.page.locator('#sh-new-type').selectOption('association');
		await adjoint.page.getByRole('button', { name: 'Ajouter la partie prenante' }).click();
		await adjoint.page.getByTestId('stakeholders').waitFor();
		await saved(adjoint.page);

		await maire.context.setOffline(false);
		await adjoint.context.setOffline(false);
		for (const page of [maire.page, adjoint.page]) {
			await expect
				.poll(() => page.getByRole('textbox', { name: PROBLEM, exact: true }).inputValue(), {
					timeout: 30_000
				})
				.toBe('Trois hectares : des parcelles en friche. Personne ne les cultive.');
			await expect
				.poll(() => page.getByRole('textbox', { name: SOLUTION, exact: true }).inputValue(), {
					timeout: 30_000
				})
				.toBe('Un verger cultivé avec l’école.');
			await page.getByTestId('milestones').getByText('Réunion publique').first().waitFor();
			expect(await page.getByTestId('stakeholders').locator('input').first().inputValue()).toBe(
				'Association des parents'
			);
			expect(await page.getByRole('checkbox', { name: 'Emploi' }).isChecked()).toBe(true);
			expect(await page.getByRole('checkbox', { name: 'Résilience alimentaire' }).isChecked()).toBe(
				true
			);
			expect(await page.getByLabel('Avancement').inputValue()).toBe('lance');
			const history = page.getByTestId('project-history');
			await history.getByText('Claire Martin a modifié les jalons').waitFor();
			await history.getByText('Karim Benali a modifié les parties prenantes').waitFor();
		}
		// The summary that lists and dashboards read follows the merged document, on the server too.
		const pb = await userClient(server.url, DEMO.adjoint);
		await expect
			.poll(
				async () => {
					const record = await pb.collection('projects').getOne(id);
					return [record.status, record.themes, record.summary];
				},
				{ timeout: 30_000 }
			)
			.toEqual([
				'lance',
				['emploi', 'resilience_alimentaire'],
				'Trois hectares : des parcelles en friche. Personne ne les cultive.'
			]);
		expect(await wcagViolations(maire.page)).toEqual([]);
		if (process.env.CANVAS_SCREENSHOT) {
			await maire.page.screenshot({ path: process.env.CANVAS_SCREENSHOT, fullPage: true });
		}
	});

	it('refuses a 100,000-character paste and a measurement that is not a number, saving nothing', async () => {
		const { context, page } = await signedInPage(browser, server.url, DEMO.maire);
		contexts.push(context);
		await context.setOffline(true);
		const id = await createProject(page, server.url, 'Composteurs de quartier');
		await page
			.getByRole('textbox', { name: SOLUTION, exact: true })
			.fill('Des composteurs partagés.');
		await saved(page);

		const paste = 'a'.repeat(100_000);
		await page.getByRole('textbox', { name: SOLUTION, exact: true }).fill(paste);
		await page.getByText('Ce texte dépasse 20 000 caractères').waitFor();
		// Nothing is lost: the pasted text stays in the box, unsaved.
		expect(
			(await page.getByRole('textbox', { name: SOLUTION, exact: true }).inputValue()).length
		).toBe(100_000);

		await page.getByRole('textbox', { name: 'Indicateur', exact: true }).fill('Déchets compostés');
		await page.getByRole('textbox', { name: 'Unité', exact: true }).fill('kg');
		await page.getByRole('button', { name: 'Ajouter l’indicateur' }).click();
		await page.getByTestId('indicators').waitFor();
		await page.getByLabel(/Valeur mesurée/).fill('beaucoup');
		await page.getByRole('button', { name: 'Ajouter la mesure' }).click();
		await page.getByText('Cette valeur n’est pas un nombre').waitFor();
		expect(await page.getByText('Aucune mesure pour l’instant.').count()).toBe(1);
		await page.getByLabel(/Valeur mesurée/).fill('12,5');
		await page.getByRole('button', { name: 'Ajouter la mesure' }).click();
		await page.getByText('12,5 kg').waitFor();
		await saved(page);

		await page.goto(`${server.url}/projet/${id}`);
		await page.getByRole('textbox', { name: SOLUTION, exact: true }).waitFor();
		expect(await page.getByRole('textbox', { name: SOLUTION, exact: true }).inputValue()).toBe(
			'Des composteurs partagés.'
		);
		await page.getByText('12,5 kg').waitFor();
	});
});
