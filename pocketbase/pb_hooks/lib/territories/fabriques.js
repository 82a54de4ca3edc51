// Fabriques de transitions (third places) attached to communes: the national team manages any;
// a coordinator only those whose communes all lie in their territory (create, update, delete),
// and the author is the signed-in user, never the payload. Refusals are French 4xx.
/** @type {typeof import('../sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./scope.js')} */
var territoryScope = require(`${__hooks}/lib/territories/scope.js`);

/**
 * Throws a French 403 when the caller may not write this fabrique; stamps its author.
 * @param {core.RecordRequestEvent} e
 */
function check(e) {
	if (!e.auth || e.auth.collection().name !== 'users') return; // superusers: rules already passed
	var r = territoryScope.reader(scopes.userScope(e.auth));
	if (!r)
		throw new ForbiddenError('Seuls les coordinateurs et l’équipe nationale gèrent les fabriques.');
	var record = /** @type {core.Record} */ (e.record);
	if (record.isNew()) record.set('created_by', e.auth.id);
	if (r.all) return;
	if (r.column === 'fabrique')
		throw new ForbiddenError(
			'Les fabriques sont gérées par les coordinateurs de leur territoire et l’équipe nationale.'
		);
	/** @type {string[]} */
	var ids = [];
	var raw = record.getStringSlice('communes');
	for (var i = 0; i < raw.length; i++) ids.push(raw[i]);
	if (!record.isNew()) {
		var stored = record.original().getStringSlice('communes');
		for (var j = 0; j < stored.length; j++) ids.push(stored[j]);
	}
	var row = new DynamicModel({ n: 0 });
	$app
		.db()
		.newQuery(
			'SELECT COUNT(*) AS n FROM communes c WHERE c.id IN (SELECT value FROM json_each({:ids})) AND c.' +
				r.column +
				' != {:code}'
		)
		.bind({ ids: JSON.stringify(ids), code: r.code })
		.one(row);
	if (row.n > 0)
		throw new ForbiddenError(
			'Une fabrique que vous gérez ne peut rassembler que des communes de votre territoire.'
		);
}

module.exports = { check: check };
