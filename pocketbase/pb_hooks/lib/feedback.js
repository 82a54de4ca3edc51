// The results of session feedback (README "Session feedback"): GET /api/collab/feedback-stats.
// With `?session=ID`, for the session's facilitators, the coordinators of its territory and the
// national team: per module and moment, the number of answers, the satisfaction's mean and
// distribution, each objective's mean, and the free texts sorted alphabetically (so their order
// tells nothing about who answered when) — a name only beside a non-anonymous text. Without it,
// the response rates of the sessions the caller runs or oversees. Never returns a user id, a
// participant id or a row. Élus get 403: they read their own answers through sync.
/** @type {typeof import('./sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

var TERRITORY_COLUMNS = { departement: 'departement', region: 'region', epci: 'epci' };
var MAX_SESSIONS = 200;

var MESSAGES = {
	signedOut: 'Connectez-vous pour voir les résultats des évaluations.',
	forbidden:
		'Les résultats des évaluations sont réservés aux animateurs de la session, aux coordinateurs de son territoire et à l’équipe nationale.',
	unknown: 'Cette session est inconnue.'
};

/**
 * True when `scope` oversees sessions held in `commune` (a communes record) as a coordinator.
 * @param {import('./sync/scope.js').UserScope} scope
 * @param {core.Record | null} commune
 */
function coordinates(scope, commune) {
	if (scope.role !== 'coordinateur') return false;
	if (scope.territoryKind === 'national') return true;
	if (!commune || !scope.territoryCode) return false;
	if (!Object.prototype.hasOwnProperty.call(TERRITORY_COLUMNS, scope.territoryKind)) return false;
	var column = TERRITORY_COLUMNS[/** @type {keyof TERRITORY_COLUMNS} */ (scope.territoryKind)];
	return commune.getString(column) === scope.territoryCode;
}

/**
 * @param {string} collection
 * @param {string} id
 * @returns {core.Record | null}
 */
function findRecord(collection, id) {
	try {
		return $app.findRecordById(collection, id);
	} catch {
		return null;
	}
}

/**
 * May `scope` read the results of `session`?
 * @param {import('./sync/scope.js').UserScope} scope
 * @param {core.Record} session
 */
function mayRead(scope, session) {
	if (scope.role === 'national') return true;
	if (sessions.runs(session, scope.id)) return true;
	return coordinates(scope, findRecord('communes', session.getString('commune')));
}

/**
 * Distinct participants signed present in at least one half-day of `sessionId`.
 * @param {string} sessionId
 */
function presentCount(sessionId) {
	var row = new DynamicModel({ n: 0 });
	$app
		.db()
		.newQuery(
			"SELECT COUNT(DISTINCT participant) AS n FROM attendances WHERE session = {:s} AND status = 'present'"
		)
		.bind({ s: sessionId })
		.one(row);
	return /** @type {any} */ (row).n;
}

/**
 * The aggregate of one session's answers, by module and moment.
 * @param {core.Record} session
 */
