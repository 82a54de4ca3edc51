// When the code of a screen cannot be fetched (a dynamic import fails: the page is offline and
// not yet controlled by the service worker, or a new version removed an old chunk), asks the
// browser for a full navigation to that screen instead of showing "Une erreur est survenue":
// the service worker answers it from the precache. Never loops: one try per address a minute.

const MESSAGES = [
	'Failed to fetch dynamically imported module', // Chromium
	'error loading dynamically imported module', // Firefox
	'Importing a module script failed', // Safari
	'Unable to preload CSS' // Vite's preload helper
];
const KEY = 'collabactons.chunk-fallback';
const RETRY_AFTER_MS = 60_000;

/** True if `error` is the failure of a dynamic import or of a preloaded stylesheet. */
export function isChunkLoadFailure(error: unknown): boolean {
	const message = error instanceof Error ? error.message : String(error);
	return MESSAGES.some((known) => message.includes(known));
}

/**
 * Navigates to `url` for real if the failure is a chunk load and this address was not just
 * tried. Returns true when the navigation was started.
 */
export function fallBackToNavigation(error: unknown, url: URL): boolean {
	if (!isChunkLoadFailure(error)) return false;
	const now = Date.now();
	try {
		const last = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as {
			href: string;
			at: number;
		} | null;
		if (last && last.href === url.href && now - last.at < RETRY_AFTER_MS) return false;
		sessionStorage.setItem(KEY, JSON.stringify({ href: url.href, at: now }));
	} catch {
		// No sessionStorage: navigate anyway, the service worker serves the page.
	}
	location.assign(url.href);
	return true;
}
