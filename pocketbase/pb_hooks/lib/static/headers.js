// The HTTP headers of the app's own files (never of the API nor of the admin UI under /_/):
// caching by kind of file and the security headers of every page. The Content-Security-Policy
// allows the inline start-up script of SvelteKit by its hash, read from build/.headers.json
// (written by scripts/precompress.mjs); it never allows 'unsafe-inline' for scripts.

/** Content types by extension: set before serving, since `.br`/`.gz` files have none. */
var TYPES = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json',
	webmanifest: 'application/manifest+json',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	ico: 'image/x-icon',
	txt: 'text/plain; charset=utf-8',
	xml: 'application/xml',
	woff2: 'font/woff2',
	pdf: 'application/pdf'
};

/**
 * Features the app does not use are denied; the camera (QR codes) and keeping the screen on
 * (the run mode's timer, issue 12) are for the app's own pages only.
 */
var PERMISSIONS = [
	'camera=(self)',
	'microphone=()',
	'geolocation=()',
	'payment=()',
	'usb=()',
	'serial=()',
	'hid=()',
	'bluetooth=()',
	'midi=()',
	'accelerometer=()',
	'gyroscope=()',
	'magnetometer=()',
	'display-capture=()',
	'encrypted-media=()',
	'publickey-credentials-get=()',
	'screen-wake-lock=(self)',
	'xr-spatial-tracking=()'
].join(', ');

/** @param {string} path a file of the public dir, relative, e.g. `_app/immutable/x.js` */
function contentType(path) {
	var dot = path.lastIndexOf('.');
	var ext = dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
	return Object.prototype.hasOwnProperty.call(TYPES, ext)
		? TYPES[/** @type {keyof typeof TYPES} */ (ext)]
		: 'application/octet-stream';
}

/**
 * Hashed files never change under their name: cached for a year, so the service worker's
 * precache reuses what the page already downloaded. Everything else is revalidated each time.
 * @param {string} path
 */
function cacheControl(path) {
	return path.indexOf('_app/immutable/') === 0 ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** @param {string[]} scriptHashes CSP sources like `'sha256-…'` */
function contentSecurityPolicy(scriptHashes) {
	return [
		"default-src 'self'",
		"script-src 'self' " + scriptHashes.join(' '),
		// Svelte sets style attributes (and SvelteKit wraps the body in one): styles only.
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"media-src 'self' blob:",
		"worker-src 'self'",
		"manifest-src 'self'",
		"frame-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

/**
 * Reads the inline script hashes written at build time (none if the file is missing).
 * @param {string} publicDir
 * @returns {string[]}
 */
function readScriptHashes(publicDir) {
	try {
		var parsed = JSON.parse(toString($os.readFile(publicDir + '/.headers.json')));
		var hashes = Array.isArray(parsed.scriptHashes) ? parsed.scriptHashes : [];
		return hashes.filter(function (/** @type {unknown} */ hash) {
			return typeof hash === 'string' && /^'sha256-[A-Za-z0-9+/=]+'$/.test(hash);
		});
	} catch (_error) {
		return [];
	}
}

/**
 * Sets the security headers of an app response.
 * @param {http.Header} header
 * @param {string} publicDir
 */
function setSecurityHeaders(header, publicDir) {
	header.set('Content-Security-Policy', contentSecurityPolicy(readScriptHashes(publicDir)));
	header.set('X-Content-Type-Options', 'nosniff');
	header.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	header.set('Permissions-Policy', PERMISSIONS);
	header.set('X-Frame-Options', 'DENY');
	header.set('Cross-Origin-Opener-Policy', 'same-origin');
}

module.exports = {
	contentType: contentType,
	cacheControl: cacheControl,
	contentSecurityPolicy: contentSecurityPolicy,
	setSecurityHeaders: setSecurityHeaders
};
