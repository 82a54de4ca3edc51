// Superuser-only bulk insert used by the national-scale generator (`npm run seed:national`,
// scripts/seed/national.mjs). See lib/bulk.js.
routerAdd(
	'POST',
	'/api/collab/admin/bulk',
	(e) => {
		/** @type {typeof import('./lib/bulk.js')} */
		const bulk = require(`${__hooks}/lib/bulk.js`);
		return e.json(200, bulk.bulkInsert(e));
	},
	$apis.requireSuperuserAuth(),
	$apis.bodyLimit(256 << 20)
);
