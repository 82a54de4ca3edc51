// The territory dashboards in Chromium against the built app and a real PocketBase, on the test
// communes filled by the national generator (Lagrasse keeps the demo world): the demo coordinator
// opens the Aude, drills down to Lagrasse, goes offline, reopens both with the date of their
// figures and exports the communes as a French spreadsheet opens them; the national team's map
// and its table give the same numbers; axe-core finds no WCAG 2.1 AA violation.
import { describe, expect, it } from 'vitest';
import { servedApp } from '../helpers/app';
import { wcagViolations } from '../helpers/axe';
import { ADMIN } from '../helpers/server';
import { DEMO } from '../helpers/pocketbase';
import { generateNational } from '../../scripts/seed/national.mjs';
import { TEST_COMMUNES_INSEE } from '../../scripts/seed/demo.mjs';

describe('territories', () => {
	const app = servedApp();

	it('the Aude, down to Lagrasse, offline with its date, CSV export, no WCAG violation', async () => {
		await generateNational({
			url: app.server.url,
			admin: ADMIN,
			seed: 11,
			communes: TEST_COMMUNES_INSEE,
			exclude: ['11185']
		});
		const { context, page } = await app.signedInTablet(DEMO.coordinateur);
		await page.getByRole('link', { name: 'Territoire' }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Aude' }).waitFor();
		const date = await page.getByTestId('figures-date').textContent();
		expect(date).toMatch(/^Chiffres du \d{1,2} [a-zéû]+( \d{4})?, \d{1,2} h( \d{2})?$/);
		expect(await wcagViolations(page)).toEqual([]);

		await page.getByRole('link', { name: 'Lagrasse' }).click();
		await page.getByRole('heading', { level: 1, name: 'Lagrasse' }).waitFor();
		await page.getByText('Broyer et composter ensemble les sarments').waitFor();
		await page.getByRole('link', { name: /Département Aude/ }).click();
		await page.getByRole('heading', { level: 1, name: 'Aude' }).waitFor();

		await context.setOffline(true);
		await page.reload();
		await page.getByRole('heading', { level: 1, name: 'Aude' }).waitFor();
		await page.getByText(/^Chiffres gardés sur cet appareil : ils datent du/).waitFor();
		expect(await page.getByTestId('figures-date').textContent()).toBe(date);
		await page.getByRole('link', { name: 'Lagrasse' }).click();
		await page.getByRole('heading', { level: 1, name: 'Lagrasse' }).waitFor();
		await page.getByText(/^Chiffres gardés sur cet appareil/).waitFor();
		await page.getByRole('link', { name: /Département Aude/ }).click();
		await page.getByRole('heading', { level: 1, name: 'Aude' }).waitFor();

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tableau des communes (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^territoire-departement-11-communes-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const bytes = Buffer.from(
			await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c))
		);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
		const lines = bytes.subarray(3).toString('utf8').split('\r\n');
		expect(lines[0]).toMatch(
			/^Code INSEE;Commune;Intercommunalité \(EPCI\);Population;Rurale ou urbaine;Élus inscrits;Élus formés/
		);
		const lagrasse = lines.find((l) => l.startsWith('11185;'));
		expect(lagrasse?.split(';').slice(0, 2)).toEqual(['11185', 'Lagrasse']);
		expect(lines.filter((l) => /^\d/.test(l))).toHaveLength(2); // Lagrasse and Carcassonne

		// The network comes back while the kept figures are shown: the server's replace them.
		await context.setOffline(false);
		await page.getByText(/^Chiffres gardés sur cet appareil/).waitFor({ state: 'detached' });
		expect(await page.getByTestId('figures-date').textContent()).toMatch(/^Chiffres du /);
		await context.close();
	});

	it('the national map and its table give the same numbers; keyboard moves between tiles', async () => {
		const { context, page } = await app.signedInTablet(DEMO.national);
		await page.goto(`${app.server.url}/territoire`);
		await page.getByRole('heading', { level: 1, name: 'France' }).waitFor();
		const tile = page.getByRole('link', { name: /^11 Aude : / });
		const label = (await tile.getAttribute('aria-label')) ?? '';
		const mapValue = label.split(' : ')[1];
		await page.getByText('Tableau des départements (mêmes chiffres que la carte)').click();
		const row = page.getByRole('row', { name: /11 · Aude/ });
		expect((await row.getByRole('cell').textContent())?.trim()).toBe(mapValue);
		expect(Number(mapValue)).toBeGreaterThan(0);
		await tile.focus();
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
			/^66 /
		);
		await page.getByText(/Carte en carrés dessinée par Collabor’actons/).waitFor();
		expect(await wcagViolations(page)).toEqual([]);
		await context.close();
	});

	it('fits a phone: no WCAG violation, and wide tables scroll in their own box', async () => {
		const { context, page } = await app.signedInTablet(DEMO.national, {
			viewport: { width: 390, height: 844 }
		});
		await page.goto(`${app.server.url}/territoire`);
		await page.getByRole('heading', { level: 1, name: 'France' }).waitFor();
		await page.getByRole('link', { name: /^11 Aude : / }).waitFor();
		expect(await wcagViolations(page)).toEqual([]);
		// The page itself never scrolls sideways: a mayor's phone shows every figure by scrolling down.
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
		await context.close();
	});
});