function sessionStats(session) {
	var answers = $app.findRecordsByFilter(
		'session_feedback',
		'session = {:s}',
		'module,kind',
		0,
		0,
		{ s: session.id }
	);
	/** @type {Record<string, any>} */
	var groups = {};
	/** @type {string[]} */
	var order = [];
	for (var i = 0; i < answers.length; i++) {
		var a = answers[i];
		if (!a) continue;
		var key = a.getString('module') + '/' + a.getString('kind');
		if (!groups[key]) {
			order.push(key);
			groups[key] = {
				module: a.getString('module'),
				kind: a.getString('kind'),
				count: 0,
				anonymous: 0,
				satisfaction: { sum: 0, count: 0, distribution: [0, 0, 0, 0, 0] },
				objectives: {},
				nextSteps: [],
				comments: []
			};
		}
		var g = groups[key];
		g.count++;
		var anonymous = a.getBool('anonymous');
		if (anonymous) g.anonymous++;
		var satisfaction = a.getInt('satisfaction');
		if (satisfaction >= 1 && satisfaction <= 5) {
			g.satisfaction.sum += satisfaction;
			g.satisfaction.count++;
			g.satisfaction.distribution[satisfaction - 1]++;
		}
		var objectives = JSON.parse(toString(a.get('objectives')) || '{}');
		Object.keys(objectives).forEach(function (k) {
			var o = g.objectives[k] || (g.objectives[k] = { sum: 0, count: 0 });
			o.sum += objectives[k];
			o.count++;
		});
		var name = '';
		if (!anonymous && a.getString('participant')) {
			var person = findRecord('participants', a.getString('participant'));
			name = person ? person.getString('name') : '';
		}
		if (a.getString('next_step')) g.nextSteps.push({ text: a.getString('next_step'), name: name });
		if (a.getString('comment')) g.comments.push({ text: a.getString('comment'), name: name });
	}
	var present = presentCount(session.id);
	/** @param {{ text: string }} x @param {{ text: string }} y */
	var byText = function (x, y) {
		return x.text < y.text ? -1 : x.text > y.text ? 1 : 0;
	};
	return {
		session: session.id,
		title: session.getString('title'),
		present: present,
		groups: order.map(function (key) {
			var g = groups[key];
			/** @type {Record<string, { mean: number, count: number }>} */
			var objectives = {};
			Object.keys(g.objectives).forEach(function (k) {
				var o = g.objectives[k];
				objectives[k] = { count: o.count, mean: Math.round((10 * o.sum) / o.count) / 10 };
			});
			return {
				module: g.module,
				kind: g.kind,
				count: g.count,
				anonymous: g.anonymous,
				rate: present > 0 ? Math.round((100 * g.count) / present) / 100 : null,
				satisfaction: {
					count: g.satisfaction.count,
					mean:
						g.satisfaction.count > 0
							? Math.round((10 * g.satisfaction.sum) / g.satisfaction.count) / 10
							: null,
					distribution: g.satisfaction.distribution
				},
				objectives: objectives,
				nextSteps: g.nextSteps.sort(byText),
				comments: g.comments.sort(byText)
			};
		})
	};
}

/**
 * The sessions the caller runs or oversees, with their response rates.
 * @param {import('./sync/scope.js').UserScope} scope
 */
function rates(scope) {
	var list = $app.findRecordsByFilter('training_sessions', "id != ''", '-created', 0, 0);
	var out = [];
	for (var i = 0; i < list.length && out.length < MAX_SESSIONS; i++) {
		var session = list[i];
		if (!session || !mayRead(scope, session)) continue;
		var counts = new DynamicModel({ answers: 0, chaud: 0 });
		$app
			.db()
			.newQuery(
				"SELECT COUNT(*) AS answers, COALESCE(SUM(CASE WHEN kind = 'chaud' THEN 1 ELSE 0 END), 0) AS chaud FROM session_feedback WHERE session = {:s}"
			)
			.bind({ s: session.id })
			.one(counts);
		var present = presentCount(session.id);
		var modules = session.getStringSlice('modules').length || 1;
		var chaud = /** @type {any} */ (counts).chaud || 0;
		out.push({
			session: session.id,
			title: session.getString('title'),
			present: present,
			answers: /** @type {any} */ (counts).answers,
			// Right-after answers per participant and module.
			rate: present > 0 ? Math.round((100 * chaud) / (present * modules)) / 100 : null
		});
	}
	return out;
}

/**
 * GET /api/collab/feedback-stats[?session=ID].
 * @param {core.RequestEvent} e
 */
function stats(e) {
	if (!e.auth || e.auth.collection().name !== 'users') {
		return e.json(401, { message: MESSAGES.signedOut });
	}
	var scope = scopes.userScope(e.auth);
	if (scope.role === 'elu') return e.json(403, { message: MESSAGES.forbidden });
	var id = e.request ? /** @type {url.URL} */ (e.request.url).query().get('session') : '';
	if (!id) return e.json(200, { sessions: rates(scope) });
	if (!sessions.ID.test(id)) return e.json(400, { message: MESSAGES.unknown });
	var session = findRecord('training_sessions', id);
	if (!session) return e.json(404, { message: MESSAGES.unknown });
	if (!mayRead(scope, session)) return e.json(403, { message: MESSAGES.forbidden });
	return e.json(200, sessionStats(session));
}

module.exports = { stats: stats };
