// The handlers of pb_hooks/privacy.pb.js: an élu downloads what the server holds about them,
// and asks for the deletion of their personal data. Both act on the signed-in user only.
var plan = require(`${__hooks}/lib/privacy/plan.js`);

/**
 * The signed-in `users` record, or an UnauthorizedError.
 * @param {core.RequestEvent} e
 * @returns {core.Record}
 */
function signedInUser(e) {
	var auth = e.auth;
	if (!auth || auth.collection().name !== 'users') {
		throw new UnauthorizedError('Connectez-vous pour consulter vos données.');
	}
	return auth;
}

/** GET /api/collab/me/export: a JSON file of everything the server holds about the caller. */
/** @param {core.RequestEvent} e */
function exportData(e) {
	var user = signedInUser(e);
	var day = new Date().toISOString().slice(0, 10);
	e.response
		.header()
		.set('Content-Disposition', 'attachment; filename="collabactons-mes-donnees-' + day + '.json"');
	e.response.header().set('Cache-Control', 'no-store');
	return e.json(200, plan.exportFor(user));
}

/** @param {core.Record} record a `deletion_requests` row */
function answer(record) {
	return {
		id: record.id,
		status: record.get('status'),
		created: String(record.get('created')),
		// JSON fields come back from Go as raw bytes.
		to_delete: JSON.parse(toString(record.get('to_delete')) || '[]'),
		kept: JSON.parse(toString(record.get('kept')) || '[]')
	};
}

/**
 * POST /api/collab/me/deletion-request: records the request with the plan the server computed
 * (never what the client sends). A second request while one is open returns the open one.
 */
/** @param {core.RequestEvent} e */
function requestDeletion(e) {
	var user = signedInUser(e);
	var open = $app.findRecordsByFilter(
		'deletion_requests',
		"user = {:user} && status = 'requested'",
		'-created',
		1,
		0,
		{ user: user.id }
	);
	if (open[0]) return e.json(200, answer(open[0]));
	var computed = plan.deletionPlan(user);
	var record = new Record($app.findCollectionByNameOrId('deletion_requests'));
	record.set('user', user.id);
	record.set('email', user.email());
	record.set('status', 'requested');
	record.set('to_delete', computed.to_delete);
	record.set('kept', computed.kept);
	$app.save(record);
	return e.json(201, answer(record));
}

module.exports = { exportData: exportData, requestDeletion: requestDeletion };
