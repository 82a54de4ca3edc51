// Personal data (RGPD): download everything the server holds about oneself, and ask for its
// deletion. Scope and retention: lib/privacy/plan.js; the notice: /confidentialite.
routerAdd(
	'GET',
	'/api/collab/me/export',
	(e) => {
		const routes = require(`${__hooks}/lib/privacy/routes.js`);
		return routes.exportData(e);
	},
	$apis.requireAuth('users')
);

routerAdd(
	'POST',
	'/api/collab/me/deletion-request',
	(e) => {
		const routes = require(`${__hooks}/lib/privacy/routes.js`);
		return routes.requestDeletion(e);
	},
	$apis.requireAuth('users')
);
