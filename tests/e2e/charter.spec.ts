// The engagement charter in a real Chromium against the built app and a real PocketBase: an élu
// signs offline on a tablet and gets a receipt; back online, the server holds the same hash; the
// receipt typed sloppily verifies; the signed charter cannot be changed through the API. Bad
// input gets a French message and saves nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { wcagViolations } from '../helpers/axe';
import { adminClient, communeId, createUser, userClient } from '../helpers/pocketbase';

/** Signs with the mouse as a finger would: two strokes across the frame. */
async function drawSignature(page: Page, testId = 'signature-pad') {
	const pad = page.getByTestId(testId).first();
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.boundingBox())!;
	const strokes = [
		Array.from({ length: 25 }, (_, i) => ({
			x: box.x + box.width * (0.1 + i * 0.03),
			y: box.y + box.height * (0.5 + 0.25 * Math.sin(i / 2))
		})),
		[
			{ x: box.x + box.width * 0.15, y: box.y + box.height * 0.85 },
			{ x: box.x + box.width * 0.8, y: box.y + box.height * 0.8 }
		]
	];
	for (const stroke of strokes) {
		await page.mouse.move(stroke[0]!.x, stroke[0]!.y);
		await page.mouse.down();
		for (const point of stroke.slice(1)) await page.mouse.move(point.x, point.y, { steps: 2 });
		await page.mouse.up();
	}
}

