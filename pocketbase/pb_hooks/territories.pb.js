// Territory dashboards (pocketbase/README.md, "Territories"): the summary of a territory for
// coordinators and the national team, the refresh of the aggregates (every 10 minutes, and on
// demand by a superuser), and the check that a fabrique's communes lie in its author's territory.
routerAdd('GET', '/api/collab/territories/{kind}/{code}/summary', (e) => {
	/** @type {typeof import('./lib/territories/summary.js')} */
	const territories = require(`${__hooks}/lib/territories/summary.js`);
	const request = /** @type {http.Request} */ (e.request);
	return territories.summary(e, request.pathValue('kind'), request.pathValue('code'));
});

routerAdd(
	'POST',
	'/api/collab/admin/territories/refresh',
	(e) => {
		/** @type {typeof import('./lib/territories/refresh.js')} */
		const refresh = require(`${__hooks}/lib/territories/refresh.js`);
		return e.json(200, refresh.refresh($app));
	},
	$apis.requireSuperuserAuth()
);

cronAdd('territories-refresh', '*/10 * * * *', () => {
	/** @type {typeof import('./lib/territories/refresh.js')} */
	const refresh = require(`${__hooks}/lib/territories/refresh.js`);
	const result = refresh.refresh($app);
	console.log(`territories: ${result.rows} figures in ${result.ms} ms`);
});

onRecordCreateRequest((e) => {
	/** @type {typeof import('./lib/territories/fabriques.js')} */
	const fabriques = require(`${__hooks}/lib/territories/fabriques.js`);
	fabriques.check(e);
	return e.next();
}, 'fabriques');

onRecordUpdateRequest((e) => {
	/** @type {typeof import('./lib/territories/fabriques.js')} */
	const fabriques = require(`${__hooks}/lib/territories/fabriques.js`);
	fabriques.check(e);
	return e.next();
}, 'fabriques');

onRecordDeleteRequest((e) => {
	/** @type {typeof import('./lib/territories/fabriques.js')} */
	const fabriques = require(`${__hooks}/lib/territories/fabriques.js`);
	fabriques.check(e);
	return e.next();
}, 'fabriques');
