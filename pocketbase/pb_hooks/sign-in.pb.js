// Sign-in with a password, for élus and the programme's team (`users`) and for superusers: the
// per-account guard against password guessing (lib/sign-in-guard.js). The per-address rate limit
// is PocketBase's own, set by the migration 1765100000_guard.js (README, "Deployment").
onRecordAuthWithPasswordRequest(
	(e) => {
		/** @type {typeof import('./lib/sign-in-guard.js')} */
		const signIn = require(`${__hooks}/lib/sign-in-guard.js`);
		signIn.guard(e);
	},
	'users',
	'_superusers'
);
