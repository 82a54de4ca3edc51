// The one JS middleware every request goes through (pocketbase/README.md, "Throughput"):
// - it words PocketBase's rate-limit refusal (« Too Many Requests. ») in French, which is why it
//   is placed before the limiter (the status and the limit stay PocketBase's; other errors pass
//   through unchanged, and so does the per-account sign-in lock, already in French);
// - it gzips the API's JSON answers (lib/compression.js).
// One middleware, not one per concern: a JS middleware holds a JS VM until the request ends, so
// each one added a VM to every request, and 200 devices at once outgrew PocketBase's pool of warm
// VMs (a one-off VM loads and compiles every module it requires: a quarter of the server's CPU).
routerUse(
	new Middleware((e) => {
		/** @type {typeof import('./lib/compression.js')} */
		const compression = require(`${__hooks}/lib/compression.js`);
		const url = /** @type {http.Request} */ (e.request).url;
		try {
			if (compression.skips(url ? url.path : '')) e.next();
			else compression.gzip().func(e);
		} catch (err) {
			/** @type {typeof import('./lib/too-many.js')} */
			const tooMany = require(`${__hooks}/lib/too-many.js`);
			throw tooMany.inFrench(err);
		}
	}, -99000)
);