const ELU = 'elue.charte@collabactons.fr';
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('engagement charter', () => {
	const app = servedApp();

	it('is signed offline with a receipt, reaches the server, verifies and never changes', async () => {
		const { server } = app;
		// A new élu of Lagrasse with no mandate on record (the demo mayor may already have signed).
		await createUser(server.url, {
			email: ELU,
			name: 'Marie Dupont',
			role: 'elu',
			communes: [await communeId(server.url, '11185')]
		});
		const { context, page } = await app.signedInTablet(ELU);
		const admin = await adminClient(server.url);
		await context.setOffline(true);
		await page.goto(`${server.url}/charte`);
		await page.getByRole('heading', { level: 2, name: 'Signer le contrat' }).waitFor();
		await page.getByText('Porter un projet concret.', { exact: false }).waitFor();
		expect(await page.getByLabel('Votre nom', { exact: true }).inputValue()).toBe('Marie Dupont');
		expect(await page.getByLabel('Maire', { exact: true }).isChecked()).toBe(false);

		expect(await wcagViolations(page)).toEqual([]);

		// Bad input: no name, no signature. French messages, the name focused, nothing saved.
		await page.getByLabel('Votre nom', { exact: true }).fill('');
		await page.getByRole('button', { name: 'Signer', exact: true }).click();
		await page.getByText('Indiquez le nom du signataire.').waitFor();
		await page.getByText('Signez dans le cadre prévu.').waitFor();
		await page.getByText('Choisissez votre mandat : maire, adjoint ou conseiller.').waitFor();
		expect(await focusedId(page)).toBe('charter-signerName');
		expect(await page.getByTestId('receipt-code').count()).toBe(0);

		await page.getByLabel('Votre nom', { exact: true }).fill('Marie Dupont');
		await page.getByLabel('Adjoint ou adjointe').check();
		await drawSignature(page);
		await page.getByRole('button', { name: 'Signer', exact: true }).click();
		await page.getByText('Cochez la case pour confirmer votre engagement.').waitFor();
		expect(await focusedId(page)).toBe('charter-consent');
		await page.getByLabel(/J’ai lu le contrat/).check();
		await page.getByRole('button', { name: 'Signer', exact: true }).click();

		const code = page.getByTestId('receipt-code');
		await code.waitFor();
		const receipt = (await code.textContent())!.trim();
		const hash = (await page.getByTestId('receipt-hash').textContent())!.trim();
		expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		await page.getByText('Enregistré sur cet appareil').waitFor();
		await page.locator('[data-testid="charter-sync"][data-state="device"]').waitFor();
		expect(await page.getByRole('button', { name: 'Signer', exact: true }).count()).toBe(0);
		expect(await wcagViolations(page)).toEqual([]);
		// The demo mayor's charter is seeded; this élue's is not on the server yet.
		const mine = { filter: 'signer_name = "Marie Dupont"' };
		expect((await admin.collection('charters').getFullList(mine)).length).toBe(0);

		// Checked offline against this device's copy (hash recomputed), the server not reachable.
		await page.goto(`${server.url}/charte/verifier`);
		await page.getByLabel('Code du reçu').fill(receipt);
		await page.getByRole('button', { name: 'Vérifier' }).click();
		await page.getByTestId('receipt-local').filter({ hasText: 'empreinte est intacte' }).waitFor();
		await page.getByText('Sans connexion : le serveur sera consulté').waitFor();
		await page.goto(`${server.url}/charte`);
		await page.getByTestId('receipt-code').filter({ hasText: receipt }).waitFor();

		await context.setOffline(false);
		await page
			.locator('[data-testid="charter-sync"][data-state="confirmed"]')
			.waitFor({ timeout: 20_000 });
		const records = await admin.collection('charters').getFullList(mine);
		expect(records).toHaveLength(1);
		const record = records[0]!;
		expect(record).toMatchObject({
			id: hash.slice(0, 15),
			hash,
			receipt,
			signer_name: 'Marie Dupont'
		});
		expect(record).toMatchObject({ mandate: 'adjoint', commune_insee: '11185' });
		// The server's reception time comes back to the receipt.
		await page.getByText(/^✓ Reçu par le serveur le/).waitFor({ timeout: 10_000 });

		// The PDF: pdf-lib is fetched only now, and the file is a PDF carrying the receipt.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Télécharger le PDF' }).click()
		]);
		expect(download.suggestedFilename()).toBe(`contrat-${receipt}.pdf`);
		const file = join(server.dataDir, 'charte.pdf');
		await download.saveAs(file);
		const pdf = readFileSync(file);
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const document = await PDFDocument.load(pdf);
		expect(document.getSubject()).toBe(receipt);
		// Text, receipt, fields and signature fit on one page, with the receipt in every footer.
		expect(document.getPageCount()).toBe(1);
		if (process.env.CHARTER_PDF_OUT) writeFileSync(process.env.CHARTER_PDF_OUT, pdf);

		await page.goto(`${server.url}/charte/verifier`);
		await page.getByLabel('Code du reçu').fill(receipt.replace(/-/g, '').toLowerCase());
		await page.getByRole('button', { name: 'Vérifier' }).click();
		await page
			.getByTestId('receipt-server')
			.filter({ hasText: 'Contrat authentique, enregistré par le serveur.' })
			.waitFor();
		await page.getByTestId('receipt-local').filter({ hasText: 'empreinte est intacte' }).waitFor();
		expect(await page.getByTestId('receipt-check-result').textContent()).toContain('Marie Dupont');
		expect(await wcagViolations(page)).toEqual([]);

		await page.getByLabel('Code du reçu').fill('ABCD-EFGH-JKMU');
		await page.getByRole('button', { name: 'Vérifier' }).click();
		await page.getByText('Ce code n’a pas la forme d’un reçu').waitFor();

		// Immutable: refused through the API for the signer and for a superuser alike.
		const elu = await userClient(server.url, ELU);
		await expect(
			elu.collection('charters').update(record.id, { signer_name: 'Autre nom' })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			admin.collection('charters').update(record.id, { signer_name: 'Autre nom' })
		).rejects.toMatchObject({ status: 409 });
		expect((await admin.collection('charters').getOne(record.id)).signer_name).toBe('Marie Dupont');

		// In English, the text is the translation (the French one is what was signed).
		await page.evaluate(() => localStorage.setItem('collabactons.locale', 'en'));
		await page.goto(`${server.url}/charte`);
		await page
			.getByRole('heading', { level: 2, name: 'Collabor’actons engagement charter' })
			.waitFor();
		await page.getByText('Carry one concrete project.', { exact: false }).waitFor();
		await page.getByTestId('receipt-code').filter({ hasText: receipt }).waitFor();
	});
});
