// The project canvas in a real Chromium against the built app and a real PocketBase: the mayor
// and her deputy edit different fields and the same text field of one canvas offline, come back
// online, and both see both edits and who made them; bad input is refused in French and saves
// nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { createProject, syncNow } from '../helpers/projects';
import { wcagViolations } from '../helpers/axe';
import { DEMO, userClient } from '../helpers/pocketbase';

const PROBLEM = 'Le problème local';
const SOLUTION = 'La solution proposée';

async function saved(page: Page) {
	await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
	expect(await page.getByTestId('save-status').textContent()).toContain(
		'Enregistré sur cet appareil'
	);
}

describe('project canvas on two devices', () => {
	const app = servedApp();

	it('merges offline edits of different fields and of the same field', async () => {
		const maire = await app.signedInTablet(DEMO.maire);
		const adjoint = await app.signedInTablet(DEMO.adjoint);

		const id = await createProject(maire.page, app.server.url, 'Verger communal');
		await maire.page
			.getByRole('textbox', { name: PROBLEM, exact: true })
			.fill('Des parcelles en friche.');
		await saved(maire.page);
		await syncNow(maire.page, app.server.url, { upToDate: true });
		await syncNow(adjoint.page, app.server.url, { upToDate: true });
		await adjoint.page.goto(`${app.server.url}/projet/${id}`);
		await adjoint.page.getByRole('textbox', { name: PROBLEM, exact: true }).waitFor();
		expect(
			await adjoint.page.getByRole('textbox', { name: PROBLEM, exact: true }).inputValue()
		).toBe('Des parcelles en friche.');

		await maire.context.setOffline(true);
		await adjoint.context.setOffline(true);
		await maire.page.goto(`${app.server.url}/projet/${id}`);
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
		const pb = await userClient(app.server.url, DEMO.adjoint);
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

	it('keeps the caret of an élu typing while another élu changes the same text', async () => {
		const maire = await app.signedInTablet(DEMO.maire);
		const adjoint = await app.signedInTablet(DEMO.adjoint);
		const id = await createProject(maire.page, app.server.url, 'Jardin partagé');
		const mine = maire.page.getByRole('textbox', { name: PROBLEM, exact: true });
		await mine.fill('Des parcelles en friche.');
		await saved(maire.page);
		await syncNow(maire.page, app.server.url, { upToDate: true });
		await syncNow(adjoint.page, app.server.url, { upToDate: true });
		await maire.page.goto(`${app.server.url}/projet/${id}`);
		await adjoint.page.goto(`${app.server.url}/projet/${id}`);
		const theirs = adjoint.page.getByRole('textbox', { name: PROBLEM, exact: true });
		await expect.poll(() => theirs.inputValue()).toBe('Des parcelles en friche.');

		// The mayor's caret sits before "friche"; the deputy writes at the start of the text.
		const caret = 'Des parcelles en '.length;
		await mine.focus();
		await mine.evaluate((area: HTMLTextAreaElement, at) => area.setSelectionRange(at, at), caret);
		await theirs.fill('Trois hectares : des parcelles en friche.');
		await expect
			.poll(() => mine.inputValue(), { timeout: 30_000 })
			.toBe('Trois hectares : des parcelles en friche.');
		const moved = caret + 'Trois hectares : d'.length - 1;
		expect(await mine.evaluate((area: HTMLTextAreaElement) => area.selectionStart)).toBe(moved);
		// She goes on typing where she was.
		await maire.page.keyboard.type('grande ');
		expect(await mine.inputValue()).toBe('Trois hectares : des parcelles en grande friche.');
		await saved(maire.page);
		await maire.context.close();
		await adjoint.context.close();
	});

	it('refuses a 100,000-character paste and a measurement that is not a number, saving nothing', async () => {
		const { context, page } = await app.signedInTablet(DEMO.maire);
		await context.setOffline(true);
		const id = await createProject(page, app.server.url, 'Composteurs de quartier');
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

		await page.goto(`${app.server.url}/projet/${id}`);
		await page.getByRole('textbox', { name: SOLUTION, exact: true }).waitFor();
		expect(await page.getByRole('textbox', { name: SOLUTION, exact: true }).inputValue()).toBe(
			'Des composteurs partagés.'
		);
		await page.getByText('12,5 kg').waitFor();
	});
});
