// The census in aggregate (GET /api/collab/census/summary?campaign=KEY; pocketbase/README.md,
// "Needs census and library"): for each territory the caller belongs to (an élu: the
// département and région of their commune, and the country; a coordinator: their territory; the
// national team and others: the country), the number of communes that answered, how many chose
// each profile and how many declared each need. A figure over fewer than MIN_COMMUNES communes is
// null: with one or two communes in a territory, a total would give a commune's answer away.
// Never returns a commune id, a name or an answer's text.
/** @type {typeof import('./sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);

var MIN_COMMUNES = 3;
var CAMPAIGN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
var COLUMNS = { departement: 'departement', region: 'region', epci: 'epci' };

var MESSAGES = {
	signedOut: 'Connectez-vous pour voir le recensement des besoins.',
	notUser: 'Ce compte n’est pas un compte d’utilisateur de Collabor’actons.',
	campaign: '« campaign » doit être la clé d’une campagne de recensement, par exemple « 2026 ».'
};

/**
 * @typedef {{ kind: string, code: string }} Territory
 */

/**
 * The territories whose totals the caller sees.
 * @param {import('./sync/scope.js').UserScope} scope
 * @returns {Territory[]}
 */
function territoriesOf(scope) {
	/** @type {Territory[]} */
	var list = [];
	if (scope.role === 'elu' && scope.communes.length) {
		try {
			var commune = $app.findRecordById('communes', scope.communes[0]);
			list.push({ kind: 'departement', code: commune.getString('departement') });
			list.push({ kind: 'region', code: commune.getString('region') });
		} catch (_) {
			// A commune removed from the list: the country's totals only.
		}
	}
	if (
		scope.role === 'coordinateur' &&
		Object.prototype.hasOwnProperty.call(COLUMNS, scope.territoryKind) &&
		scope.territoryCode
	) {
		list.push({ kind: scope.territoryKind, code: scope.territoryCode });
	}
	list.push({ kind: 'national', code: '' });
	return list;
}

/**
 * Totals of one territory for one campaign.
 * @param {string} campaign
 * @param {Territory} territory
 */
function totals(campaign, territory) {
	var column =
		territory.kind === 'national' ? '' : COLUMNS[/** @type {keyof COLUMNS} */ (territory.kind)];
	var where = 's.campaign = {:campaign}' + (column ? ' AND c.' + column + ' = {:code}' : '');
	var params = { campaign: campaign, code: territory.code };
	var from = ' FROM needs_surveys s JOIN communes c ON c.id = s.commune WHERE ' + where;

	var answered = new DynamicModel({ n: 0 });
	$app
		.db()
		.newQuery('SELECT COUNT(DISTINCT s.commune) AS n' + from)
		.bind(params)
		.one(answered);

	var profiles = arrayOf(new DynamicModel({ profile: '', n: 0 }));
	$app
		.db()
		.newQuery(
			"SELECT json_extract(s.answer, '$.profile') AS profile, COUNT(*) AS n" +
				from +
				" AND s.question = 'profile' GROUP BY 1"
		)
		.bind(params)
		.all(profiles);

	var needs = arrayOf(new DynamicModel({ theme: '', n: 0 }));
	$app
		.db()
		.newQuery(
			'SELECT substr(s.question, 6) AS theme, COUNT(*) AS n' +
				from +
				" AND s.question LIKE 'need-%' AND json_extract(s.answer, '$.priority') > 0" +
				' GROUP BY 1 ORDER BY n DESC, theme'
		)
		.bind(params)
		.all(needs);

	var enough = answered.n >= MIN_COMMUNES;
	/** @type {Record<string, number | null>} */
	var byProfile = { A: null, B: null, C: null };
	if (enough) {
		byProfile = { A: 0, B: 0, C: 0 };
		for (var i = 0; i < profiles.length; i++) {
			if (Object.prototype.hasOwnProperty.call(byProfile, profiles[i].profile)) {
				byProfile[profiles[i].profile] = profiles[i].n;
			}
		}
	}
	return {
		kind: territory.kind,
		code: territory.code,
		communes: answered.n,
		profiles: byProfile,
		needs: enough
			? needs
					.filter(function (row) {
						return row.n >= MIN_COMMUNES;
					})
					.map(function (row) {
						return { theme: row.theme, communes: row.n };
					})
			: []
	};
}

/**
 * GET /api/collab/census/summary?campaign=KEY
 * @param {core.RequestEvent} e
 */
function summary(e) {
	if (!e.auth) return e.json(401, { message: MESSAGES.signedOut });
	if (e.auth.collection().name !== 'users') return e.json(403, { message: MESSAGES.notUser });
	var campaign = String(e.requestInfo().query['campaign'] || '');
	if (!CAMPAIGN.test(campaign) || campaign.length > 40) {
		return e.json(400, { message: MESSAGES.campaign });
	}
	var scope = scopes.userScope(e.auth);
	return e.json(200, {
		campaign: campaign,
		minCommunes: MIN_COMMUNES,
		territories: territoriesOf(scope).map(function (territory) {
			return totals(campaign, territory);
		})
	});
}

module.exports = { summary: summary, MIN_COMMUNES: MIN_COMMUNES };
