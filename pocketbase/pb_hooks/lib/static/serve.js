// Serves the built app (the public dir, `build/` by default) in place of PocketBase's own static
// route: the precompressed `.br`/`.gz` file that the browser accepts, the headers of
// lib/static/headers.js, index.html for the app's routes (a single-page app), a plain 404 for a
// missing file, and a JSON 404 in French for an unknown `/api/...` path (never the app's HTML).
// It never serves a dot file nor anything outside the public dir.
var headers = require(`${__hooks}/lib/static/headers.js`);

/** The `--publicDir` PocketBase was started with (its default: pb_public beside the binary). */
function publicDir() {
	var args = $os.args;
	for (var i = 1; i < args.length; i++) {
		if (args[i].indexOf('--publicDir=') === 0) return args[i].slice('--publicDir='.length);
		if (args[i] === '--publicDir' && i + 1 < args.length) return args[i + 1];
	}
	var binary = args[0];
	return binary.slice(0, binary.lastIndexOf('/') + 1) + 'pb_public';
}

/**
 * True when `path` is a regular file of the public dir.
 * @param {string} dir
 * @param {string} path
 */
function isFile(dir, path) {
	try {
		return !$os.stat(dir + '/' + path).isDir();
	} catch (_error) {
		return false;
	}
}

/**
 * A precompressed variant of `path` that is not older than the file itself (a file changed
 * after the build, without its variants, is served as it is rather than a stale copy).
 * @param {string} dir
 * @param {string} path
 * @param {string} suffix `.br` or `.gz`
 */
function freshVariant(dir, path, suffix) {
	try {
		var variant = $os.stat(dir + '/' + path + suffix);
		var original = $os.stat(dir + '/' + path);
		return !variant.isDir() && !variant.modTime().before(original.modTime());
	} catch (_error) {
		return false;
	}
}

/**
 * The codings the request accepts (q=0 refuses), as a Set of lower-case names.
 * @param {unknown} value the Accept-Encoding header
 * @returns {Set<string>}
 */
function acceptedEncodings(value) {
	var accepted = new Set();
	var parts = String(value || '').split(',');
	for (var i = 0; i < parts.length; i++) {
		var pieces = parts[i].trim().toLowerCase().split(';');
		var name = pieces[0].trim();
		var refused = pieces.slice(1).some(function (param) {
			return /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param);
		});
		if (name && !refused) accepted.add(name);
	}
	return accepted;
}

/**
 * Relative, cleaned path of the request, or null if it tries to leave the public dir.
 * @param {core.RequestEvent} e
 */
function requestedPath(e) {
	var raw = String(/** @type {http.Request} */ (e.request).pathValue('path') || '');
	var segments = [];
	var parts = raw.split('/');
	for (var i = 0; i < parts.length; i++) {
		if (parts[i] === '' || parts[i] === '.') continue;
		if (parts[i].charAt(0) === '.') return null; // `..`, `.headers.json`, `.git`…
		segments.push(parts[i]);
	}
	return segments.join('/');
}

/** @param {core.RequestEvent} e */
function notFound(e) {
	return e.string(404, 'Fichier introuvable.');
}

/**
 * Handler of GET /{path...}.
 * @param {core.RequestEvent} e
 */
function serve(e) {
	var request = /** @type {http.Request} */ (e.request);
	var path = requestedPath(e);
	if (path === 'api' || (path !== null && path.indexOf('api/') === 0)) {
		return e.json(404, {
			status: 404,
			message: 'Cette adresse de l’API n’existe pas.',
			data: {}
		});
	}
	var dir = publicDir();
	var header = e.response.header();
	if (path === null) return notFound(e);
	if (path === '' || !isFile(dir, path)) {
		// A route of the app (no extension) gets the app; a missing asset gets a real 404 so
		// that a stale page asking for an old chunk fails fast and reloads.
		var last = path.slice(path.lastIndexOf('/') + 1);
		if (last.indexOf('.') >= 0 && !/\.html$/.test(last)) return notFound(e);
		path = 'index.html';
	}
	// COLLAB_STATIC=plain: PocketBase's default behaviour (no compression, no cache or security
	// headers), the baseline of app.first_visit_* in npm run bench. Never set in production.
	if ($os.getenv('COLLAB_STATIC') === 'plain') return e.fileFS($os.dirFS(dir), path);
	header.set('Content-Type', headers.contentType(path));
	header.set('Cache-Control', headers.cacheControl(path));
	// The app's files need no CORS: PocketBase's `Vary: Origin` would keep the service worker
	// (whose requests carry no Origin) from reusing what the page has just downloaded.
	header.del('Vary');
	header.del('Access-Control-Allow-Origin');
	// Policies apply to documents and workers only: not repeated on every script and image.
	if (/\.html$/.test(path) || path === 'sw.js') headers.setSecurityHeaders(header, dir);

	var file = path;
	var br = freshVariant(dir, path, '.br');
	var gz = freshVariant(dir, path, '.gz');
	if (br || gz) {
		header.add('Vary', 'Accept-Encoding');
		var accepted = acceptedEncodings(request.header.get('Accept-Encoding'));
		if (br && accepted.has('br')) {
			file = path + '.br';
			header.set('Content-Encoding', 'br');
		} else if (gz && (accepted.has('gzip') || accepted.has('x-gzip'))) {
			file = path + '.gz';
			header.set('Content-Encoding', 'gzip');
		}
	}
	// Compressed bytes are not rangeable as the original file: serve them whole.
	if (file !== path) request.header.del('Range');
	return e.fileFS($os.dirFS(dir), file);
}

module.exports = { serve: serve, acceptedEncodings: acceptedEncodings, publicDir: publicDir };
