// Issue 12, run mode, in a real Chromium with the network cut after one online visit: the demo
// facilitator runs module ic-2's agenda. The page's clock is Playwright's (`page.clock`), moved
// on explicitly: the timer must be right after a reload and after the tab was hidden and frozen
// (no timer of the page ran meanwhile), because it is computed from the stored timestamps.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../scripts/seed/content.mjs';
import { servedApp } from '../helpers/app';
import { DEMO } from '../helpers/pocketbase';

const content = loadContent();
const ic2 = content.modules.find((m: { key: string }) => m.key === 'ic-2')!;
const [first, second] = ic2.agenda as { title: string; minutes: number }[];
const SHOTS = '/work/shots/session-run';
// 14:00 in Paris on the Sunday the clocks go back: what the timer shows must not care.
const T0 = new Date('2027-10-31T13:00:00Z');

describe('run mode offline', () => {
	const app = servedApp();
	let context: BrowserContext;
	let page: Page;
	const timer = () => page.getByTestId('run-timer');
	const url = () => `${app.server.url}/sessions/animer?module=ic-2`;

	beforeAll(async () => {
		({ context, page } = await app.signedInTablet(DEMO.facilitateur));
		// Online once: the run screen pulls the curriculum, then lists the modules.
		await page.goto(`${app.server.url}/sessions/animer`);
		await page.getByRole('link', { name: new RegExp(ic2.title) }).waitFor();
		await context.setOffline(true);
		// The page's clock stands still from T0 on: it moves only when the test says so.
		await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
	});

	it('starts the module offline and counts down the first sequence', async () => {
		// From the module's page in Formation, as a facilitator preparing the session would.
		await page.goto(`${app.server.url}/formation/module/ic-2`);
		await page.getByRole('link', { name: 'Animer ce module en salle (minuteur)' }).click();
		// The module's page has the same title: wait for the run screen's address first.
		await page.waitForURL(url());
		await page.getByRole('heading', { level: 1, name: ic2.title }).waitFor();
		await page.clock.pauseAt(T0);
		await page.getByRole('button', { name: 'Commencer le module' }).click();
		await page.getByRole('heading', { level: 2, name: first!.title }).waitFor();
		expect(await timer().textContent()).toContain(`${first!.minutes}:00`);
		await page.clock.fastForward('04:00');
		await expect.poll(() => timer().textContent()).toContain(`${first!.minutes - 4}:00`);
		// Chromium grants the Screen Wake Lock once the server's Permissions-Policy allows it for
		// the app (it denied it before issue 12).
		await expect
			.poll(() => page.getByTestId('awake-status').textContent())
			.toContain('L’écran reste allumé.');
		await page.screenshot({ path: `${SHOTS}/run-landscape.png` });
	});

	it('is still right after a reload', async () => {
		await page.clock.fastForward('01:00');
		await page.reload();
		await page.getByRole('heading', { level: 2, name: first!.title }).waitFor();
		await expect
			.poll(() => page.getByTestId('awake-status').textContent())
			.toContain('L’écran reste allumé.');
		await expect.poll(() => timer().textContent()).toContain(`${first!.minutes - 5}:00`);
	});

	it('is still right after the tab was frozen for half an hour', async () => {
		// What a hidden tab or a locked screen does at worst: the browser freezes the page, and
		// no timer of it runs. (Headless Chromium keeps every tab "visible", so freezing is the
		// honest way to stop the page here.) Meanwhile the wall clock moves on by 30 minutes and
		// no timer fires; then one second passes, one tick: a timer counting its ticks would show
		// 19:59, one computed from the stored timestamps shows the overrun.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
		await page.clock.setSystemTime(new Date(T0.getTime() + 35 * 60_000 - 1000));
		await cdp.send('Page.setWebLifecycleState', { state: 'active' });
		await cdp.detach();
		await page.clock.runFor(1000);
		// 35 minutes into a sequence of `first.minutes`: overrun, shown in red with its amount.
		const over = 35 - first!.minutes;
		await expect.poll(() => timer().textContent()).toContain(`+${over}:00`);
		await page.getByText(`Dépassé de ${over}:00`).waitFor();
		await page.screenshot({ path: `${SHOTS}/run-overrun.png` });
	});

	it('adds five minutes, skips, goes back, and opens the guide', async () => {
		const over = 35 - first!.minutes;
		await page.getByRole('button', { name: `Ajouter 5 minutes à « ${first!.title} »` }).click();
		await expect.poll(() => timer().textContent()).toContain(`+${over - 5}:00`);
		await page.getByRole('button', { name: 'Passer au temps suivant' }).click();
		await page.getByRole('heading', { level: 2, name: second!.title }).waitFor();
		await expect.poll(() => timer().textContent()).toContain(`${second!.minutes}:00`);
		await page.clock.fastForward('02:00');
		await page.getByRole('button', { name: 'Revenir au temps précédent' }).click();
		await page.getByRole('heading', { level: 2, name: first!.title }).waitFor();
		await expect.poll(() => timer().textContent()).toContain(`+${over - 5}:00`);

		await page.getByRole('button', { name: 'Fiche de l’animateur' }).click();
		const guide = page.getByRole('dialog');
		// The sequence's fiche (its « Déroulé »), not the module's introduction: it may come a moment
		// after the dialog while the activities are read from the device.
		await guide.getByText('Déroulé').first().waitFor();
		await page.screenshot({ path: `${SHOTS}/run-guide.png` });
		await guide.getByRole('button', { name: 'Fermer la fiche' }).click();

		// Skipping back to the next sequence finds the two minutes already spent there.
		await page.getByRole('button', { name: 'Passer au temps suivant' }).click();
		await expect.poll(() => timer().textContent()).toContain(`${second!.minutes - 2}:00`);
	});

	it('fits a portrait tablet and a phone', async () => {
		await page.setViewportSize({ width: 800, height: 1280 });
		await page.screenshot({ path: `${SHOTS}/run-portrait.png`, fullPage: true });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: `${SHOTS}/run-phone.png`, fullPage: true });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);
		expect(overflow).toBe(false);
		await page.setViewportSize({ width: 1280, height: 800 });
	});
});
