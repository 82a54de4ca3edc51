// Issue 12, collective boards, in a real Chromium with the network cut after one online visit:
// the facilitator and the co-facilitator fill the dot-voting board of the same session on two
// tablets, participants vote within their limit, the co-facilitator's tablet is merged into the
// facilitator's by a `.collabactons` file (twice: once), and the board is exported as a PNG and
// a PDF page. Bad input (an empty card, a 10,000-character card) gets a French message and
// changes nothing.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { createUser, DEMO } from '../helpers/pocketbase';
import { randomId } from '../helpers/ids';

const SHOTS = '/work/shots/session-run';
const CO = 'co.tableau.e2e@example.fr';
const session = randomId();

describe('collective boards offline', () => {
	const app = servedApp();
	let a: { context: BrowserContext; page: Page };
	let b: { context: BrowserContext; page: Page };
	const url = () => `${app.server.url}/sessions/tableau?session=${session}&activity=ic-2-gommettes`;

	async function openBoard(page: Page) {
		// Online once: the page pulls the curriculum, then lists the session's board activities.
		await page.goto(`${app.server.url}/sessions/tableau?session=${session}`);
		await page
			.getByRole('link', { name: /Vote par gommettes/ })
			.first()
			.waitFor();
	}

	async function holdTablet(page: Page, initials: string) {
		const change = page.getByRole('button', { name: 'Passer la tablette à quelqu’un d’autre' });
		if (await change.isVisible()) await change.click();
		await page.getByLabel('Qui écrit ou vote sur cette tablette ? (initiales)').fill(initials);
		await page.getByRole('button', { name: 'C’est moi' }).click();
		await page.getByText(`Tablette de ${initials.replace(/[^A-Z]/gi, '').toUpperCase()}`).waitFor();
	}

	async function addCard(page: Page, text: string) {
		await page.getByLabel('Texte de la carte dans « Idées à départager »').fill(text);
		await page
			.getByTestId('board-column')
			.first()
			.getByRole('button', { name: 'Ajouter une carte' })
			.click();
	}

	const card = (page: Page, text: string) =>
		page.getByTestId('board-card').filter({ hasText: text });

	beforeAll(async () => {
		await createUser(app.server.url, { email: CO, role: 'facilitateur', name: 'Paul Co' });
		a = await app.signedInTablet(DEMO.facilitateur);
		b = await app.signedInTablet(CO);
		await openBoard(a.page);
		await openBoard(b.page);
		await a.context.setOffline(true);
		await b.context.setOffline(true);
	});

	it('refuses an empty card and a 10,000-character card in French, adding nothing', async () => {
		await a.page.goto(url());
		await a.page.getByRole('heading', { level: 1, name: 'Vote par gommettes' }).waitFor();
		await holdTablet(a.page, 'cm');
		await addCard(a.page, '   ');
		await a.page.getByText('Écrivez quelque chose sur la carte avant de l’ajouter.').waitFor();
		await addCard(a.page, 'x'.repeat(10_000));
		await a.page
			.getByText('Ce texte est trop long pour une carte : 280 caractères au plus.', {
				exact: false
			})
			.waitFor();
		expect(await a.page.getByTestId('board-card').count()).toBe(0);
	});

	it('fills and votes on the board, three dots per person, two per idea', async () => {
		const input = a.page.getByLabel('Texte de la carte dans « Idées à départager »');
		for (const text of ['Navette du samedi', 'Jardin partagé', 'Repair café']) {
			await addCard(a.page, text);
			await card(a.page, text).waitFor();
			// The form clears itself once the card is saved: typing before would lose the next text.
			await expect.poll(() => input.inputValue()).toBe('');
		}
		await a.page.getByText('Enregistré sur cet appareil.').waitFor();
		const vote = (text: string) =>
			a.page.getByRole('button', { name: `Coller une gommette sur « ${text} »` }).click();
		await vote('Navette du samedi');
		await vote('Navette du samedi');
		await vote('Navette du samedi');
		await a.page.getByText('Deux gommettes au plus sur une même idée.').waitFor();
		await vote('Jardin partagé');
		await a.page.getByTestId('dots-left').getByText('Plus de gommette').waitFor();
		await vote('Repair café');
		await a.page
			.getByText('Vous avez collé toutes vos gommettes. Retirez-en une pour changer d’avis.')
			.waitFor();
		// The next participant gets their own three dots.
		await holdTablet(a.page, 'JD');
		await vote('Repair café');
		await a.page.getByTestId('dots-left').getByText('2 gommettes restantes').waitFor();
		expect(await card(a.page, 'Navette du samedi').getByTestId('card-dots').textContent()).toBe(
			'2 gommettes'
		);
		// A card moves by buttons to the next column.
		await card(a.page, 'Jardin partagé')
			.getByRole('button', { name: 'Vers la colonne suivante' })
			.click();
		await a.page
			.getByTestId('board-column')
			.nth(1)
			.getByTestId('board-card')
			.filter({ hasText: 'Jardin partagé' })
			.waitFor();
		await a.page.screenshot({ path: `${SHOTS}/board-landscape.png`, fullPage: true });
	});

	it('merges the co-facilitator’s tablet by file, twice as once', async () => {
		await b.page.goto(url());
		await b.page.getByRole('heading', { level: 1, name: 'Vote par gommettes' }).waitFor();
		await holdTablet(b.page, 'PD');
		await addCard(b.page, 'Marché de producteurs');
		await card(b.page, 'Marché de producteurs').waitFor();
		await b.page
			.getByRole('button', { name: 'Coller une gommette sur « Marché de producteurs »' })
			.click();
		await b.page.getByText('Enregistré sur cet appareil.').waitFor();
		await b.page.goto(`${app.server.url}/synchronisation`);
		const [download] = await Promise.all([
			b.page.waitForEvent('download'),
			b.page.getByTestId('bundle-export').click()
		]);
		const file = join(app.server.dataDir, 'co-board.collabactons');
		await download.saveAs(file);

		await a.page.goto(`${app.server.url}/synchronisation`);
		for (let round = 0; round < 2; round++) {
			await a.page.getByTestId('bundle-file').setInputFiles(file);
			await a.page.getByTestId('bundle-preview').waitFor();
			await a.page.getByTestId('bundle-merge').click();
			await a.page.getByTestId('bundle-preview').waitFor({ state: 'detached' });
		}
		await a.page.goto(url());
		await card(a.page, 'Marché de producteurs').waitFor();
		expect(await a.page.getByTestId('board-card').count()).toBe(4);
		expect(await card(a.page, 'Marché de producteurs').getByTestId('card-dots').textContent()).toBe(
			'1 gommette'
		);
		expect(await card(a.page, 'Navette du samedi').getByTestId('card-dots').textContent()).toBe(
			'2 gommettes'
		);
	});

	it('exports the board as a PNG image and a PDF page', async () => {
		const [png] = await Promise.all([
			a.page.waitForEvent('download'),
			a.page.getByRole('button', { name: 'Télécharger en image (PNG)' }).click()
		]);
		const pngFile = join(SHOTS, 'board-export.png');
		await png.saveAs(pngFile);
		expect(readFileSync(pngFile).subarray(1, 4).toString()).toBe('PNG');
		const [pdf] = await Promise.all([
			a.page.waitForEvent('download'),
			a.page.getByRole('button', { name: 'Télécharger en PDF' }).click()
		]);
		const pdfFile = join(app.server.dataDir, 'board.pdf');
		await pdf.saveAs(pdfFile);
		expect(readFileSync(pdfFile).toString('latin1').startsWith('%PDF-')).toBe(true);
		// Rendered by poppler, as a report's reader would open it: one page, to look at.
		const info = execFileSync('pdfinfo', [pdfFile]).toString();
		expect(info).toMatch(/Pages:\s+1\n/);
		expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
		execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, join(SHOTS, 'board-pdf')]);
		expect(readdirSync(SHOTS).filter((f) => f.startsWith('board-pdf'))).toHaveLength(1);
	});

	it('fits a portrait tablet and a phone', async () => {
		await a.page.setViewportSize({ width: 800, height: 1280 });
		await a.page.screenshot({ path: `${SHOTS}/board-portrait.png`, fullPage: true });
		await a.page.setViewportSize({ width: 390, height: 844 });
		await a.page.screenshot({ path: `${SHOTS}/board-phone.png`, fullPage: true });
		// The columns scroll sideways inside the board; the page itself never does.
		const overflow = await a.page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);
		expect(overflow).toBe(false);
	});
});
