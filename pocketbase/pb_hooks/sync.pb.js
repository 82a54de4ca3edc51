// The sync route: one request = one sync cycle (push doc updates and records, pull changes).
// Protocol, limits and the reasons behind them: pocketbase/README.md. The logic lives in
// lib/sync/ (CommonJS, required inside the handler as goja requires).
routerAdd('POST', '/api/collab/sync', (e) => {
	/** @type {typeof import('./lib/sync/cycle.js')} */
	const cycle = require(`${__hooks}/lib/sync/cycle.js`);
	return cycle.handle(e);
});
