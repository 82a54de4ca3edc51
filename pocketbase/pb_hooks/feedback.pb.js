// Results of the session feedback for facilitators, coordinators and the national team
// (pocketbase/README.md, "Session feedback"): aggregates and response rates, never who answered.
// The logic lives in lib/feedback.js; answers themselves travel through the sync route.
routerAdd('GET', '/api/collab/feedback-stats', (e) => {
	/** @type {typeof import('./lib/feedback.js')} */
	const feedback = require(`${__hooks}/lib/feedback.js`);
	return feedback.stats(e);
});
