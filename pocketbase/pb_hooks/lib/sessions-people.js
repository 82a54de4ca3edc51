// The people a facilitator may pick while planning a session (issue 12, items 1 and 2):
// GET /api/collab/sessions/facilitators lists the active facilitators (id and name only, never an
// e-mail) for a facilitator, coordinator or the national team, so the plan form offers
// co-animateurs offline from a kept copy; GET /api/collab/sessions/{id}/elus lists, for someone
// who runs that session, the active élus of the session's département (id, name, mandate, commune
// name and INSEE code; never an e-mail). Élus get 403. Reads only; never saves a record.
/** @type {typeof import('./sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

var MESSAGES = {
	signedOut: 'Connectez-vous pour préparer une session.',
	forbidden: 'Cette liste est réservée aux animateurs, aux coordinateurs et à l’équipe nationale.',
	notFound: 'Cette session n’existe pas sur le serveur. Synchronisez d’abord la tablette.',
	notYours: 'Seuls les animateurs de cette session peuvent y ajouter des élus.'
};

var PLANNERS = ['facilitateur', 'coordinateur', 'national'];

/**
 * The caller's scope when they may plan sessions, else null.
 * @param {core.RequestEvent} e
 */
function planner(e) {
	if (!e.auth || e.auth.collection().name !== 'users') return null;
	var scope = scopes.userScope(e.auth);
	return PLANNERS.indexOf(scope.role) >= 0 ? scope : null;
}

/**
 * GET /api/collab/sessions/facilitators: `{ facilitators: [{ id, name }] }`, the caller excluded.
 * @param {core.RequestEvent} e
 */
function facilitators(e) {
	if (!e.auth) return e.json(401, { message: MESSAGES.signedOut });
	var scope = planner(e);
	if (!scope) return e.json(403, { message: MESSAGES.forbidden });
	var rows = arrayOf(new DynamicModel({ id: '', name: '' }));
	$app
		.db()
		.newQuery(
			"SELECT id, name FROM users WHERE role = 'facilitateur' AND status = 'active' " +
				'AND id != {:me} ORDER BY name, id LIMIT 2000'
		)
		.bind({ me: scope.id })
		.all(rows);
	return e.json(200, {
		facilitators: rows.map(function (/** @type {any} */ r) {
			return { id: r.id, name: r.name };
		})
	});
}

/**
 * GET /api/collab/sessions/{id}/elus: `{ departement, elus: [{ id, name, mandate, commune, insee }] }`.
 * @param {core.RequestEvent} e
 * @param {string} sessionId
 */
function elus(e, sessionId) {
	if (!e.auth) return e.json(401, { message: MESSAGES.signedOut });
	var scope = planner(e);
	if (!scope) return e.json(403, { message: MESSAGES.forbidden });
	/** @type {core.Record | null} */
	var session;
	try {
		session = $app.findRecordById('training_sessions', sessionId);
	} catch {
		session = null;
	}
	if (!session) return e.json(404, { message: MESSAGES.notFound });
	if (!sessions.runs(session, scope.id)) return e.json(403, { message: MESSAGES.notYours });
	/** @type {core.Record | null} */
	var commune;
	try {
		commune = $app.findFirstRecordByData('communes', 'insee', session.getString('commune_insee'));
	} catch {
		commune = null;
	}
	if (!commune) return e.json(200, { departement: '', elus: [] });
	var departement = commune.getString('departement');
	var rows = arrayOf(new DynamicModel({ id: '', name: '', mandate: '', commune: '', insee: '' }));
	$app
		.db()
		.newQuery(
			'SELECT u.id AS id, u.name AS name, u.mandate AS mandate, ' +
				'(SELECT c.name FROM json_each(u.communes) je JOIN communes c ON c.id = je.value ' +
				'WHERE c.departement = {:dep} ORDER BY c.name LIMIT 1) AS commune, ' +
				'(SELECT c.insee FROM json_each(u.communes) je JOIN communes c ON c.id = je.value ' +
				'WHERE c.departement = {:dep} ORDER BY c.name LIMIT 1) AS insee ' +
				"FROM users u WHERE u.role = 'elu' AND u.status = 'active' AND EXISTS (SELECT 1 " +
				'FROM json_each(u.communes) je JOIN communes c ON c.id = je.value ' +
				'WHERE c.departement = {:dep}) ORDER BY u.name, u.id LIMIT 5000'
		)
		.bind({ dep: departement })
		.all(rows);
	return e.json(200, {
		departement: departement,
		elus: rows.map(function (/** @type {any} */ r) {
			return { id: r.id, name: r.name, mandate: r.mandate, commune: r.commune, insee: r.insee };
		})
	});
}

module.exports = { facilitators: facilitators, elus: elus };
