// The Formation space in a real Chromium against the built app served by a real PocketBase
// seeded with pocketbase/content: online, the table of contents per volet, dated in French
// whatever the month and time zone, and an edited module brought by "Mettre à jour le
// contenu"; after one online visit of /formation, with the server killed and the network cut,
// a module (agenda timeline), an activity guide, a case study (figures and sources) and the
// search all work from the curriculum stored on the device; and a printed page shows the
// content alone, full width.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../scripts/seed/content.mjs';
import { servedApp } from '../helpers/app';
import { wcagViolations as violations } from '../helpers/axe';
import { DEMO, userClient } from '../helpers/pocketbase';

const content = loadContent();
const titleOf = (list: { key: string; title: string }[], key: string) =>
	list.find((item) => item.key === key)!.title;

/** Waits until the service worker's precache holds the communes index (its largest entry). */
async function precached(page: Page) {
	await page.waitForFunction(async () => {
		for (const name of await caches.keys()) {
			const keys = await (await caches.open(name)).keys();
			if (keys.some((request) => request.url.includes('/data/communes.json'))) return true;
		}
		return false;
	});
}

describe('Formation online', () => {
	const app = servedApp();

	it('shows the table of contents per volet, and brings a module the national team edited', async () => {
		const { page } = await app.signedInTablet(DEMO.maire);
		await page.goto(`${app.server.url}/formation`);
		await page.getByRole('heading', { level: 1, name: 'Formation' }).waitFor();
		for (const volet of [
			'Volet 1 — Intelligence collective',
			'Volet 2 — Économie symbiotique',
			'Volet transverse — Communauté apprenante'
		]) {
			await page.getByRole('heading', { level: 2, name: volet }).waitFor();
		}
		const cards = page.locator('.module-card');
		// The élus' modules only: the facilitators' module is not on an élu's Formation page.
		const eluModules = content.modules.filter((m) => m.audience !== 'facilitateur');
		expect(eluModules.length).toBeLessThan(content.modules.length);
		await expect.poll(() => cards.count()).toBe(eluModules.length);
		// Any month: "1 décembre", "28 février", "15 août" (letters beyond \w, no "1er").
		expect(await cards.first().textContent()).toMatch(/Mis à jour le \d{1,2} \p{L}+ \d{4}/u);
		expect(await cards.first().textContent()).toContain('3 h');
		await page.getByText(/Contenu reçu sur cet appareil le /).waitFor();

		// The national team edits one module: "Mettre à jour le contenu" brings exactly that edit.
		const national = await userClient(app.server.url, DEMO.national);
		const ic4 = await national
			.collection('modules')
			.getFirstListItem(national.filter('key = {:key}', { key: 'ic-4' }));
		await national.collection('modules').update(ic4.id, { title: 'Décider ensemble (révisé)' });
		await page.getByRole('button', { name: 'Mettre à jour le contenu' }).click();
		await page.getByText('1 texte reçu ou modifié.').waitFor();
		await page.getByRole('link', { name: 'Décider ensemble (révisé)' }).waitFor();
	});

	// Months whose French names leave [a-z], days that are another date in UTC, and time zones on
	// both sides of it: the date shown is the tablet's own calendar day.
	for (const { month, timezoneId, at, shown } of [
		{
			month: 'août',
			timezoneId: 'Europe/Paris',
			at: '2026-08-14T22:30:00Z',
			shown: '15 août 2026'
		},
		{
			month: 'décembre',
			timezoneId: 'Pacific/Auckland',
			at: '2025-12-14T12:30:00Z',
			shown: '15 déc. 2025'
		},
		{
			month: 'février',
			timezoneId: 'America/Los_Angeles',
			at: '2026-03-01T04:30:00Z',
			shown: '28 févr. 2026'
		}
	]) {
		it(`dates the stored content in ${month} (${timezoneId})`, async () => {
			const { page } = await app.signedInTablet(DEMO.adjoint, {
				timezoneId,
				fixedTime: new Date(at)
			});
			await page.goto(`${app.server.url}/formation`);
			const received = page.getByText(/Contenu reçu sur cet appareil le /);
			await received.waitFor();
			expect(await received.textContent()).toContain(`le ${shown}`);
		});
	}
});

