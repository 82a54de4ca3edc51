// What e2e tests do on the project screens, as a mayor would.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Creates a project from /projet and returns its id once its page is open. */
export async function createProject(page: Page, url: string, title: string): Promise<string> {
	await page.goto(`${url}/projet`);
	await page.getByLabel('Titre du projet').fill(title);
	await page.getByRole('button', { name: 'Créer le projet' }).click();
	await page.waitForURL(/\/projet\/[a-z0-9]{15}$/);
	await page.getByLabel('Titre du projet').waitFor();
	expect(await page.getByLabel('Titre du projet').inputValue()).toBe(title);
	return page.url().split('/').pop()!;
}

/**
 * Opens every part of the project page (Cadrage, Acteurs et méthode, Jalons, …), as a mayor
 * tapping each title. Cadrage opens by itself while the problem or the solution is empty.
 */
export async function openParts(page: Page): Promise<void> {
	await page.getByTestId('project-fold').first().waitFor();
	const closed = page.locator('details.fold:not([open]) > summary');
	// Each tap opens one part, which leaves the list: always tap the first closed one.
	for (let left = await closed.count(); left > 0; left--) await closed.first().click();
	expect(await closed.count()).toBe(0);
}

/** Presses "Synchroniser maintenant"; with `upToDate`, waits for the header to say "À jour". */
export async function syncNow(page: Page, url: string, options: { upToDate?: boolean } = {}) {
	await page.goto(`${url}/synchronisation`);
	await page.getByRole('button', { name: 'Synchroniser maintenant' }).first().click();
	if (options.upToDate) {
		await page.getByTestId('sync-indicator').filter({ hasText: 'À jour' }).waitFor();
	}
}
