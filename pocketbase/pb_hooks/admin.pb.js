// Superuser-only bulk import of reference data (communes, curriculum) by the seed script:
// one transaction per request, upsert by a natural key, so re-running the seed changes nothing.
routerAdd(
	'POST',
	'/api/collab/admin/import',
	(e) => {
		/** @type {typeof import('./lib/import.js')} */
		const importer = require(`${__hooks}/lib/import.js`);
		return e.json(200, importer.importRecords(e));
	},
	$apis.requireSuperuserAuth(),
	$apis.bodyLimit(64 << 20)
);
