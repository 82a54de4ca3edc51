// Background Sync runs the same engine from the service worker: a project written offline
// reaches the server after the network returns, with every tab of the app closed, and so does
// the photo of its log entry.
import { describe, expect, it } from 'vitest';
import { servedApp } from '../helpers/app';
import { phonePhoto } from '../helpers/photos';
import { adminClient, DEMO } from '../helpers/pocketbase';

describe('background sync', () => {
	const app = servedApp();

	it('sends an offline write from the service worker once the tab is closed', async () => {
		const { server } = app;
		const { context, page } = await app.signedInTablet(DEMO.maire);
		await page.reload();

		await context.setOffline(true);
		await page.goto(`${server.url}/projet`);
		await page.getByLabel('Titre du projet').fill('Marché de producteurs');
		await page.getByRole('button', { name: 'Créer le projet' }).click();
		await page.waitForURL(/\/projet\/[a-z0-9]{15}$/);
		const id = page.url().split('/').pop()!;
		// A log entry with a photo, offline too: the worker sends it after the project.
		await page.getByTestId('log-photos').setInputFiles({
			name: 'marche.jpg',
			mimeType: 'image/jpeg',
			buffer: await phonePhoto(page)
		});
		await page.getByTestId('selected-photos').waitFor();
		await page.getByTestId('add-log').click();
		await page.locator('[data-testid="log-photo"][data-state="pending"]').waitFor();
		// The app asked the browser for a Background Sync after the offline write.
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.ready;
					const sync = (registration as unknown as { sync?: { getTags(): Promise<string[]> } })
						.sync;
					return sync ? await sync.getTags() : ['unsupported'];
				})
			)
			.toContain('collabactons-sync');

		// Every tab closed; the network comes back; the browser fires the sync event.
		const cdp = await context.newCDPSession(page);
		await cdp.send('ServiceWorker.enable');
		const registrationId = await new Promise<string>((resolve) => {
			cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
				const found = registrations.find((r: { scopeURL: string }) =>
					r.scopeURL.startsWith(server.url)
				);
				if (found) resolve(found.registrationId);
			});
		});
		const keeper = await context.newPage(); // keeps the CDP session's context alive
		await keeper.goto('about:blank');
		const keeperCdp = await context.newCDPSession(keeper);
		await page.close();
		await context.setOffline(false);
		await keeperCdp.send('ServiceWorker.enable');
		await keeperCdp.send('ServiceWorker.dispatchSyncEvent', {
			origin: server.url,
			registrationId,
			tag: 'collabactons-sync',
			lastChance: false
		});

		const admin = await adminClient(server.url);
		await expect
			.poll(
				async () =>
					(await admin.collection('projects').getList(1, 1, { filter: `id = "${id}"` })).totalItems,
				{
					timeout: 15_000
				}
			)
			.toBe(1);
		expect((await admin.collection('projects').getOne(id)).title).toBe('Marché de producteurs');
		await expect
			.poll(
				async () =>
					(await admin.collection('photos').getFullList({ filter: `project = "${id}"` })).map(
						(photo) => photo.complete
					),
				{ timeout: 15_000 }
			)
			.toEqual([true]);
		await context.close();
	});
});
