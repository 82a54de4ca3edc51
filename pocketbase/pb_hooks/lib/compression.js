// Gzip on the API's JSON answers (the curriculum pull alone is ~300 KB of JSON on a first
// visit, a fifth of it once compressed). Not on the app's files (lib/static/serve.js sends
// them precompressed), nor on the realtime stream, nor on file downloads (photos are JPEG).
// Used by api-middleware.pb.js.

/** @type {hook.Handler<core.RequestEvent> | null} PocketBase's gzip middleware, one per VM. */
var handler = null;

/**
 * Whether the answer to `path` goes out as it is.
 * @param {string} path
 */
function skips(path) {
	return (
		// The baseline of app.first_visit_* (npm run bench): PocketBase as it is by default.
		$os.getenv('COLLAB_STATIC') === 'plain' ||
		path.indexOf('/api/') !== 0 ||
		path === '/api/realtime' ||
		path.indexOf('/api/files/') === 0 ||
		/\/content$/.test(path)
	);
}

/**
 * PocketBase's gzip middleware, built once per VM: each one holds its own pool of compressors
 * (about 1 MB each), so building it per request allocated one for every answer, and the garbage
 * collector then spent a tenth of the server's CPU on them under load.
 * @returns {hook.Handler<core.RequestEvent>}
 */
function gzip() {
	if (!handler) handler = $apis.gzip();
	return handler;
}

module.exports = { skips: skips, gzip: gzip };
