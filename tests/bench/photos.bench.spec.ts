// Log photos, measured in Chromium against the built app and a real PocketBase: how much of a
// phone photo a tablet keeps and sends (baseline: the picked file), and how many bytes an upload
// cut after its first chunk costs in all (baseline: starting over, what a plain file upload does).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, signInThroughUi, tabletContext } from '../helpers/browser';
import { adminClient, DEMO, DEMO_PASSWORD } from '../helpers/pocketbase';
import { phonePhoto } from '../helpers/photos';
import { createProject, syncNow } from '../helpers/projects';
import { startTestServer, type TestServer } from '../helpers/server';
import { recordMetric } from './metrics';

const CHUNK = 64 * 1024;

describe('log photos', () => {
	let server: TestServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await startTestServer({ publicDir: join(process.cwd(), 'build'), seedDemo: true });
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.dispose();
	});

	it('photos.stored_kb and photos.resume_bytes_ratio', async () => {
		const context = await tabletContext(browser);
		const page = await context.newPage();
		await signInThroughUi(page, server.url, DEMO.maire, DEMO_PASSWORD);
		const photo = await phonePhoto(page);
		const id = await createProject(page, server.url, 'Mesure des photos');
		await syncNow(page, server.url, { upToDate: true });

		let sent = 0;
		let cut = false;
		await context.route('**/api/collab/photos/*/content?offset=*', async (route) => {
			sent += route.request().postDataBuffer()?.length ?? 0;
			const offset = Number(new URL(route.request().url()).searchParams.get('offset'));
			if (offset > 0 && !cut) {
				cut = true;
				await route.abort('internetdisconnected');
			} else await route.continue();
		});
		await page.goto(`${server.url}/projet/${id}`);
		await page
			.getByTestId('log-photos')
			.setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
		await page.getByTestId('selected-photos').waitFor();
		await page.getByLabel('Ce qui s’est passé').fill('Mesure');
		await page.getByTestId('add-log').click();
		const admin = await adminClient(server.url);
		const stored = async () =>
			(await admin.collection('photos').getFullList({ filter: `project = "${id}"` }))[0];
		await expect.poll(async () => (await stored())?.received ?? 0, { timeout: 30_000 }).toBe(CHUNK);
		await syncNow(page, server.url);
		await expect.poll(async () => (await stored())?.complete, { timeout: 30_000 }).toBe(true);
		const bytes = (await stored())!.bytes as number;

		const kb = Math.round(bytes / 102.4) / 10;
		const originalKb = Math.round(photo.length / 102.4) / 10;
		recordMetric({
			name: 'photos.stored_kb',
			value: kb,
			unit: 'KB',
			baseline: originalKb,
			ratio: Math.round((kb / originalKb) * 1000) / 1000,
			note: `4000×3000 JPEG picked (baseline), stored 1600×1200 on the device; target ≤ 300 KB`
		});
		// Bytes of PUT bodies, the cut chunk included; starting over would resend the first chunk.
		const restart = CHUNK + Math.min(CHUNK, bytes - CHUNK) + bytes;
		recordMetric({
			name: 'photos.resume_bytes_ratio',
			value: Math.round((sent / bytes) * 100) / 100,
			unit: '× photo',
			baseline: Math.round((restart / bytes) * 100) / 100,
			ratio: Math.round((sent / restart) * 100) / 100,
			note: `${sent} B sent for a ${bytes} B photo cut after its first 64 KB chunk; baseline: start over after the cut`
		});
		expect(kb).toBeLessThanOrEqual(300);
		await context.close();
	});
});
