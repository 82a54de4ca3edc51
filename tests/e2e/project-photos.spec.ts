// Photos in the project log, in a real Chromium against the built app and a real PocketBase:
// the mayor adds an entry with a phone-sized photo while offline; it is shrunk on the tablet
// and shown "Envoi en attente"; back online the upload is cut after its first chunk, resumes at
// the server's offset (not from zero) and completes; the deputy's tablet shows the same photo.
// A 40 MB file and a file that is not an image get a French message and change nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from '../helpers/app';
import { signInThroughUi } from '../helpers/browser';
import { adminClient, DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { createProject, syncNow } from '../helpers/projects';
import { wcagViolations } from '../helpers/axe';
import { phonePhoto } from '../helpers/photos';

async function logEntries(page: Page) {
	return page.getByTestId('project-log').locator(':scope > li').count();
}

describe('photos in the project log', () => {
	const app = servedApp();

	it('adds a photo offline, resumes an interrupted upload, and shows it on a second tablet', async () => {
		const maire = await app.signedInTablet(DEMO.maire);
		const photo = await phonePhoto(maire.page);
		expect(photo.length).toBeGreaterThan(1_000_000);

		await maire.context.setOffline(true);
		const id = await createProject(maire.page, app.server.url, 'Haies bocagères');
		const picker = maire.page.getByTestId('log-photos');
		await picker.setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
		await maire.page.getByTestId('selected-photos').waitFor();
		const prepared = await maire.page.getByTestId('prepared-size').textContent();
		expect(prepared).toMatch(/Photo prête : \d+(,\d)? ko/);
		const size = Number(/(\d+(?:,\d)?) ko/.exec(prepared!)![1]!.replace(',', '.'));
		expect(size).toBeLessThanOrEqual(300 * 1.024);
		await maire.page.getByLabel('Ce qui s’est passé').fill('Plantation de 200 m de haie.');
		await maire.page.getByTestId('add-log').click();

		const figure = maire.page.getByTestId('log-photo');
		await figure.waitFor();
		expect(await figure.getAttribute('data-state')).toBe('pending');
		expect(await figure.locator('figcaption').textContent()).toBe('Envoi en attente');
		const image = figure.locator('img');
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
		expect(await image.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(1200);
		expect(await maire.page.getByTestId('selected-photos').count()).toBe(0);

		// Back online, the connection drops after the first 64 KB chunk, until `restored`.
		const offsets: number[] = [];
		let restored = false;
		await maire.context.route('**/api/collab/photos/*/content?offset=*', async (route) => {
			const offset = Number(new URL(route.request().url()).searchParams.get('offset'));
			offsets.push(offset);
			if (offset > 0 && !restored) await route.abort('internetdisconnected');
			else await route.continue();
		});
		await maire.context.setOffline(false);
		await syncNow(maire.page, app.server.url);
		await expect.poll(() => offsets.includes(65536), { timeout: 20_000 }).toBe(true);
		const admin = await adminClient(app.server.url);
		const partial = await admin.collection('photos').getFirstListItem(`project = "${id}"`);
		expect(partial).toMatchObject({ complete: false, received: 65536 });

		await maire.page.goto(`${app.server.url}/projet/${id}`);
		await maire.page.locator('[data-testid="log-photo"][data-state="pending"]').waitFor();
		expect(await maire.page.getByTestId('log-photo').locator('figcaption').textContent()).toMatch(
			/^Envoi en attente \(\d+ % reçus\)$/
		);
		restored = true;
		await syncNow(maire.page, app.server.url, { upToDate: true });
		await expect
			.poll(async () => (await admin.collection('photos').getOne(partial.id)).complete)
			.toBe(true);
		const stored = await admin.collection('photos').getOne(partial.id);
		expect(stored).toMatchObject({ width: 1600, height: 1200, received: stored.bytes });
		// After the cut, the upload went on from 64 KB: the first chunk was sent once.
		expect(offsets.filter((o) => o === 0)).toHaveLength(1);
		expect(offsets.at(-1)).toBe(65536);
		await maire.page.goto(`${app.server.url}/projet/${id}`);
		await maire.page.locator('[data-testid="log-photo"][data-state="sent"]').waitFor();
		expect(await maire.page.getByTestId('log-photo').locator('figcaption').textContent()).toBe(
			'Envoyée'
		);

		// The deputy's tablet: the entry and the photo, downloaded from the server.
		const adjoint = await app.signedInTablet(DEMO.adjoint);
		await syncNow(adjoint.page, app.server.url, { upToDate: true });
		await adjoint.page.goto(`${app.server.url}/projet/${id}`);
		await adjoint.page.getByText('Plantation de 200 m de haie.').waitFor();
		// The entry names its author for those who did not write it.
		expect(await adjoint.page.getByTestId('project-log').textContent()).toContain(
			'par Claire Martin'
		);
		const copy = adjoint.page.locator('[data-testid="log-photo"][data-state="sent"] img');
		await copy.scrollIntoViewIfNeeded();
		await expect.poll(() => copy.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
		expect(await wcagViolations(adjoint.page)).toEqual([]);
		await maire.context.close();
		await adjoint.context.close();
	});

	it('refuses a 40 MB file and a file that is not an image, in French, changing nothing', async () => {
		const maire = await app.signedInTablet(DEMO.maire);
		await createProject(maire.page, app.server.url, 'Cantine locale');
		const before = await logEntries(maire.page).catch(() => 0);
		// Files on disk, as a tablet's gallery hands them over (a 40 MB buffer through the
		// DevTools protocol would take seconds).
		const folder = mkdtempSync(join(tmpdir(), 'collabactons-photos-'));
		const huge = Buffer.alloc(40 * 1024 * 1024, 0x55);
		huge.set([0xff, 0xd8, 0xff, 0xe0]);
		writeFileSync(join(folder, 'panorama.jpg'), huge);
		writeFileSync(
			join(folder, 'compte-rendu.jpg'),
			'%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'
		);
		const picker = maire.page.getByTestId('log-photos');
		await picker.setInputFiles([join(folder, 'panorama.jpg'), join(folder, 'compte-rendu.jpg')]);
		const alerts = maire.page.locator('section[aria-labelledby="log-title"]').getByRole('alert');
		await expect.poll(() => alerts.count()).toBe(2);
		expect(await alerts.nth(0).textContent()).toContain(
			'« panorama.jpg » : ce fichier pèse 40 Mo, la limite est de 25 Mo.'
		);
		expect(await alerts.nth(1).textContent()).toContain(
			'« compte-rendu.jpg » : ce fichier n’est pas une photo'
		);
		expect(await maire.page.getByTestId('selected-photos').count()).toBe(0);
		// Only now: the browser reads a picked file from disk when the app asks for its bytes.
		rmSync(folder, { recursive: true });
		// Adding the entry without text or photo is refused too: nothing reaches the log.
		await maire.page.getByTestId('add-log').click();
		await maire.page.getByText('Écrivez ce qui s’est passé avant d’ajouter l’entrée.').waitFor();
		expect(await logEntries(maire.page).catch(() => 0)).toBe(before);
		await maire.context.close();
	});

	it('keeps photos on the tablet while on mobile data when asked, and sends them on Wi-Fi', async () => {
		const maire = await app.tablet();
		// The browser's report of the connection (Chrome on Android has it; desktop has not).
		await maire.context.addInitScript(() => {
			const connection = Object.assign(new EventTarget(), { type: 'cellular' });
			Object.defineProperty(navigator, 'connection', { value: connection });
			Object.assign(window, {
				switchToWifi: () => {
					connection.type = 'wifi';
					connection.dispatchEvent(new Event('change'));
				}
			});
		});
		await maire.page.goto(app.server.url);
		await signInThroughUi(maire.page, app.server.url, DEMO.maire, DEMO_PASSWORD);
		await maire.page.goto(`${app.server.url}/parametres`);
		await maire.page.getByLabel('Envoyer les photos seulement en Wi-Fi').check();
		const id = await createProject(maire.page, app.server.url, 'Toitures solaires');
		await maire.page.getByTestId('log-photos').setInputFiles({
			name: 'toit.jpg',
			mimeType: 'image/jpeg',
			buffer: await phonePhoto(maire.page)
		});
		await maire.page.getByTestId('selected-photos').waitFor();
		await maire.page.getByTestId('add-log').click();
		await maire.page.locator('[data-testid="log-photo"][data-state="wifi"]').waitFor();
		expect(await maire.page.getByTestId('log-photo').locator('figcaption').textContent()).toBe(
			'En attente du Wi-Fi'
		);
		// The entry itself travels on mobile data; the photo waits.
		await syncNow(maire.page, app.server.url);
		await maire.page.getByText('Envoi réservé au Wi-Fi').waitFor();
		const admin = await adminClient(app.server.url);
		const before = await admin.collection('photos').getList(1, 1, { filter: `project = "${id}"` });
		expect(before.totalItems).toBe(0);
		const summary = await admin.collection('projects').getOne(id);
		expect(summary.title).toBe('Toitures solaires');

		await maire.page.evaluate(() => (window as unknown as { switchToWifi(): void }).switchToWifi());
		await expect
			.poll(
				async () =>
					(
						await admin
							.collection('photos')
							.getList(1, 1, { filter: `project = "${id}" && complete = true` })
					).totalItems,
				{ timeout: 20_000 }
			)
			.toBe(1);
		await maire.context.close();
	});
});
