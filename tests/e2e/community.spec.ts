// The learning community's census and library in a real Chromium against the built app and a
// real PocketBase (demo data: Lagrasse's census, 20 published projects of other communes): the
// demo mayor, offline, answers the census (each answer says it is on this device), finds
// "Communes comme la vôtre" with the reason in words and a practice that answers a need; back
// online, the answer reaches the server once and says so. A visitor without an account reads a
// practice's public page. With SHOTS_DIR set, screenshots of each screen at three sizes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { wcagViolations } from '../helpers/axe';
import { adminClient, communeId, DEMO } from '../helpers/pocketbase';
import { syncNow } from '../helpers/projects';

const SIZES = {
	landscape: { width: 1280, height: 800 },
	portrait: { width: 800, height: 1280 },
	phone: { width: 390, height: 844 }
};

async function shoot(page: Page, name: string) {
	const dir = process.env.SHOTS_DIR;
	if (!dir) return;
	for (const [size, viewport] of Object.entries(SIZES)) {
		await page.setViewportSize(viewport);
		await page.screenshot({ path: `${dir}/${name}-${size}.png`, fullPage: true });
	}
	await page.setViewportSize(SIZES.landscape);
}

describe('the learning community: census and good practices', () => {
	const app = servedApp({ seedDemo: true });

	it('works offline for the demo mayor, and each answer arrives once', async () => {
		const { context, page } = await app.signedInTablet(DEMO.maire);
		const url = app.server.url;
		// Online once: the hub, the campaign and the library reach the device.
		await page.goto(`${url}/communaute`);
		await page.getByTestId('tile-census').waitFor();
		await page.getByTestId('hub-census').filter({ hasText: 'Profil B' }).waitFor();
		expect(await page.getByText('bientôt', { exact: false }).count()).toBe(0);
		await shoot(page, 'hub');
		await page.goto(`${url}/communaute/besoins`);
		await page.getByText('Campagne : Recensement des besoins 2026').waitFor();
		await page.goto(`${url}/communaute/pratiques`);
		await page.getByTestId('similar-list').getByTestId('practice-card').first().waitFor();

		await context.setOffline(true);
		await page.goto(`${url}/communaute/besoins`);
		const need = page.getByTestId('need-fracture_numerique');
		await need.getByLabel('Urgent').check();
		await need
			.getByTestId('answer-status')
			.filter({ hasText: 'Enregistré sur cet appareil' })
			.waitFor();
		await need.getByLabel('Précision (facultatif)').fill('Aider les aînés à faire leurs démarches');
		await need.getByLabel('Précision (facultatif)').blur();
		await shoot(page, 'census');
		expect(await wcagViolations(page)).toEqual([]);

		await page.goto(`${url}/communaute/pratiques`);
		const similar = page.getByTestId('similar-list');
		const fabrezan = similar.locator('[data-key="demo-projet-11132"]');
		// The ranking first shows without the census (read a moment later), then with its needs.
		await fabrezan
			.getByTestId('reasons')
			.filter({
				hasText:
					/^Même besoin : déchets, même taille, même type de territoire, même département, projet déjà lancé$/
			})
			.waitFor();
		await shoot(page, 'similar');
		expect(await wcagViolations(page)).toEqual([]);

		await page.getByRole('tab', { name: 'Qui a déjà résolu ça ?' }).click();
		await page.getByLabel('Besoin ou thème').selectOption('eau');
		const solved = page.getByTestId('solved-list').getByTestId('practice-card');
		await solved.first().waitFor();
		expect(await solved.first().getAttribute('data-key')).toBe('demo-projet-11064');
		await shoot(page, 'solved');
		await solved.first().getByRole('link').click();
		await page.getByRole('heading', { level: 1, name: /eau de pluie/ }).waitFor();
		await page.getByTestId('ask-commune').waitFor();
		await shoot(page, 'practice');

		await page.goto(`${url}/communaute/pratiques`);
		await page.getByRole('tab', { name: 'Toutes les pratiques' }).click();
		await page.getByLabel('Rechercher').fill('composteurs');
		await page.getByTestId('all-list').locator('[data-key="demo-projet-11261"]').waitFor();
		await shoot(page, 'all');

		// Back online: the answer reaches the server once and says so.
		await context.setOffline(false);
		await syncNow(page, url, { upToDate: true });
		await page.goto(`${url}/communaute/besoins`);
		await page
			.getByTestId('need-fracture_numerique')
			.getByTestId('answer-status')
			.filter({ hasText: 'Envoyé au serveur' })
			.waitFor({ timeout: 20_000 });
		const admin = await adminClient(url);
		const rows = await admin.collection('needs_surveys').getFullList({
			filter: admin.filter('commune = {:c} && question = "need-fracture_numerique"', {
				c: await communeId(url, '11185')
			})
		});
		expect(rows).toHaveLength(1);
		expect(rows[0]!.answer).toEqual({
			priority: 3,
			note: 'Aider les aînés à faire leurs démarches'
		});
		await context.close();
	});

	it('shows a practice’s public page to a visitor without an account', async () => {
		const { context, page } = await app.tablet();
		await page.goto(`${app.server.url}/pratiques/demo-projet-11132`);
		await page.getByTestId('public-practice').waitFor();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('déchets verts');
		expect(await page.getByText('aucune donnée personnelle').count()).toBe(1);
		await shoot(page, 'public');
		expect(await wcagViolations(page)).toEqual([]);
		await page.goto(`${app.server.url}/pratiques/n-existe-pas`);
		await page.getByText('n’existe pas ou n’est plus publiée').waitFor();
		await context.close();
	});
});
