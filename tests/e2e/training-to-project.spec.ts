// From training to project, in a real Chromium against the built app and a real PocketBase: a
// new élu, offline, frames their action on the es-4 activity (the draft survives a reload),
// creates the pre-filled project once, signs the charter committed to it, and finds charter,
// project and next milestone on the home page, and logs a first entry with a photo; back online,
// the server holds the link and the photo, and a second tablet of the same élu shows it all.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { wcagViolations } from '../helpers/axe';
import { adminClient, communeId, createUser } from '../helpers/pocketbase';
import { phonePhoto } from '../helpers/photos';
import { createProject, openParts, syncNow } from '../helpers/projects';

const ELU = 'elu.cadrage@collabactons.fr';
const TITLE = 'La cantine nourrie par nos fermes';
const STEP = 'Appeler les deux maraîchers du canton';
const LOG_TEXT = 'Première réunion avec les maraîchers et la cuisinière de l’école.';

/**
 * `YYYY-MM-DD` of today plus `days` on the tablet's calendar (Europe/Paris, see tabletContext),
 * whatever this process's time zone; calendar arithmetic in UTC, so no DST hour can shift it.
 */
function dayIn(days: number): string {
	const parts = new Intl.DateTimeFormat('en', {
		timeZone: 'Europe/Paris',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(new Date());
	const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	const date = new Date(Date.UTC(part('year'), part('month') - 1, part('day') + days));
	return date.toISOString().slice(0, 10);
}

async function draftSaved(page: Page) {
	await page.locator('[data-testid="framing-save"][data-status="saved"]').waitFor();
}

/** A finger signature: one wavy stroke across the pad. */
async function drawSignature(page: Page) {
	const pad = page.getByTestId('signature-pad').first();
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.5);
	await page.mouse.down();
	for (let i = 1; i < 25; i++) {
		const x = box.x + box.width * (0.1 + i * 0.03);
		await page.mouse.move(x, box.y + box.height * (0.5 + 0.25 * Math.sin(i / 2)), { steps: 2 });
	}
	await page.mouse.up();
}

describe('from training to project', () => {
	const app = servedApp();

	it('frames an action offline, creates the project once, commits the charter to it', async () => {
		const url = app.server.url;
		await createUser(url, {
			email: ELU,
			name: 'Lucie Ferrand',
			role: 'elu',
			communes: [await communeId(url, '11185')]
		});
		const { context, page } = await app.signedInTablet(ELU);
		await context.setOffline(true);

		const framingUrl = `${url}/formation/activite/es-4-cadrage-action#cadrer-mon-action`;
		await page.goto(framingUrl);
		await page.getByRole('heading', { level: 2, name: 'Cadrer mon action' }).waitFor();

		// Incomplete: nothing is created, the first field in error has the focus.
		const create = page.getByRole('button', { name: 'Créer mon projet à partir de cette action' });
		await create.click();
		await page.getByText('Le projet n’est pas encore créé').waitFor();
		await page.getByText('Donnez un titre à votre action.').waitFor();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('framing-title-input');

		await page.getByLabel('Titre de l’action').fill(TITLE);
		await page
			.getByRole('textbox', { name: 'Le problème local' })
			.fill('La cantine dépend d’un prestataire lointain et jette un quart des assiettes.');
		await page
			.getByRole('textbox', { name: 'La solution proposée' })
			.fill('Un contrat avec les maraîchers, le compost des restes pour leurs parcelles.');
		await page.getByRole('checkbox', { name: 'Résilience alimentaire' }).check();
		await page.getByRole('checkbox', { name: 'Économie circulaire' }).check();
		await page.getByLabel('Nom', { exact: true }).fill('Les maraîchers du canton');
		await page.getByLabel('Type', { exact: true }).selectOption('entreprise');
		await page.getByLabel('Comment je l’associe').fill('Co-construction des menus');
		await page.getByLabel('Ce que je fais').fill(STEP);
		// Beyond thirty days: a warning, never a refusal.
		await page.getByLabel('Date prévue').fill(dayIn(45));
		await page.getByText('prévu dans plus de trente jours').waitFor();
		const stepDay = dayIn(10);
		await page.getByLabel('Date prévue').fill(stepDay);
		await draftSaved(page);
		expect(await page.getByText('prévu dans plus de trente jours').count()).toBe(0);
		expect(await wcagViolations(page)).toEqual([]);

		// A reload (or a killed tab) keeps every word.
		await page.reload();
		await page.getByLabel('Titre de l’action').waitFor();
		expect(await page.getByLabel('Titre de l’action').inputValue()).toBe(TITLE);
		expect(await page.getByRole('checkbox', { name: 'Économie circulaire' }).isChecked()).toBe(
			true
		);
		expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe(
			'Les maraîchers du canton'
		);
		expect(await page.getByLabel('Date prévue').inputValue()).toBe(stepDay);

		await create.click();
		await page.waitForURL(/\/projet\/[a-z0-9]{15}$/);
		const projectId = page.url().split('/').pop()!;
		// A framed project opens with its parts closed, the log and next milestone on top.
		await page.getByTestId('next-milestone').getByText(STEP).waitFor();
		await openParts(page);
		await page.getByLabel('Titre du projet').waitFor();
		expect(await page.getByLabel('Titre du projet').inputValue()).toBe(TITLE);
		expect(
			await page.getByRole('textbox', { name: 'Le problème local', exact: true }).inputValue()
		).toContain('prestataire lointain');
		expect(await page.getByRole('checkbox', { name: 'Résilience alimentaire' }).isChecked()).toBe(
			true
		);
		expect(await page.getByLabel('Avancement').inputValue()).toBe('cadrage');
		expect(await page.getByTestId('stakeholders').locator('textarea').first().inputValue()).toBe(
			'Les maraîchers du canton'
		);
		await page.getByTestId('milestones').getByText(STEP).first().waitFor();
		await page.getByTestId('project-charter').getByText('Aucun contrat').waitFor();

		// The framing now opens its project: a second tap never creates another one.
		await page.goto(framingUrl);
		await page.getByRole('button', { name: 'Ouvrir mon projet' }).click();
		await page.waitForURL(`${url}/projet/${projectId}`);
		await page.goto(`${url}/projet`);
		await page.getByRole('link', { name: TITLE }).first().waitFor();
		expect(await page.getByRole('link', { name: TITLE }).count()).toBe(1);

		// The charter proposes the framed project and seals it.
		await page.goto(`${url}/charte`);
		await page.getByRole('heading', { level: 2, name: 'Signer le contrat' }).waitFor();
		const select = page.getByLabel('Le projet auquel vous vous engagez');
		await expect.poll(() => select.inputValue()).toBe(projectId);
		await page.getByLabel('Maire', { exact: true }).check();
		await drawSignature(page);
		await page.getByLabel(/J’ai lu le contrat/).check();
		await page.getByRole('button', { name: 'Signer', exact: true }).click();
		const receipt = (await page.getByTestId('receipt-code').textContent())!.trim();
		expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		await page.getByTestId('receipt-project-line').getByText(TITLE).waitFor();
		await page.getByTestId('receipt-project').click();
		await page.waitForURL(`${url}/projet/${projectId}`);
		await openParts(page);

		await page
			.getByTestId('project-charter')
			.getByText(new RegExp(`Contrat d’engagement signé le .+ \\(reçu ${receipt}\\)`))
			.waitFor();

		// Home: charter, project and next milestone, all from this device.
		await page.goto(url);
		const home = page.getByTestId('engagement');
		await home.getByTestId('home-charter').getByText(receipt, { exact: false }).waitFor();
		await home.getByTestId('home-project').getByRole('link', { name: TITLE }).waitFor();
		await home.getByTestId('home-project').getByText('Avancement : En cadrage').waitFor();
		const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
			new Date(`${stepDay}T12:00:00Z`)
		);
		const milestone = home.getByTestId('home-milestone');
		await milestone.getByText(STEP).waitFor();
		expect(await milestone.textContent()).toContain(`À faire d’ici le ${when}`);
		expect(await milestone.textContent()).not.toContain('En retard');
		expect(await wcagViolations(page)).toEqual([]);

		// Still offline: the first log entry, with a photo of the meeting.
		await page.goto(`${url}/projet/${projectId}`);
		await page.getByTestId('log-photos').setInputFiles({
			name: 'reunion.jpg',
			mimeType: 'image/jpeg',
			buffer: await phonePhoto(page)
		});
		await page.getByTestId('selected-photos').waitFor();
		await page.getByLabel('Ce qui s’est passé').fill(LOG_TEXT);
		await page.getByTestId('add-log').click();
		await page.locator('[data-testid="log-photo"][data-state="pending"]').waitFor();

		// Back online: the server holds the charter sealed with the project, and the project.
		await context.setOffline(false);
		const admin = await adminClient(url);
		await expect
			.poll(
				async () => (await admin.collection('charters').getFullList()).map((c) => c.project_id),
				{
					timeout: 30_000
				}
			)
			.toContain(projectId);
		await expect
			.poll(
				async () =>
					(
						await admin
							.collection('projects')
							.getOne(projectId)
							.catch(() => null)
					)?.status,
				{
					timeout: 30_000
				}
			)
			.toBe('cadrage');
		await expect
			.poll(
				async () =>
					(
						await admin.collection('photos').getFullList({ filter: `project = "${projectId}"` })
					).map((photo) => photo.complete),
				{ timeout: 30_000 }
			)
			.toEqual([true]);
		await context.close();

		// A second tablet of the same élu: charter, project, log entry and photo are all there.
		const second = await app.signedInTablet(ELU);
		await syncNow(second.page, url, { upToDate: true });
		await second.page.goto(`${url}/projet/${projectId}`);
		await second.page.getByText(LOG_TEXT).waitFor();
		await openParts(second.page);
		expect(await second.page.getByLabel('Titre du projet').inputValue()).toBe(TITLE);
		const photo = second.page.locator('[data-testid="log-photo"][data-state="sent"] img');
		await photo.scrollIntoViewIfNeeded();
		await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
		await second.page
			.getByTestId('project-charter')
			.getByText(new RegExp(`\\(reçu ${receipt}\\)`))
			.waitFor();
		await second.page.goto(`${url}/charte`);
		await second.page.getByText(receipt).first().waitFor();
		await second.context.close();
	});

	it('links a charter signed "for later" from the project page, and keeps the link', async () => {
		const url = app.server.url;
		await createUser(url, {
			email: 'adjoint.cadrage@collabactons.fr',
			name: 'Paul Bastide',
			role: 'elu',
			communes: [await communeId(url, '11185')]
		});
		const { context, page } = await app.signedInTablet('adjoint.cadrage@collabactons.fr');
		await context.setOffline(true);
		const projectId = await createProject(page, url, 'Verger de la place');

		await page.goto(`${url}/charte`);
		await page.getByRole('heading', { level: 2, name: 'Signer le contrat' }).waitFor();
		const select = page.getByLabel('Le projet auquel vous vous engagez');
		await select
			.locator('option', { hasText: 'Verger de la place' })
			.waitFor({ state: 'attached' });
		expect(await select.inputValue()).toBe('');
		await page.getByLabel('Adjoint ou adjointe').check();
		await drawSignature(page);
		await page.getByLabel(/J’ai lu le contrat/).check();
		await page.getByRole('button', { name: 'Signer', exact: true }).click();
		const receipt = (await page.getByTestId('receipt-code').textContent())!.trim();

		await page.goto(`${url}/projet/${projectId}`);
		const section = page.getByTestId('project-charter');
		await section.getByText('Aucun contrat').waitFor();
		await section.getByRole('button', { name: /Rattacher mon contrat signé le/ }).click();
		const line = new RegExp(`Contrat d’engagement signé le .+ \\(reçu ${receipt}\\)`);
		await section.getByText(line).waitFor();
		expect(await section.getByRole('button').count()).toBe(0);
		await page.reload();
		await page.getByTestId('project-charter').getByText(line).waitFor();
		await context.close();
	});
});
