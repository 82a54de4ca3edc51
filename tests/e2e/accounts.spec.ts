// The account lifecycle in Chromium with the real mail catcher (issue 13): a coordinator invites
// 3 élus from a spreadsheet saved by a French spreadsheet program, one opens the link and sets
// a password, one signs in by a code sent by e-mail; a self-registered adjoint confirms the
// address, is validated by the demo mayor and then sees the commune's project; a refused
// request cannot sign in; a forgotten password is reset; a revoked tablet is refused on its next
// sync and erases the user's data.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { signInThroughUi } from '../helpers/browser';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';
import { codeIn, linkIn, waitForMail } from '../helpers/mail';
import { wcagViolations as violations } from '../helpers/axe';

const TITLE = 'Broyer et composter ensemble les sarments et les déchets verts';

/** Windows-1252 bytes, as Excel's « CSV (séparateur : point-virgule) » writes French text. */
function cp1252(text: string): Buffer {
	return Buffer.from([...text].map((c) => c.charCodeAt(0)));
}

async function databaseNames(page: Page): Promise<string[]> {
	return page.evaluate(async () =>
		(await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean)
	);
}

describe('accounts', () => {
	const app = servedApp();

	it('invites 3 élus from a CSV: one sets a password from the link, one signs in by code', async () => {
		const tag = randomId(6);
		const [helene, jerome, ines] = ['helene', 'jerome', 'ines'].map(
			(n) => `${n}-${tag}@exemple.fr`
		);
		const { page } = await app.signedInTablet(DEMO.coordinateur);
		await page.goto(`${app.server.url}/comptes`);
		await page.getByLabel('Choisir le fichier CSV').setInputFiles({
			name: 'élus.csv',
			mimeType: 'text/csv',
			buffer: cp1252(
				'Prénom;Nom;Courriel;Code INSEE;Mandat\r\n' +
					`Hélène;Garcia;${helene!};11185;Adjointe\r\n` +
					`Jérôme;Pagès;${jerome!};11185;Conseiller municipal\r\n` +
					`Inès;Vidal;${ines!};Carcassonne;Conseillère municipale\r\n`
			)
		});
		await page.getByText('3 invitations prêtes').waitFor();
		await page.getByRole('button', { name: 'Envoyer les invitations' }).click();
		await page.getByText('3 invitations envoyées').waitFor();

		const invitation = await waitForMail(app.server.mailUrl, helene!, 'est prêt');
		const elu = await app.tablet();
		await elu.page.goto(linkIn(invitation, '/invitation'));
		await elu.page.getByText(/Bienvenue Hélène Garcia/).waitFor();
		await elu.page.getByLabel('Nouveau mot de passe').fill('mon-mot-de-passe-solide');
		await elu.page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
		await elu.page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor();

		const second = await app.tablet();
		await second.page.goto(`${app.server.url}/connexion/code`);
		await second.page.getByLabel('Adresse e-mail').fill(jerome!);
		await second.page.getByRole('button', { name: 'Recevoir un code' }).click();
		const code = codeIn(await waitForMail(app.server.mailUrl, jerome!, 'code de connexion'));
		await second.page.getByLabel('Code à 6 chiffres').fill(code);
		await second.page.getByRole('button', { name: 'Me connecter' }).click();
		await second.page.getByRole('heading', { level: 1, name: /^Bonjour Jérôme Pagès/ }).waitFor();
		expect(await second.page.getByText('Lagrasse').first().isVisible()).toBe(true);
	});

	it('validates a self-registered adjoint from the demo mayor’s list; the adjoint sees the project', async () => {
		const email = `adjoint-${randomId(6)}@exemple.fr`;
		const { page } = await app.tablet();
		await page.goto(`${app.server.url}/inscription`);
		await page.getByLabel('Prénom et nom').fill('Lucie Fabre');
		await page.getByLabel('Adresse e-mail').fill(email);
		await page.getByLabel('Votre commune').fill('Lagrasse');
		await page
			.getByRole('option', { name: /Lagrasse/ })
			.first()
			.click();
		await page.getByLabel('Adjoint ou adjointe').check();
		await page.getByLabel(/Mot de passe \(facultatif/).fill('lucie-mot-de-passe');
		await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
		await page.getByText(/Demande envoyée/).waitFor();
		await page.goto(
			linkIn(await waitForMail(app.server.mailUrl, email, 'Confirmez'), '/verifier-adresse')
		);
		await page.getByText(/Adresse confirmée/).waitFor();

		// Pending: signed in, but nothing of the commune.
		await signInThroughUi(page, app.server.url, email, 'lucie-mot-de-passe');
		await page.getByText('Votre compte est en attente de validation').waitFor();

		const mayor = await app.signedInTablet(DEMO.maire);
		await mayor.page.goto(`${app.server.url}/comptes`);
		const request = mayor.page.getByRole('listitem').filter({ hasText: email });
		await request.getByText(/Lagrasse \(11185\)/).waitFor();
		await request.getByRole('button', { name: 'Valider' }).click();
		await mayor.page.getByText(/Compte validé/).waitFor();

		await signInThroughUi(page, app.server.url, email, 'lucie-mot-de-passe');
		expect(await page.getByText('Votre compte est en attente de validation').count()).toBe(0);
		await page.goto(`${app.server.url}/projet`);
		await page.getByRole('link', { name: TITLE }).waitFor({ timeout: 20_000 });
	});

	it('refuses a request with a reason; the person cannot sign in and is told why', async () => {
		const email = `refus-${randomId(6)}@exemple.fr`;
		const { page } = await app.tablet();
		await page.goto(`${app.server.url}/inscription`);
		await page.getByLabel('Prénom et nom').fill('Paul Inconnu');
		await page.getByLabel('Adresse e-mail').fill(email);
		await page.getByLabel('Votre commune').fill('11185');
		await page
			.getByRole('option', { name: /Lagrasse/ })
			.first()
			.click();
		await page.getByLabel('Conseiller ou conseillère municipal').check();
		await page.getByLabel(/Mot de passe \(facultatif/).fill('paul-mot-de-passe');
		await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
		await page.goto(
			linkIn(await waitForMail(app.server.mailUrl, email, 'Confirmez'), '/verifier-adresse')
		);
		await page.getByText(/Adresse confirmée/).waitFor();

		const mayor = await app.signedInTablet(DEMO.maire);
		await mayor.page.goto(`${app.server.url}/comptes`);
		const request = mayor.page.getByRole('listitem').filter({ hasText: email });
		await request.getByRole('button', { name: 'Refuser' }).click();
		await mayor.page.getByText(/Indiquez la raison du refus/).waitFor();
		await request.getByLabel('Raison du refus').fill('Inconnu au conseil municipal');
		await request.getByRole('button', { name: 'Refuser' }).click();
		await mayor.page.getByText(/Demande refusée/).waitFor();
		expect(
			(await waitForMail(app.server.mailUrl, email, 'Votre demande de compte')).text
		).toContain('Inconnu au conseil municipal');

		await page.goto(`${app.server.url}/connexion`);
		await page.getByLabel('Adresse électronique').fill(email);
		await page.getByLabel('Mot de passe').fill('paul-mot-de-passe');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await page
			.getByRole('alert')
			.filter({ hasText: /demande a été refusée/ })
			.waitFor();
	});

	it('resets a forgotten password from the e-mailed link', async () => {
		const { page } = await app.tablet();
		await page.goto(`${app.server.url}/connexion`);
		await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
		await page.getByLabel('Adresse e-mail').fill(DEMO.facilitateur);
		await page.getByRole('button', { name: 'Recevoir le lien' }).click();
		await page.getByText(/un lien vient d’y être envoyé/).waitFor();
		const mail = await waitForMail(app.server.mailUrl, DEMO.facilitateur, 'nouveau mot de passe');
		await page.goto(linkIn(mail, '/mot-de-passe'));
		await page.getByLabel('Nouveau mot de passe').fill('un-tout-nouveau-secret');
		await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
		await page.getByText('Mot de passe enregistré').waitFor();
		await signInThroughUi(page, app.server.url, DEMO.facilitateur, 'un-tout-nouveau-secret');
		expect(await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).isVisible()).toBe(true);
	});

	it('refuses a revoked tablet on its next sync, which erases the user’s data', async () => {
		const lost = await app.signedInTablet(DEMO.adjoint);
		await lost.page.goto(`${app.server.url}/synchronisation`);
		await lost.page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
		const id = await lost.page.evaluate(async () => {
			const names = (await indexedDB.databases()).map((d) => d.name ?? '');
			return (
				names
					.find((n) => n.startsWith('collabactons-u-'))
					?.slice('collabactons-u-'.length, 'collabactons-u-'.length + 15) ?? ''
			);
		});
		expect(id).toHaveLength(15);

		const other = await app.signedInTablet(DEMO.adjoint);
		await other.page.goto(`${app.server.url}/parametres/appareils`);
		const devices = other.page
			.getByRole('listitem')
			.filter({ hasText: 'Dernière synchronisation' });
		await expect.poll(() => devices.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
		const lostDevice = devices.filter({ hasNotText: 'que vous utilisez' }).first();
		other.page.once('dialog', (dialog) => void dialog.accept());
		await lostDevice.getByRole('button', { name: 'Retirer cet appareil' }).click();
		await other.page.getByText(/Retiré le/).waitFor();

		await lost.page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
		await lost.page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
		await lost.page.getByText(/retiré de votre compte/).waitFor();
		await expect
			.poll(
				async () =>
					(await databaseNames(lost.page)).some((n) => n.startsWith(`collabactons-u-${id}`)),
				{
					timeout: 10_000
				}
			)
			.toBe(false);
		// The other tablet keeps syncing.
		await other.page.goto(`${app.server.url}/synchronisation`);
		await other.page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
		expect(await other.page.getByRole('heading', { level: 1, name: 'Connexion' }).count()).toBe(0);
	});
});

describe('accounts: accessibility (axe-core, WCAG 2.1 AA)', () => {
	const app = servedApp();

	for (const viewport of [
		{ name: 'tablette', width: 1280, height: 800 },
		{ name: 'téléphone', width: 390, height: 844 }
	]) {
		it(`has no violation on the account screens (${viewport.name})`, async () => {
			const { page, context } = await app.tablet({ viewport });
			const report: string[] = [];
			for (const path of [
				'/inscription',
				'/connexion/code',
				'/mot-de-passe',
				'/invitation?jeton=x'
			]) {
				await page.goto(`${app.server.url}${path}`);
				await page.getByRole('heading', { level: 1 }).first().waitFor();
				report.push(...(await violations(page)).map((v) => `${path} ${v}`));
			}
			await signInThroughUi(page, app.server.url, DEMO.coordinateur, DEMO_PASSWORD);
			for (const path of ['/comptes', '/parametres/appareils']) {
				await page.goto(`${app.server.url}${path}`);
				await page.getByRole('heading', { level: 1 }).first().waitFor();
				await page.waitForLoadState('networkidle');
				report.push(...(await violations(page)).map((v) => `${path} ${v}`));
			}
			await context.close();
			expect(report).toEqual([]);
		});
	}
});

export { DEMO_PASSWORD };
