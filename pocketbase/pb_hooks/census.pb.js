// The needs census in aggregate (issue 14, item 5): how many communes answered, their profiles
// and their most cited needs, per territory. What other communes see of a census: totals, never a
// commune's answers. The logic lives in lib/census.js; answers travel through the sync route.
routerAdd('GET', '/api/collab/census/summary', (e) => {
	/** @type {typeof import('./lib/census.js')} */
	const census = require(`${__hooks}/lib/census.js`);
	return census.summary(e);
});
