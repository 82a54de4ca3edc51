// Who the caller is, from the auth record only (never from the payload), and what they may
// touch: élus read and write the documents and project summaries of their own communes;
// coordinators read the summaries of their territory, the national team every summary.

/** Column of `communes` matching each territory kind (a whitelist: it is spliced into SQL). */
var TERRITORY_COLUMNS = { departement: 'departement', region: 'region', epci: 'epci' };

/** The scope of the signed-in `users` record `auth`. */
function userScope(auth) {
	var communes = [];
	var raw = auth.getStringSlice('communes');
	for (var i = 0; i < raw.length; i++) communes.push(raw[i]);
	return {
		id: auth.id,
		role: auth.getString('role'),
		communes: communes,
		territoryKind: auth.getString('territory_kind'),
		territoryCode: auth.getString('territory_code')
	};
}

/** True when the user may read and write the documents and summaries of `communeId`. */
function isEluOf(scope, communeId) {
	return scope.role === 'elu' && scope.communes.indexOf(communeId) >= 0;
}

/**
 * Which project summaries the user pulls: `{ kind: 'communes', communes }`,
 * `{ kind: 'territory', column, code }`, `{ kind: 'all' }` or `{ kind: 'none' }`.
 */
function projectScope(scope) {
	if (scope.role === 'elu') return { kind: 'communes', communes: scope.communes };
	if (scope.role === 'national') return { kind: 'all' };
	if (scope.role === 'coordinateur') {
		if (scope.territoryKind === 'national') return { kind: 'all' };
		var column = TERRITORY_COLUMNS[scope.territoryKind];
		if (column && scope.territoryCode) {
			return { kind: 'territory', column: column, code: scope.territoryCode };
		}
	}
	return { kind: 'none' };
}

module.exports = { userScope: userScope, isEluOf: isEluOf, projectScope: projectScope };
