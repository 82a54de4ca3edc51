// WCAG 2.1 A/AA checks by axe-core in a real Chromium, on the screens a mayor meets first,
// on a tablet and on a phone. Any violation fails with its rule, impact and elements.
import { describe, expect, it } from 'vitest';
import { servedApp } from '../helpers/app';
import { signInThroughUi } from '../helpers/browser';
import { wcagViolations as violations } from '../helpers/axe';
import { DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
	const app = servedApp();

	for (const viewport of [
		{ name: 'tablette', width: 800, height: 1280 },
		{ name: 'téléphone', width: 390, height: 844 }
	]) {
		it(`has no violation on the main screens (${viewport.name})`, async () => {
			const { server } = app;
			const { context, page } = await app.tablet({ viewport });
			const report: string[] = [];
			await page.goto(server.url);
			await page.getByRole('heading', { level: 1 }).waitFor();
			report.push(...(await violations(page)).map((v) => `/ (déconnecté) ${v}`));
			await page.goto(`${server.url}/connexion`);
			report.push(...(await violations(page)).map((v) => `/connexion ${v}`));

			await signInThroughUi(page, server.url, DEMO.maire, DEMO_PASSWORD);
			for (const path of ['/', '/parametres', '/formation', '/projet', '/synchronisation']) {
				await page.goto(`${server.url}${path}`);
				await page.getByRole('heading', { level: 1 }).first().waitFor();
				report.push(...(await violations(page)).map((v) => `${path} ${v}`));
			}
			await page.goto(`${server.url}/communes`);
			await page.getByRole('combobox').fill('saint');
			await page.getByRole('option').first().waitFor();
			report.push(...(await violations(page)).map((v) => `/communes ${v}`));
			await context.close();
			expect(report).toEqual([]);
		});
	}
});
