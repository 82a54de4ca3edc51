// PocketBase's rate limiter answers « Too Many Requests. »: this middleware, placed before it,
// words that refusal in French (the status and the limit are PocketBase's). Other errors pass
// through unchanged, and so does the per-account sign-in lock, already in French.
routerUse(
	new Middleware((e) => {
		try {
			e.next();
		} catch (err) {
			/** @type {typeof import('./lib/too-many.js')} */
			const tooMany = require(`${__hooks}/lib/too-many.js`);
			throw tooMany.inFrench(err);
		}
	}, -99000)
);
