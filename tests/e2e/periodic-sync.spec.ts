// Periodic Background Sync (issue 10, item 10), fired through the DevTools protocol with every
// tab of the app closed: a project created on another device reaches this device's IndexedDB
// through that sync alone (the page is reopened offline afterwards, so it cannot have synced
// itself), and the home page then says when the device last synced.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { adminClient, DEMO } from '../helpers/pocketbase';
import { createProject, syncNow } from '../helpers/projects';

/** A row of this device's IndexedDB (`store`, `key`), read from inside the service worker. */
async function localRow(
	context: BrowserContext,
	userId: string,
	store: string,
	key: string
): Promise<Record<string, unknown> | undefined> {
	const worker = context.serviceWorkers()[0];
	if (!worker) return undefined;
	return worker.evaluate(
		async ({ name, store, key }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			try {
				if (!db.objectStoreNames.contains(store)) return undefined;
				return await new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).get(key);
					request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
					request.onerror = () => reject(request.error);
				});
			} finally {
				db.close();
			}
		},
		{ name: `collabactons-u-${userId}`, store, key }
	);
}

const projectTitle = async (context: BrowserContext, userId: string, id: string) =>
	(await localRow(context, userId, 'projects', id))?.title;
const lastSuccess = async (context: BrowserContext, userId: string) =>
	(await localRow(context, userId, 'sync', 'lastSuccess'))?.value;

describe('periodic background sync', () => {
	const app = servedApp();

	it('brings another device’s change with every tab closed, and home says when', async () => {
		const maire = await app.signedInTablet(DEMO.maire);
		const admin = await adminClient(app.server.url);
		const userId = (
			await admin
				.collection('users')
				.getFirstListItem(admin.filter('email = {:e}', { e: DEMO.maire }))
		).id;
		await syncNow(maire.page, app.server.url, { upToDate: true });
		const before = await lastSuccess(maire.context, userId);
		expect(typeof before).toBe('number');

		// Every tab of the app closed; a blank tab keeps the browser context and CDP alive.
		const keeper = await maire.context.newPage();
		await keeper.goto('about:blank');
		const cdp = await maire.context.newCDPSession(keeper);
		const registrationId = new Promise<string>((resolve) => {
			cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
				const found = registrations.find((r: { scopeURL: string }) =>
					r.scopeURL.startsWith(app.server.url)
				);
				if (found) resolve(found.registrationId);
			});
		});
		await cdp.send('ServiceWorker.enable');
		await maire.page.close();

		// Meanwhile, on the deputy's tablet: a new project, sent to the server.
		const adjoint = await app.signedInTablet(DEMO.adjoint);
		const id = await createProject(adjoint.page, app.server.url, 'Lavoir restauré');
		await syncNow(adjoint.page, app.server.url, { upToDate: true });
		await adjoint.context.close();
		expect(await projectTitle(maire.context, userId, id)).toBeUndefined();

		await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
			origin: app.server.url,
			registrationId: await registrationId,
			tag: 'collabactons-periodic-sync'
		});
		await expect
			.poll(() => projectTitle(maire.context, userId, id), { timeout: 20_000 })
			.toBe('Lavoir restauré');
		expect(await lastSuccess(maire.context, userId)).toBeGreaterThan(before as number);

		// Reopened with no network: what it shows came from the periodic sync.
		await maire.context.setOffline(true);
		const page = await maire.context.newPage();
		await page.goto(app.server.url);
		const line = page.getByTestId('home-last-sync');
		await line.waitFor();
		// The line first renders before the sync state has read the device's last success.
		await expect
			.poll(() => line.textContent(), { timeout: 10_000 })
			.toMatch(/Dernière synchronisation réussie : .*\d{2}:\d{2}/);
		await page.goto(`${app.server.url}/projet`);
		await page.getByText('Lavoir restauré').first().waitFor();
		await maire.context.close();
	});
});
