// A new version of the app never interrupts anyone: it waits, a banner offers "Mettre à jour",
// what the user is typing stays as it is, and only their click switches to the new version.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_DIR, servedApp } from '../helpers/app';
import { waitForServiceWorker } from '../helpers/browser';

describe('app update', () => {
	// A copy of the build, so that this test can publish "a new version" without touching build/.
	const publicDir = mkdtempSync(join(tmpdir(), 'collabactons-build-'));
	cpSync(BUILD_DIR, publicDir, { recursive: true });
	const app = servedApp({ publicDir, seedDemo: false });

	afterAll(() => {
		rmSync(publicDir, { recursive: true, force: true });
	});

	it('waits for the user before switching to a new version', async () => {
		const { server } = app;
		const { page } = await app.tablet();
		// Every message the page posts to a service worker, reported across reloads: an update
		// applied without the user would show as a SKIP_WAITING sent before the click.
		const posted: string[] = [];
		await page.exposeFunction('reportPostedToWorker', (type: string) => posted.push(type));
		await page.addInitScript(() => {
			const original = ServiceWorker.prototype.postMessage;
			ServiceWorker.prototype.postMessage = function (
				this: ServiceWorker,
				...args: Parameters<ServiceWorker['postMessage']>
			) {
				const message = args[0] as { type?: string } | null;
				void (
					window as unknown as { reportPostedToWorker(type: string): Promise<void> }
				).reportPostedToWorker(String(message?.type ?? message));
				return original.apply(this, args);
			} as ServiceWorker['postMessage'];
		});
		await page.goto(`${server.url}/connexion`);
		await waitForServiceWorker(page);
		await page.reload(); // now controlled by the service worker
		const firstWorker = await page.evaluate(
			() => navigator.serviceWorker.controller?.scriptURL ?? ''
		);
		expect(firstWorker).toMatch(/\/sw\.js$/);

		// The user is typing when a new version is published.
		await page.getByLabel('Adresse électronique').fill('maire.en-train-de-taper@exemple.fr');
		appendFileSync(join(publicDir, 'sw.js'), '\n// version suivante\n');
		let reloaded = false;
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) reloaded = true;
		});
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});

		const banner = page.getByText('Une nouvelle version de l’application est prête.');
		await banner.waitFor();
		// The new worker is installed and waits: only a SKIP_WAITING could activate it, and the
		// page has sent none (the click below shows that one would be seen).
		await page.waitForFunction(
			async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed'
		);
		expect(posted).not.toContain('SKIP_WAITING');
		expect(reloaded).toBe(false);
		expect(await page.getByLabel('Adresse électronique').inputValue()).toBe(
			'maire.en-train-de-taper@exemple.fr'
		);
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(true);

		await Promise.all([
			page.waitForEvent('framenavigated'),
			page.getByRole('button', { name: 'Mettre à jour' }).click()
		]);
		await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return {
					waiting: !!registration?.waiting,
					controlled: !!navigator.serviceWorker.controller
				};
			})
		).toEqual({ waiting: false, controlled: true });
		expect(await banner.count()).toBe(0);
		await expect.poll(() => posted.filter((type) => type === 'SKIP_WAITING')).toHaveLength(1);
	});
});
