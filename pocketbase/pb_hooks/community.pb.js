// The learning network and concertations (pocketbase/README.md, "Communauté : échanges et
// concertations"): the results of a consultation and the moderation queue. Threads, replies,
// consultations, proposals, votes, reports and notifications travel through the sync route;
// the logic of these routes lives in lib/community/.
routerAdd('GET', '/api/collab/consultations/{id}/results', (e) => {
	/** @type {typeof import('./lib/community/results.js')} */
	const community = require(`${__hooks}/lib/community/results.js`);
	return community.results(e);
});

routerAdd('GET', '/api/collab/moderation', (e) => {
	/** @type {typeof import('./lib/community/moderation.js')} */
	const moderation = require(`${__hooks}/lib/community/moderation.js`);
	return moderation.queue(e);
});

routerAdd('POST', '/api/collab/moderation/{kind}/{id}', (e) => {
	/** @type {typeof import('./lib/community/moderation.js')} */
	const moderation = require(`${__hooks}/lib/community/moderation.js`);
	return moderation.decide(e);
});

// Rows the superuser writes through the API (the demo seed: a consultation already closed, its
// votes and synthesis) get the next seq in the same transaction, so devices pull them like any
// synced row. Nobody else may create them (every create rule is null).
onRecordCreateRequest(
	(e) => {
		/** @type {typeof import('./lib/sync/sequence.js')} */
		const sequence = require(`${__hooks}/lib/sync/sequence.js`);
		if (!e.hasSuperuserAuth()) return e.next();
		e.app.runInTransaction((txApp) => {
			e.app = txApp;
			const counter = new sequence.Sequence(txApp);
			/** @type {core.Record} */ (e.record).set('seq', counter.next());
			counter.save();
			e.next();
		});
	},
	'discussions',
	'comments',
	'consultations',
	'proposals',
	'votes',
	'reports',
	'notifications'
);

routerAdd(
	'POST',
	'/api/collab/admin/demo-accounts',
	(e) => {
		/** @type {typeof import('./lib/community/demo-accounts.js')} */
		const accounts = require(`${__hooks}/lib/community/demo-accounts.js`);
		return accounts.createDemoAccounts(e);
	},
	$apis.requireSuperuserAuth()
);
