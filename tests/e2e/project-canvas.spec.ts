// The project canvas in a real Chromium against the built app and a real PocketBase: the mayor
// and her deputy edit different fields and the same text field of one canvas offline, come back
// online, and both see both edits and who made them; bad input is refused in French and saves
// nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { createProject, openParts, syncNow } from '../helpers/projects';
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
		await openParts(maire.page);
		await maire.page.getByRole('textbox', { name: PROBLEM, exact: true }).waitFor();
		await openParts(adjoint.page);

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
			expect(await page.getByTestId('stakeholders').locator('textarea').first().inputValue()).toBe(
				'Association des parents'
			);
			expect(await page.getByRole('checkbox', { name: 'Emploi' }).isChecked()).toBe(true);
			expect(await page.getByRole('checkbox', { name: 'Résilience alimentaire' }).isChecked()).toBe(
				true
			);
			expect(await page.getByLabel('Avancement').inputValue()).toBe('lance');
			const history = page.getByTestId('project-history');
			// A burst of changes by one person is one line.
			await history.getByText(/^Claire Martin a modifié .*les jalons/).waitFor();
			await history.getByText(/^Karim Benali a modifié .*les parties prenantes/).waitFor();
			expect(await history.getByText(/^Karim Benali a modifié/).count()).toBe(1);
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
		await openParts(page);
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
		await openParts(page);
		await page.getByRole('textbox', { name: SOLUTION, exact: true }).waitFor();
		expect(await page.getByRole('textbox', { name: SOLUTION, exact: true }).inputValue()).toBe(
			'Des composteurs partagés.'
		);
		await page.getByText('12,5 kg').waitFor();

		// A measurement typed wrong is corrected in place, the dates read in French.
		const indicators = page.getByTestId('indicators');
		await indicators.getByRole('button', { name: /^Corriger « .* : 12,5 kg »$/ }).click();
		await indicators.locator('input[id^="me-value-"]').fill('15');
		await indicators.locator('input[id^="me-date-"]').fill('2099-02-01');
		expect(await indicators.getByTestId('date-reading').first().textContent()).toContain(
			'1 février 2099'
		);
		await indicators.getByRole('button', { name: 'Enregistrer la correction' }).click();
		await indicators.getByTestId('measurement').filter({ hasText: '15 kg' }).waitFor();
		expect(await indicators.getByTestId('measurement').textContent()).toContain('1 février 2099');

		// Removing asks first: "Non, garder" keeps it, "Oui, supprimer" removes it.
		const measurement = /^Supprimer « 1 février 2099 : 15 kg »$/;
		await indicators.getByRole('button', { name: measurement }).click();
		await indicators.getByText('Supprimer « 1 février 2099 : 15 kg » ?').waitFor();
		await indicators.getByRole('button', { name: 'Non, garder' }).click();
		expect(await indicators.getByTestId('measurement').count()).toBe(1);
		await indicators.getByRole('button', { name: measurement }).click();
		await indicators.getByRole('button', { name: 'Oui, supprimer' }).click();
		await indicators.getByText('Aucune mesure pour l’instant.').waitFor();
		// The indicator too: one tap on "Supprimer" alone removes nothing.
		await indicators.getByRole('button', { name: 'Supprimer « Déchets compostés »' }).click();
		expect(await page.getByTestId('indicators').count()).toBe(1);
		await indicators.getByRole('button', { name: 'Oui, supprimer' }).click();
		await page.getByText('Aucun indicateur pour l’instant.').waitFor();
		await saved(page);
	});

	it('says where each milestone stands and what its button does', async () => {
		const { context, page } = await app.signedInTablet(DEMO.maire);
		await context.setOffline(true);
		await createProject(page, app.server.url, 'Chemin des écoliers');
		await openParts(page);
		const milestones = page.locator('#fold-milestones');
		const added: [string, string][] = [
			['Premier comité', '2000-03-01'],
			['Inauguration', '2099-06-15']
		];
		for (const [label, day] of added) {
			await milestones.getByLabel('Jalon').last().fill(label);
			await milestones.getByLabel('Échéance').last().fill(day);
			await milestones.getByRole('button', { name: 'Ajouter le jalon' }).click();
			await milestones.getByText(label).first().waitFor();
		}
		const states = () => milestones.getByTestId('milestone-state').allTextContents();
		expect((await states()).map((s) => s.trim())).toEqual([
			'En retard : prévu le 1 mars 2000',
			'À faire d’ici le 15 juin 2099'
		]);
		expect(await page.getByTestId('next-milestone').textContent()).toContain('Premier comité');
		// No tick box reading "Fait" beside an empty box: the button says the action.
		expect(await milestones.getByRole('checkbox').count()).toBe(0);
		await milestones
			.getByRole('button', { name: 'Marquer comme atteint : Premier comité' })
			.click();
		await expect
			.poll(async () => (await states())[0]?.trim())
			.toMatch(/^Atteint le \d{1,2} \S+ \d{4}$/);
		await milestones.getByRole('button', { name: 'Remettre à faire : Premier comité' }).waitFor();
		expect(await page.getByTestId('next-milestone').textContent()).toContain('Inauguration');
		await saved(page);
		await context.close();
	});
});
