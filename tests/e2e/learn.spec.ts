// Issue 16 in a real Chromium, offline after one online visit: a facilitator's poster opens
// from the activity that uses it and prints on A3; an élu takes module 1's quiz before the
// module, sees the score, finds it on their progress; back online, the attempt reaches the
// server once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../scripts/seed/content.mjs';
import { servedApp } from '../helpers/app';
import { wcagViolations as violations } from '../helpers/axe';
import { signInThroughUi } from '../helpers/browser';
import { adminClient, DEMO, DEMO_PASSWORD, userClient } from '../helpers/pocketbase';

const content = loadContent();
const ic1 = content.modules.find((m) => m.key === 'ic-1')!;
const poster = content.resources.find((r) => r.key === 'affiche-toronto')!;
const gallery = content.activities.find((a) => a.key === 'es-2-galerie')!;

/** Points per inch: PDF page sizes. A3 is 297 × 420 mm. */
const A3 = { width: (297 / 25.4) * 72, height: (420 / 25.4) * 72 };

describe('resources and quizzes offline', () => {
	const app = servedApp();
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		({ context, page } = await app.signedInTablet(DEMO.maire));
		// The curriculum is pulled at sign-in: the home page shows the volets.
		await page.getByTestId('volet-progress').first().waitFor();
		await context.setOffline(true);
	});

	it('opens a poster from the activity that uses it, offline, and prints it on A3', async () => {
		expect(gallery.resources).toContain(poster.key);
		await page.goto(`${app.server.url}/formation/activite/${gallery.key}`);
		const toPrint = page.getByRole('region', { name: 'À imprimer pour cette activité' });
		await toPrint.getByRole('link', { name: poster.title }).click();
		await page.getByRole('heading', { level: 1, name: poster.title }).waitFor();
		await page.getByText('À imprimer en A3').waitFor();
		await page.getByRole('button', { name: 'Imprimer' }).waitFor();

		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
		const bodySize = await page
			.locator('.poster .body p')
			.first()
			.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		expect(bodySize).toBeGreaterThanOrEqual(27); // 21 pt: a poster read from a metre away
		await page.emulateMedia({ media: 'screen' });

		const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
		const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
		expect(box, 'the PDF has a page box').not.toBeNull();
		expect(Number(box![1])).toBeCloseTo(A3.width, -1);
		expect(Number(box![2])).toBeCloseTo(A3.height, -1);
	});

	it('lists the resources by volet and kind, and shows the charter resource with its text', async () => {
		await page.goto(`${app.server.url}/formation`);
		await page.getByTestId('path-card').waitFor();
		await page.getByRole('link', { name: 'Toutes les ressources à imprimer' }).click();
		await page.getByRole('heading', { level: 3, name: 'Affiches des études de cas' }).waitFor();
		expect(await page.locator('.resources li').count()).toBe(content.resources.length);
		await page.goto(`${app.server.url}/formation/ressource/charte-engagement`);
		await page.getByRole('heading', { level: 2, name: /Contrat d.engagement/ }).waitFor();
		await page.getByText('Porter un projet concret', { exact: false }).first().waitFor();
	});

	it('takes module 1’s quiz before the module, offline, and shows the score on the progress', async () => {
		const expected = ic1.quiz.filter((q: { answer: number }) => q.answer === 0).length;
		const total = ic1.quiz.length;
		await page.goto(`${app.server.url}/formation/module/ic-1`);
		await page.getByRole('link', { name: 'Faire le quiz' }).first().click();
		await page.getByRole('radio', { name: 'Avant le module' }).waitFor();
		expect(await page.getByRole('radio', { name: 'Avant le module' }).isChecked()).toBe(true);
		await page.getByRole('button', { name: 'Commencer' }).click();
		for (let i = 0; i < total; i++) {
			await page.getByText(`Question ${i + 1} sur ${total}`).waitFor();
			await page.locator('.answer input').first().check();
			await page.getByRole('button', { name: 'Valider ma réponse' }).click();
			const feedback = page.getByTestId('quiz-feedback');
			await feedback.waitFor();
			expect(await feedback.textContent()).toContain(ic1.quiz[i]!.explanation.slice(0, 30));
			await page
				.getByRole('button', { name: i === total - 1 ? 'Voir mon score' : 'Question suivante' })
				.click();
		}
		await page.getByText(`Votre score : ${expected} sur ${total}`).waitFor();

		await page.getByRole('link', { name: 'Retour au module' }).click();
		await page.getByText(`Quiz : ${expected}/${total} avant`).waitFor();
		await page.goto(`${app.server.url}/formation`);
		await page
			.locator('.module-card', { hasText: ic1.title })
			.getByText(`Quiz : ${expected}/${total} avant`)
			.waitFor();
	});

	it('reaches the server once, back online', async () => {
		const admin = await adminClient(app.server.url);
		expect(await admin.collection('quiz_attempts').getFullList()).toEqual([]);
		await context.setOffline(false);
		await expect
			.poll(async () => (await admin.collection('quiz_attempts').getFullList()).length, {
				timeout: 20_000
			})
			.toBe(1);
		// One more sync cycle, asked for on the Synchronisation screen (its cycle's time is the
		// first row of the table): still one row on the server.
		await page.goto(`${app.server.url}/synchronisation`);
		// The table sits in the closed "Détails techniques" fold: attached, not visible.
		const latest = page.getByTestId('cycles').locator('tbody tr').first();
		await latest.waitFor({ state: 'attached' });
		const before = await latest.innerHTML();
		const cycles = () => page.getByTestId('cycles').locator('tbody tr').count();
		const count = await cycles();
		await page.getByRole('button', { name: 'Synchroniser maintenant' }).first().click();
		await expect
			.poll(async () => (await cycles()) > count || (await latest.innerHTML()) !== before, {
				timeout: 20_000
			})
			.toBe(true);
		const rows = await admin.collection('quiz_attempts').getFullList();
		expect(rows).toHaveLength(1);
		const maire = await admin
			.collection('users')
			.getFirstListItem(admin.filter('email = {:email}', { email: DEMO.maire }));
		expect(rows[0]).toMatchObject({
			user: maire.id,
			module: 'ic-1',
			phase: 'avant',
			total: ic1.quiz.length
		});
	});

	it('asks for the 90-day check-in on the home page, until the log has an entry', async () => {
		// The demo project's history starts on a fixed day of autumn 2026 (scripts/seed/
		// demo-project.mjs) and its log is older than its 90-day check-in: 95 days from any day
		// after this was written, a check-in with indicators (90 or 365 days) is due.
		const later = await app.tablet();
		await later.page.clock.install({ time: Date.now() + 95 * 86_400_000 });
		await later.page.goto(app.server.url);
		await signInThroughUi(later.page, app.server.url, DEMO.maire, DEMO_PASSWORD);
		const card = later.page.getByTestId('followup');
		await card.waitFor({ timeout: 15_000 });
		expect(await card.textContent()).toMatch(/Point d.étape à \d+ jours/);
		expect(await card.textContent()).toContain('nouvelles valeurs de vos indicateurs');

		await card.getByRole('link', { name: 'Ouvrir le journal de bord' }).click();
		await later.page
			.getByLabel('Ce qui s’est passé')
			.fill('Trois rencontres avec la cave coopérative.');
		await later.page.getByTestId('add-log').click();
		await later.page.getByTestId('project-log').getByText('Trois rencontres').waitFor();
		await later.page.goto(app.server.url);
		await later.page.getByTestId('engagement').waitFor();
		await expect.poll(() => card.count()).toBe(0);
		await later.context.close();
	});

	it('keeps the élu on their question when edited content arrives mid-quiz', async () => {
		const ic2 = content.modules.find((m) => m.key === 'ic-2')!;
		await page.goto(`${app.server.url}/formation/module/ic-2/quiz`);
		await page.getByRole('button', { name: 'Commencer' }).click();
		await page.locator('.answer input').first().check();
		await page.getByRole('button', { name: 'Valider ma réponse' }).click();
		await page.getByTestId('quiz-feedback').waitFor();

		// The national team edits the module; coming back online pulls the edit and reloads it.
		const national = await userClient(app.server.url, DEMO.national);
		const record = await national
			.collection('modules')
			.getFirstListItem(national.filter('key = {:key}', { key: 'ic-2' }));
		await national.collection('modules').update(record.id, { title: `${ic2.title} (révisé)` });
		// Wait for the page to see each change, so that its `online` event really fires (two
		// toggles in a row may reach the page as none).
		await context.setOffline(true);
		await page.waitForFunction(() => !navigator.onLine);
		await context.setOffline(false);
		await page.waitForFunction(() => navigator.onLine);
		await page.getByRole('heading', { level: 1, name: /\(révisé\)/ }).waitFor({ timeout: 20_000 });
		await page.getByTestId('quiz-feedback').waitFor();
		expect(await page.getByText(`Question 1 sur ${ic2.quiz.length}`).count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Commencer' }).count()).toBe(0);
	});

	it('has no WCAG 2.1 AA violation on the resources and quiz screens', async () => {
		const report: string[] = [];
		const check = async (label: string) =>
			report.push(...(await violations(page)).map((line) => `${label} ${line}`));
		for (const path of [
			'/formation/ressources',
			'/formation/ressource/affiche-toronto',
			'/formation/ressource/parcours-avant-volet-1',
			'/formation/ressource/charte-engagement',
			'/formation/activite/es-2-galerie',
			'/formation/module/ic-3/quiz'
		]) {
			await page.goto(`${app.server.url}${path}`);
			await page.locator('main h1').first().waitFor();
			await check(path);
		}
		await page.getByRole('button', { name: 'Commencer' }).click();
		await page.locator('.answer input').first().check();
		await check('quiz question');
		await page.getByRole('button', { name: 'Valider ma réponse' }).click();
		await page.getByTestId('quiz-feedback').waitFor();
		await check('quiz explanation');
		expect(report).toEqual([]);
	});
});
