// Debian's Chromium driven by playwright-core, as TOOLCHAIN.md prescribes: fresh profile,
// no background networking (this machine has no outside network), no browser download.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export interface TabletOptions {
	/** @default 'Europe/Paris' */
	timezoneId?: string;
	/** @default { width: 1280, height: 800 } (a tablet in landscape) */
	viewport?: { width: number; height: number };
}

/** A context as a French tablet would be (in France unless `timezoneId` says otherwise). */
export async function tabletContext(
	browser: Browser,
	options: TabletOptions = {}
): Promise<BrowserContext> {
	return browser.newContext({
		viewport: options.viewport ?? { width: 1280, height: 800 },
		locale: 'fr-FR',
		timezoneId: options.timezoneId ?? 'Europe/Paris'
	});
}

/** Resolves once this page's service worker is `activated` (not merely registered). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (!worker || worker.state === 'activated') return;
		await new Promise<void>((resolve) => {
			worker.addEventListener('statechange', () => {
				if (worker.state === 'activated') resolve();
			});
		});
	});
}

/** Signs in through the login screen and waits for the home page greeting. */
export async function signInThroughUi(
	page: Page,
	baseUrl: string,
	email: string,
	password: string
) {
	await page.goto(`${baseUrl}/connexion`);
	await page.getByLabel('Adresse électronique').fill(email);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor();
}