describe('Formation offline after one visit', () => {
	const app = servedApp();
	let context: BrowserContext;
	let page: Page;

	// One online visit of /formation stores the curriculum; then the server dies and the network
	// goes. Every test below opens its own page from there.
	beforeAll(async () => {
		({ context, page } = await app.signedInTablet(DEMO.maire));
		await page.goto(`${app.server.url}/formation`);
		await page.getByText(/Contenu reçu sur cet appareil le /).waitFor();
		await precached(page);
		await app.server.stop('SIGKILL');
		await context.setOffline(true);
	});

	// Print emulation stays on the page until changed: every test starts on screen media.
	beforeEach(async () => {
		await page.emulateMedia({ media: 'screen' });
	});

	it('opens a module with its timed agenda', async () => {
		await page.goto(`${app.server.url}/formation/module/ic-1`);
		await page.getByRole('heading', { level: 1, name: titleOf(content.modules, 'ic-1') }).waitFor();
		await page.getByRole('heading', { level: 2, name: 'Déroulé minuté' }).waitFor();
		const clocks = await page.locator('.timeline .clock').allTextContents();
		expect(clocks[0]).toBe('0:00');
		expect(clocks[1]).toBe('0:15');
		expect(clocks.at(-1)).toBe('3:00');
		await page.getByText('Durée totale : 3 h').waitFor();
		// An élu reads the module; the facilitator's introduction is one tap away.
		await page.getByText('Pour l’animateur : le déroulé commenté').click();
		await page.getByRole('heading', { level: 2, name: /Pour l.animateur/ }).waitFor();
		expect(await page.getByText('Connexion nécessaire').count()).toBe(0);
	});

	it('opens an activity guide from the module, rendered from Markdown', async () => {
		await page.goto(`${app.server.url}/formation/module/ic-1`);
		await page.locator('.timeline a[href="/formation/activite/ic-1-ecoute"]').click();
		await page
			.getByRole('heading', { level: 1, name: titleOf(content.activities, 'ic-1-ecoute') })
			.waitFor();
		// An élu reads what the activity brings them; the facilitator's script is one tap away.
		await page.getByTestId('elu-reading').waitFor();
		expect(await page.getByRole('heading', { level: 2, name: 'Déroulé' }).isVisible()).toBe(false);
		await page.getByText('Pour l’animateur : le guide d’animation').click();
		await page.getByRole('heading', { level: 2, name: 'Déroulé' }).waitFor();
		await page.getByRole('heading', { level: 2, name: 'Pièges à éviter' }).waitFor();
		expect(await page.locator('.prose ol li strong').first().textContent()).toMatch(/min$/);
		expect(await page.locator('.prose').innerHTML()).not.toContain('**');
	});

	it('opens a case study with its figures and their sources', async () => {
		await page.goto(`${app.server.url}/formation/cas/kalundborg`);
		await page
			.getByRole('heading', { level: 1, name: titleOf(content.good_practices, 'kalundborg') })
			.waitFor();
		await page.getByRole('heading', { level: 2, name: 'Chiffres clés' }).waitFor();
		await page.getByRole('heading', { level: 2, name: 'Sources', exact: true }).waitFor();
		const figures = page.locator('.figures li');
		const kalundborg = content.good_practices.find((c) => c.key === 'kalundborg')!;
		expect(await figures.count()).toBe(kalundborg.figures.length);
		expect(await figures.first().textContent()).toContain('Source :');
	});

	it('searches the curriculum offline, accents and capitals ignored', async () => {
		await page.goto(`${app.server.url}/formation`);
		await page
			.getByLabel('Rechercher un module, une activité, une étude de cas')
			.fill('world cafe');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		await page.getByRole('heading', { level: 1, name: 'Rechercher dans la formation' }).waitFor();
		const first = page.locator('.results li').first();
		await first
			.getByRole('link', { name: titleOf(content.activities, 'ic-3-world-cafe') })
			.waitFor();

		const field = page.getByLabel('Rechercher un module, une activité, une étude de cas');
		await field.fill('CONSENTEMENT');
		await first
			.getByRole('link', { name: titleOf(content.activities, 'ic-4-consentement') })
			.waitFor();
		await field.fill('economie circulaire');
		await expect.poll(() => page.locator('.results li').count()).toBeGreaterThan(2);
		expect(await page.locator('.results').textContent()).toContain('Étude de cas');
		const title = await first.getByRole('link').textContent();
		await first.getByRole('link').click();
		await page.getByRole('heading', { level: 1, name: title!.trim() }).waitFor();
		expect(page.url()).toMatch(/\/formation\/(module|activite|cas)\//);
		// Back from a result: the same search, still there.
		await page.goBack();
		await page.getByRole('heading', { level: 1, name: 'Rechercher dans la formation' }).waitFor();
		expect(await field.inputValue()).toBe('economie circulaire');
		expect(await page.locator('.results li').count()).toBeGreaterThan(2);
	});

	it('gathers a module and all its activity guides on one page to print', async () => {
		await page.goto(`${app.server.url}/formation/module/ic-1/imprimer`);
		await page.getByRole('heading', { level: 1, name: titleOf(content.modules, 'ic-1') }).waitFor();
		const own = content.activities.filter((a) => a.module === 'ic-1');
		expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1 + own.length);
		await page.emulateMedia({ media: 'print' });
		const breaks = await page
			.locator('.page-break')
			.evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).breakBefore));
		expect(breaks).toEqual(own.map(() => 'page'));
	});

	it('has no WCAG 2.1 AA violation on the Formation pages', async () => {
		const report: string[] = [];
		for (const path of [
			'/formation',
			'/formation/module/es-2',
			'/formation/activite/ic-3-world-cafe',
			'/formation/cas/toronto',
			'/formation/recherche?q=eau'
		]) {
			await page.goto(`${app.server.url}${path}`);
			await page.locator('main h1').first().waitFor();
			report.push(...(await violations(page)).map((line) => `${path} ${line}`));
		}
		expect(report).toEqual([]);
	});

	it('prints a module guide without the navigation, full width', async () => {
		await page.goto(`${app.server.url}/formation/module/ic-3`);
		await page.getByRole('heading', { level: 2, name: 'Déroulé minuté' }).waitFor();
		expect(await page.locator('#app-nav').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#app-nav').isVisible()).toBe(false);
		expect(await page.locator('.app-header').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
		const width = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
		expect(width).toBeGreaterThan(1200);
	});
});
