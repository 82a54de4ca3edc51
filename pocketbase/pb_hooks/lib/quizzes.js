// The aggregate of quiz attempts per module (pocketbase/README.md, "Quiz attempts"): GET
// /api/collab/quiz-stats gives, per module and phase (avant / après), the number of attempts, of
// distinct users, and the mean score in percent, over the users the caller may follow: the
// national team (and a coordinator of the national territory) every user, a coordinator the users
// of the communes of their territory, a facilitator the users of their own communes. Élus get
// 403: they read their own attempts through sync. Never returns a user id or an answer.
/** @type {typeof import('./sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);

/**
 * Below this many distinct users in a cell, its mean is not given (null): with one élu in a
 * territory, the mean would be that élu's score. → src/lib/features/quizzes/sync/stats.ts
 */
var MIN_USERS_FOR_MEAN = 3;

var TERRITORY_COLUMNS = { departement: 'departement', region: 'region', epci: 'epci' };

var MESSAGES = {
	signedOut: 'Connectez-vous pour voir les résultats des quiz.',
	notUser: 'Ce compte n’est pas un compte d’utilisateur de Collabor’actons.',
	forbidden:
		'Les résultats des quiz par module sont réservés aux animateurs, aux coordinateurs et à l’équipe nationale. Vos propres résultats sont dans Formation.'
};

/**
 * The SQL condition on the users `u` the caller may follow, or null when none.
 * @param {import('./sync/scope.js').UserScope} scope
 * @returns {{ where: string, params: Record<string, string> } | null}
 */
function followed(scope) {
	var all = { where: '1 = 1', params: {} };
	if (scope.role === 'national') return all;
	if (scope.role === 'coordinateur') {
		if (scope.territoryKind === 'national') return all;
		var column = Object.prototype.hasOwnProperty.call(TERRITORY_COLUMNS, scope.territoryKind)
			? TERRITORY_COLUMNS[/** @type {keyof TERRITORY_COLUMNS} */ (scope.territoryKind)]
			: '';
		if (!column || !scope.territoryCode) return null;
		return {
			where:
				'EXISTS (SELECT 1 FROM json_each(u.communes) je JOIN communes c ON c.id = je.value ' +
				'WHERE c.' +
				column +
				' = {:code})',
			params: { code: scope.territoryCode }
		};
	}
	if (scope.role === 'facilitateur') {
		if (scope.communes.length === 0) return null;
		return {
			where:
				'EXISTS (SELECT 1 FROM json_each(u.communes) je ' +
				'WHERE je.value IN (SELECT value FROM json_each({:communes})))',
			params: { communes: JSON.stringify(scope.communes) }
		};
	}
	return null;
}

/**
 * GET /api/collab/quiz-stats: `{ follows, minUsers, modules: [{ module, phase, count, elus,
 * mean }] }`; `follows` is false when the caller's scope holds nobody (no commune, no territory),
 * `mean` is null below `minUsers` distinct users.
 * @param {core.RequestEvent} e
 */
function stats(e) {
	if (!e.auth) return e.json(401, { message: MESSAGES.signedOut });
	if (e.auth.collection().name !== 'users') return e.json(403, { message: MESSAGES.notUser });
	var scope = scopes.userScope(e.auth);
	if (scope.role !== 'national' && scope.role !== 'coordinateur' && scope.role !== 'facilitateur') {
		return e.json(403, { message: MESSAGES.forbidden });
	}
	var condition = followed(scope);
	if (!condition) return e.json(200, { follows: false, minUsers: MIN_USERS_FOR_MEAN, modules: [] });
	var rows = arrayOf(new DynamicModel({ module: '', phase: '', count: 0, elus: 0, mean10: 0 }));
	$app
		.db()
		.newQuery(
			'SELECT q.module AS module, q.phase AS phase, COUNT(*) AS count, ' +
				'COUNT(DISTINCT q.user) AS elus, CAST(ROUND(AVG(1000.0 * q.score / q.total)) AS INTEGER) AS mean10 ' +
				'FROM quiz_attempts q JOIN users u ON u.id = q.user WHERE q.total > 0 AND ' +
				condition.where +
				' GROUP BY q.module, q.phase ORDER BY q.module, q.phase'
		)
		.bind(condition.params)
		.all(rows);
	return e.json(200, {
		follows: true,
		minUsers: MIN_USERS_FOR_MEAN,
		modules: rows.map(function (/** @type {any} */ row) {
			return {
				module: row.module,
				phase: row.phase,
				count: row.count,
				elus: row.elus,
				// Tenths of a percent as an integer: a DynamicModel reads a number column as an int.
				mean: row.elus >= MIN_USERS_FOR_MEAN ? row.mean10 / 10 : null
			};
		})
	});
}

module.exports = { stats: stats };
