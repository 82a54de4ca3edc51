// Gzip on the API's JSON answers (the curriculum pull alone is ~300 KB of JSON on a first
// visit, a fifth of it once compressed). Not on the app's files (lib/static/serve.js sends
// them precompressed), nor on the realtime stream, nor on file downloads (photos are JPEG).
routerUse((e) => {
	const url = /** @type {http.Request} */ (e.request).url;
	const path = url ? url.path : '';
	const skip =
		// The baseline of app.first_visit_* (npm run bench): PocketBase as it is by default.
		$os.getenv('COLLAB_STATIC') === 'plain' ||
		path.indexOf('/api/') !== 0 ||
		path === '/api/realtime' ||
		path.indexOf('/api/files/') === 0 ||
		/\/content$/.test(path);
	if (skip) return e.next();
	return $apis.gzip().func(e);
});
