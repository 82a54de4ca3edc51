// Who a facilitator may pick while planning a session (lib/sessions-people.js): the facilitators
// offered as co-animateurs, and the élus with an account of a session's département.
routerAdd('GET', '/api/collab/sessions/facilitators', (e) => {
	/** @type {typeof import('./lib/sessions-people.js')} */
	const people = require(`${__hooks}/lib/sessions-people.js`);
	return people.facilitators(e);
});

routerAdd('GET', '/api/collab/sessions/{id}/elus', (e) => {
	/** @type {typeof import('./lib/sessions-people.js')} */
	const people = require(`${__hooks}/lib/sessions-people.js`);
	const request = /** @type {http.Request} */ (e.request);
	return people.elus(e, request.pathValue('id'));
});
