// What the server sends with the app (issue 10, items 1 and 9): precompressed files chosen by
// Accept-Encoding, a year of cache for hashed files and revalidation for the rest, strict
// security headers on every page, CORS on the API for the app's own origin only, a JSON 404
// for an unknown API path; and every screen loads in Chromium with no CSP violation.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR, servedApp } from '../helpers/app';
import { DEMO } from '../helpers/pocketbase';

const SCREENS = [
	'/',
	'/formation',
	'/formation/recherche',
	'/projet',
	'/charte',
	'/charte/verifier',
	'/sessions',
	'/communaute',
	'/territoire',
	'/synchronisation',
	'/parametres',
	'/communes',
	'/confidentialite'
];

/** A hashed entry chunk of the build (large enough to be precompressed). */
function hashedAsset(): string {
	const dir = join(BUILD_DIR, '_app/immutable/chunks');
	const name = readdirSync(dir).find((file) => file.endsWith('.js.br'))!;
	return `/_app/immutable/chunks/${name.slice(0, -3)}`;
}

describe('headers of the app', () => {
	const app = servedApp();

	it('sends hashed files compressed as accepted, cached for a year', async () => {
		const asset = hashedAsset();
		for (const [accept, encoding] of [
			['gzip, deflate, br', 'br'],
			['gzip', 'gzip'],
			['br;q=0, gzip', 'gzip'],
			['identity', null]
		] as const) {
			const response = await fetch(`${app.server.url}${asset}`, {
				headers: { 'Accept-Encoding': accept }
			});
			expect(response.status).toBe(200);
			expect(response.headers.get('content-encoding')).toBe(encoding);
			expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
			expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
			expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
			expect((await response.text()).length).toBeGreaterThan(500);
		}
	});

	it('sends pages, the worker and the manifest to be revalidated; pages with strict policies', async () => {
		for (const path of ['/', '/index.html', '/parametres', '/sw.js', '/manifest.webmanifest']) {
			const response = await fetch(`${app.server.url}${path}`, {
				headers: { 'Accept-Encoding': 'br' },
				redirect: 'manual'
			});
			// /index.html answers itself (no redirect): the service worker precaches it.
			expect(response.status).toBe(200);
			expect(response.headers.get('cache-control')).toBe('no-cache');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			// Policies apply to documents and workers: not repeated on every other file.
			if (path === '/manifest.webmanifest') continue;
			const csp = response.headers.get('content-security-policy') ?? '';
			const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
			expect(scriptSrc).not.toContain('unsafe-inline');
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toContain("object-src 'none'");
			expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
			// The run mode keeps the screen on during a session (issue 12).
			expect(response.headers.get('permissions-policy')).toContain('screen-wake-lock=(self)');
			expect(response.headers.get('permissions-policy')).toContain('microphone=()');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		}
		const html = await fetch(`${app.server.url}/`, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(html.headers.get('content-encoding')).toBe('gzip');
		expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await html.text()).toContain('<!doctype html>');
	});

	it('answers a missing file with a 404 and an unknown API path with a JSON 404', async () => {
		const missing = await fetch(`${app.server.url}/_app/immutable/chunks/gone.js`);
		expect(missing.status).toBe(404);
		const hidden = await fetch(`${app.server.url}/.headers.json`);
		expect(hidden.status).toBe(404);
		const api = await fetch(`${app.server.url}/api/nothing/here`);
		expect(api.status).toBe(404);
		expect(api.headers.get('content-type')).toMatch(/^application\/json/);
		expect(((await api.json()) as { message: string }).message).toBe(
			'Cette adresse de l’API n’existe pas.'
		);
		// The admin UI keeps its own headers.
		const admin = await fetch(`${app.server.url}/_/`);
		expect(admin.status).toBe(200);
		expect(admin.headers.get('content-security-policy') ?? '').not.toContain('sha256-');
	});

	it('allows the API from the app’s own origin only', async () => {
		const own = await fetch(`${app.server.url}/api/health`, {
			headers: { Origin: app.server.url }
		});
		expect(own.headers.get('access-control-allow-origin')).toBe(app.server.url);
		const other = await fetch(`${app.server.url}/api/health`, {
			headers: { Origin: 'https://ailleurs.example' }
		});
		expect(other.headers.get('access-control-allow-origin')).toBeNull();
		const preflight = await fetch(`${app.server.url}/api/collab/sync`, {
			method: 'OPTIONS',
			headers: {
				Origin: 'https://ailleurs.example',
				'Access-Control-Request-Method': 'POST'
			}
		});
		expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('loads every screen in Chromium with no Content-Security-Policy violation', async () => {
		const { context, page } = await app.signedInTablet(DEMO.maire);
		const violations: string[] = [];
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
				list.push(`${event.violatedDirective} ${event.blockedURI}`);
			});
		});
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		for (const screen of SCREENS) {
			await page.goto(`${app.server.url}${screen}`);
			await page.locator('main h1').first().waitFor();
			await page.waitForLoadState('networkidle');
			violations.push(
				...(await page.evaluate(
					() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []
				))
			);
		}
		// A module and the framing form, reached in-app (lazy chunks, inline styles).
		await page.goto(`${app.server.url}/formation`);
		await page.locator('main h3 a').first().click();
		await page.waitForURL(/\/formation\/module\//);
		await page.locator('main h1').first().waitFor();
		violations.push(
			...(await page.evaluate(
				() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []
			))
		);
		expect(violations).toEqual([]);
		await context.close();
	});
});
