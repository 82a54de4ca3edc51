import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { playwright } from '@vitest/browser-playwright';
import { readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const pocketbaseUrl = process.env.PB_URL ?? 'http://127.0.0.1:8090';

export default defineConfig({
	define: { __APP_VERSION__: JSON.stringify(version) },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src/service-worker',
			filename: 'sw.ts',
			registerType: 'prompt',
			injectRegister: false,
			manifest: false, // static/manifest.webmanifest is the source of truth
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,html,svg,png,webmanifest,json}',
					'prerendered/**/*.html'
				],
				// The commune index is ~1 MB of JSON (≈ 400 KB gzipped): precache it anyway.
				maximumFileSizeToCacheInBytes: 4 * 1024 * 1024
			},
			kit: { adapterFallback: 'index.html', spa: true, includeVersionFile: true },
			devOptions: { enabled: false }
		})
	],
	build: {
		modulePreload: {
			// A dynamic import preloads its whole module graph at once: Vite's helper appends one
			// <link rel="modulepreload"> per chunk in a single task. The signed-in home page loads
			// its cards that way after the first render, ~38 chunks, and the burst blocked the main
			// thread for 70–250 ms on a slowed phone (Lighthouse's Total Blocking Time). Only the
			// route nodes SvelteKit's app entry loads keep their preloads (a route's first paint
			// on a cold network); the other imports load their graph as the browser discovers it,
			// in small tasks, from the service worker's cache once installed. Their CSS is always
			// loaded (Vite adds it after this filter).
			resolveDependencies: (_file, deps, { hostId }) => (hostId.includes('/entry/app.') ? deps : [])
		}
	},
	server: {
		proxy: { '/api': { target: pocketbaseUrl, changeOrigin: true, ws: false } }
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'tests/content/**/*.spec.ts'],
					exclude: [...configDefaults.exclude, 'src/**/*.browser.spec.ts'],
					setupFiles: ['fake-indexeddb/auto', 'tests/setup/messages.ts']
				}
			},
			{
				extends: true,
				test: {
					// Component behaviour only a real browser shows (caret, focus, keyboard), in
					// Debian's Chromium: playwright drives it and never downloads a browser.
					name: 'browser',
					include: ['src/**/*.browser.spec.ts'],
					setupFiles: ['tests/setup/messages.ts'],
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: {
								executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
								args: [
									'--no-sandbox',
									'--disable-gpu',
									'--disable-quic',
									'--no-first-run',
									'--disable-background-networking',
									'--disable-component-update',
									'--disable-sync'
								]
							}
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/server/**/*.spec.ts'],
					setupFiles: ['fake-indexeddb/auto', 'tests/setup/messages.ts'],
					globalSetup: ['tests/setup/pocketbase.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'bench',
					environment: 'node',
					include: ['tests/bench/**/*.bench.spec.ts'],
					setupFiles: ['fake-indexeddb/auto'],
					testTimeout: 600_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					// Each file starts its own PocketBase and Chromium (tests/helpers/app.ts).
					include: ['tests/e2e/**/*.spec.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
