// Sessions routes outside the sync route: who a facilitator may pick while planning
// (lib/sessions-people.js) and à distance presence by code (lib/session-presence.js).
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

// À distance presence by code (lib/session-presence.js): the facilitator's code per half-day,
// and the élu's confirmation that writes their own attendance row.
routerAdd('GET', '/api/collab/sessions/{id}/presence/{slot}', (e) => {
	/** @type {typeof import('./lib/session-presence.js')} */
	const presence = require(`${__hooks}/lib/session-presence.js`);
	const request = /** @type {http.Request} */ (e.request);
	return presence.code(e, request.pathValue('id'), request.pathValue('slot'));
});

routerAdd('POST', '/api/collab/sessions/{id}/presence', (e) => {
	/** @type {typeof import('./lib/session-presence.js')} */
	const presence = require(`${__hooks}/lib/session-presence.js`);
	const request = /** @type {http.Request} */ (e.request);
	return presence.confirm(e, request.pathValue('id'));
});
