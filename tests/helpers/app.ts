// The app as end-to-end tests meet it: a real PocketBase (own data dir, demo data) serving the
// built PWA from build/, and Debian's Chromium. `servedApp()` registers both for the enclosing
// describe block and closes them after it.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
	launchBrowser,
	signInThroughUi,
	tabletContext,
	waitForServiceWorker,
	type TabletOptions
} from './browser';
import { DEMO_PASSWORD } from './pocketbase';
import { startTestServer, type TestServer } from './server';

export const BUILD_DIR = join(process.cwd(), 'build');

export interface AppTabletOptions extends TabletOptions {
	/** The page's clock stands still at this instant (`Date.now()`, `new Date()`); timers run. */
	fixedTime?: Date;
}

export interface ServedApp {
	server: TestServer;
	browser: Browser;
	/** A fresh browser context (its own storage) with one page, as a French tablet. */
	tablet(options?: AppTabletOptions): Promise<{ context: BrowserContext; page: Page }>;
	/** A fresh tablet with the service worker active, signed in as `email`. */
	signedInTablet(
		email: string,
		options?: AppTabletOptions
	): Promise<{ context: BrowserContext; page: Page }>;
}

export function servedApp(options: { seedDemo?: boolean; publicDir?: string } = {}): ServedApp {
	const app = {
		async tablet(tabletOptions: AppTabletOptions = {}) {
			const context = await tabletContext(app.browser, tabletOptions);
			const page = await context.newPage();
			if (tabletOptions.fixedTime) await page.clock.setFixedTime(tabletOptions.fixedTime);
			return { context, page };
		},
		async signedInTablet(email: string, tabletOptions?: AppTabletOptions) {
			const tablet = await app.tablet(tabletOptions);
			await tablet.page.goto(app.server.url);
			await waitForServiceWorker(tablet.page);
			await signInThroughUi(tablet.page, app.server.url, email, DEMO_PASSWORD);
			return tablet;
		}
	} as ServedApp;
	beforeAll(async () => {
		app.server = await startTestServer({
			publicDir: options.publicDir ?? BUILD_DIR,
			seedDemo: options.seedDemo
		});
		app.browser = await launchBrowser();
	});
	afterAll(async () => {
		await app.browser?.close();
		await app.server?.dispose();
	});
	return app;
}
