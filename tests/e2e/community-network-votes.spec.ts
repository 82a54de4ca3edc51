// The learning network and concertations in a real Chromium against the built app and a real
// PocketBase with the demo data: the demo mayor, offline, posts a question in the Aude space (its
// HTML shown as text), replies in a thread, votes on the open national consultation and changes
// the vote, each saying it is on this device; online, each arrives once and the vote counts once
// with the last choice. A closed consultation shows its results, late votes, participation and
// synthesis. Screenshots of each screen go to /work/shots/network-votes/.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { COMMUNITY_IDS, voteId } from '../../scripts/seed/demo-community.mjs';
import { servedApp } from '../helpers/app';
import { wcagViolations } from '../helpers/axe';
import { adminClient, DEMO } from '../helpers/pocketbase';
import { syncNow } from '../helpers/projects';

const SHOTS = '/work/shots/network-votes';
const SIZES = {
	landscape: { width: 1280, height: 800 },
	portrait: { width: 800, height: 1280 },
	phone: { width: 390, height: 844 }
};

async function shoot(page: Page, name: string) {
	if (process.env.SHOTS === '0') return;
	mkdirSync(SHOTS, { recursive: true });
	await page.evaluate(() => window.scrollTo(0, 0));
	for (const [size, viewport] of Object.entries(SIZES)) {
		await page.setViewportSize(viewport);
		await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
	}
	await page.setViewportSize(SIZES.landscape);
}

