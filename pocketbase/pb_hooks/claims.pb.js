// Claim routes (pocketbase/README.md "Claims"): a participant without an account links their
// participant row to their validated account; a facilitator or the commune's mayor confirms.
// The logic lives in lib/claims.js.
routerAdd(
	'POST',
	'/api/collab/claims',
	(e) => {
		/** @type {typeof import('./lib/claims.js')} */
		const claims = require(`${__hooks}/lib/claims.js`);
		return claims.claim(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'GET',
	'/api/collab/claims/pending',
	(e) => {
		/** @type {typeof import('./lib/claims.js')} */
		const claims = require(`${__hooks}/lib/claims.js`);
		return claims.pending(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/claims/{id}/confirm',
	(e) => {
		/** @type {typeof import('./lib/claims.js')} */
		const claims = require(`${__hooks}/lib/claims.js`);
		return claims.confirm(e);
	},
	$apis.requireAuth('users')
);