describe('learning network and concertations', () => {
	const app = servedApp();

	it('posts, replies and votes offline; online each arrives once and the vote counts once', async () => {
		const { server } = app;
		const admin = await adminClient(server.url);
		const { context, page } = await app.signedInTablet(DEMO.maire);
		const mayor = await admin
			.collection('users')
			.getFirstListItem(admin.filter('email = {:e}', { e: DEMO.maire }));
		// The first sync brings the demo threads and consultations to the device.
		await syncNow(page, server.url, { upToDate: true });
		await page.goto(`${server.url}/communaute/echanges`);
		await page.getByRole('heading', { level: 1, name: 'Échanges entre communes' }).waitFor();
		await page.getByTestId('unread').filter({ hasText: '1 nouvelle notification' }).waitFor();
		await shoot(page, 'echanges');

		await context.setOffline(true);
		await page.getByRole('link', { name: /Département : Aude/ }).click();
		await page.getByRole('link', { name: /Broyer les déchets verts/ }).waitFor();
		await shoot(page, 'espace-aude');
		const title = 'Un composteur collectif à <b>Lagrasse</b> ?';
		const body = '<script>alert(1)</script> Qui a essayé ? Voir https://exemple.fr/compost.';
		await page.getByRole('button', { name: 'Publier' }).click();
		await page.getByText('Écrivez quelques mots avant de publier.').waitFor();
		await page.getByLabel('Titre').fill(title);
		await page.getByLabel('Votre message').fill('a'.repeat(10_001));
		await page.getByRole('button', { name: 'Publier' }).click();
		await page
			.getByText(/Votre texte fait 10.001 caractères ; il en faut 10.000 au plus/)
			.waitFor();
		await page.getByLabel('Votre message').fill(body);
		await page.getByRole('button', { name: 'Publier' }).click();
		await page.getByRole('heading', { level: 1, name: title }).waitFor();
		await page.getByText('<script>alert(1)</script> Qui a essayé ?').waitFor();
		expect(await page.getByRole('link', { name: 'https://exemple.fr/compost' }).count()).toBe(1);
		await page.locator('[data-testid="standing"][data-state="device"]').first().waitFor();
		expect(
			await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)
		).toBeUndefined();
		await shoot(page, 'fil-hors-ligne');

		await page.goto(`${server.url}/communaute/echanges/fil/${COMMUNITY_IDS.audeThread}`);
		await page.getByLabel('Votre réponse').fill('Merci, nous prenons contact.');
		await page.getByRole('button', { name: 'Répondre' }).click();
		await page.getByTestId('reply').filter({ hasText: 'Merci, nous prenons contact.' }).waitFor();
		expect(await wcagViolations(page)).toEqual([]);

		await page.goto(`${server.url}/communaute/concertations/${COMMUNITY_IDS.open}`);
		await page
			.getByRole('heading', { level: 1, name: /Quelle forme pour les rencontres/ })
			.waitFor();
		await page.getByLabel(/Des visites de communes/).check();
		await page.getByRole('button', { name: 'Voter' }).click();
		await page.locator('[data-testid="vote-standing"][data-state="device"]').waitFor();
		await page.getByRole('button', { name: 'Changer mon vote' }).click();
		await page.getByLabel(/Un forum national/).check();
		await page.getByRole('button', { name: 'Voter' }).click();
		await page.getByTestId('my-vote').filter({ hasText: 'Un forum national' }).waitFor();
		await page.getByText('Les résultats seront publiés le').waitFor();
		expect(await wcagViolations(page)).toEqual([]);
		await shoot(page, 'concertation-hors-ligne');
		expect(
			await admin
				.collection('discussions')
				.getFullList({ filter: admin.filter('title = {:t}', { t: title }) })
		).toHaveLength(0);

		await context.setOffline(false);
		await page
			.locator('[data-testid="vote-standing"][data-state="confirmed"]')
			.waitFor({ timeout: 30_000 });
		await syncNow(page, server.url, { upToDate: true });
		await syncNow(page, server.url, { upToDate: true });
		const threads = await admin
			.collection('discussions')
			.getFullList({ filter: admin.filter('title = {:t}', { t: title }) });
		expect(threads.map((t) => [t.body, t.space_code, t.author])).toEqual([[body, '11', mayor.id]]);
		const replies = await admin.collection('comments').getFullList({
			filter: admin.filter('parent = {:p} && author = {:a}', {
				p: COMMUNITY_IDS.audeThread,
				a: mayor.id
			})
		});
		expect(replies.map((r) => r.body)).toEqual(['Merci, nous prenons contact.']);
		const votes = await admin.collection('votes').getFullList({
			filter: admin.filter('consultation = {:c} && user = {:u}', {
				c: COMMUNITY_IDS.open,
				u: mayor.id
			})
		});
		expect(votes.map((v) => [v.id, v.choices, v.late])).toEqual([
			[voteId(COMMUNITY_IDS.open, mayor.id), ['forum'], false]
		]);
		expect(
			await admin
				.collection('votes')
				.getList(1, 1, { filter: `consultation = "${COMMUNITY_IDS.open}"` })
		).toMatchObject({ totalItems: 41 });
		await shoot(page, 'concertation-envoyee');

		await page.goto(`${server.url}/communaute/concertations`);
		await page.getByTestId('consultation').first().waitFor();
		await shoot(page, 'concertations');
		await page.goto(`${server.url}/communaute/concertations/${COMMUNITY_IDS.closed}`);
		await page.getByRole('button', { name: 'Afficher les résultats' }).click();
		await page.getByTestId('voters').filter({ hasText: '25 votants' }).waitFor();
		await page.getByText(/Dont 3 votes arrivés après la clôture/).waitFor();
		await page.getByText(/Le samedi matin l’emporte/).waitFor();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Télécharger les résultats (CSV)' }).click();
		expect((await download).suggestedFilename()).toMatch(
			/^resultats-consultation-\d{4}-\d{2}-\d{2}\.csv$/
		);
		expect(await wcagViolations(page)).toEqual([]);
		await shoot(page, 'resultats');
		await context.close();
	});

	it('lets the national team moderate (show the hidden post again with a reason) and open a consultation', async () => {
		const { server } = app;
		const admin = await adminClient(server.url);
		const { context, page } = await app.signedInTablet(DEMO.national);
		await page.goto(`${server.url}/communaute/echanges/moderation`);
		const item = page.getByTestId('moderation-item').filter({ hasText: 'Offre exceptionnelle' });
		await item.waitFor();
		await item.getByText('Achetez nos panneaux solaires').waitFor();
		await shoot(page, 'moderation');
		await item.getByRole('button', { name: 'Rendre visible' }).click();
		await item.getByText(/Donnez la raison de votre décision/).waitFor();
		await item.getByLabel('Raison de votre décision').fill('Relu : une offre utile aux communes.');
		await item.getByRole('button', { name: 'Rendre visible' }).click();
		await page
			.getByTestId('moderation-item')
			.filter({ hasText: 'Offre exceptionnelle' })
			.getByText('Visible')
			.waitFor();
		expect(await admin.collection('discussions').getOne(COMMUNITY_IDS.hiddenThread)).toMatchObject({
			hidden: false,
			body: expect.stringContaining('panneaux solaires')
		});

		await page.goto(`${server.url}/communaute/concertations`);
		await page.getByRole('button', { name: 'Ouvrir une consultation' }).click();
		await page.getByLabel('Question posée (titre)').fill('Quels thèmes pour 2027 ?');
		await page.getByLabel('Réponses possibles, une par ligne').fill('Eau\nÉnergie\nDéchets');
		await page.getByRole('button', { name: 'Ouvrir la consultation' }).click();
		await page.getByText('Indiquez la date et l’heure de clôture.').waitFor();
		await page
			.getByLabel('Date de clôture')
			.fill(new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10));
		await shoot(page, 'nouvelle-consultation');
		await page.getByRole('button', { name: 'Ouvrir la consultation' }).click();
		await page.getByRole('heading', { level: 1, name: 'Quels thèmes pour 2027 ?' }).waitFor();
		await page.getByText('Seuls les élus votent.', { exact: false }).waitFor();
		await expect
			.poll(
				async () =>
					(
						await admin
							.collection('consultations')
							.getFullList({ filter: 'title = "Quels thèmes pour 2027 ?"' })
					).length,
				{ timeout: 30_000 }
			)
			.toBe(1);
		await context.close();
	});
});
