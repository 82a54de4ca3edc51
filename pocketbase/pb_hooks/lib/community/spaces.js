// Spaces of the learning network and of consultations (pocketbase/README.md, "Communauté :
// échanges et concertations"): resolving a space a device names (national, a région, a
// département, an impact theme, a published good practice) against the server's own data, and
// deciding who reads, writes, organises and moderates in it. The read rule is the one of
// SPACE_READERS (lib/sync/scope.js), here in JavaScript for write checks. Never writes.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);

/**
 * @typedef {object} Space
 * @property {string} kind national | region | departement | theme | practice
 * @property {string} code '' (national), a région or département code, a theme key, a practice key
 * @property {string} region the région of a département or région space, else ''
 * @property {string} commune the commune behind a practice (its élus get the question), else ''
 */

/**
 * One string column of the first row of `sql`, or ''.
 * @param {CoreApp} txApp
 * @param {string} sql
 * @param {Record<string, any>} params
 */
function firstString(txApp, sql, params) {
	var row = new DynamicModel({ value: '' });
	try {
		txApp.db().newQuery(sql).bind(params).one(row);
	} catch {
		return '';
	}
	return row.value;
}

/**
 * The space `kind`/`code` as the server knows it, or a French reason why it is not one.
 * @param {CoreApp} txApp
 * @param {unknown} kind
 * @param {unknown} code
 * @returns {{ space: Space } | { reason: string }}
 */
function resolveSpace(txApp, kind, code) {
	var c = limits.COMMUNITY;
	if (!limits.isOneOf(c.spaceKinds, kind) || typeof code !== 'string' || code.length > 100) {
		return { reason: 'Cet espace d’échange n’existe pas.' };
	}
	/** @type {Space} */
	var space = { kind: /** @type {string} */ (kind), code: code, region: '', commune: '' };
	if (kind === 'national') {
		return code === '' ? { space: space } : { reason: 'L’espace national n’a pas de code.' };
	}
	if (kind === 'theme') {
		return limits.isOneOf(limits.PROJECT.themes, code)
			? { space: space }
			: { reason: 'Ce thème d’impact n’existe pas dans le programme.' };
	}
	if (kind === 'departement' || kind === 'region') {
		space.region = firstString(
			txApp,
			'SELECT region AS value FROM communes WHERE ' +
				(kind === 'departement' ? 'departement' : 'region') +
				' = {:code} AND length({:code}) > 0 LIMIT 1',
			{ code: code }
		);
		return space.region
			? { space: space }
			: {
					reason:
						kind === 'departement' ? 'Ce département n’existe pas.' : 'Cette région n’existe pas.'
				};
	}
	// A practice: a published commune project or a case study, by its key.
	var found = new DynamicModel({ commune: '', kind: '', published: false });
	try {
		txApp
			.db()
			.newQuery(
				"SELECT coalesce(commune, '') AS commune, kind, coalesce(published, 0) AS published " +
					'FROM good_practices WHERE key = {:key} LIMIT 1'
			)
			.bind({ key: code })
			.one(found);
	} catch {
		return { reason: 'Cette bonne pratique n’existe pas (ou plus).' };
	}
	if (found.kind === 'commune_project' && !found.published) {
		return { reason: 'Cette bonne pratique n’est plus publiée.' };
	}
	space.commune = found.commune;
	return { space: space };
}

/**
 * True when one of the user's communes lies in the département or région `code`.
 * @param {CoreApp} txApp
 * @param {import('../sync/scope.js').UserScope} scope
 * @param {'departement' | 'region'} column
 * @param {string} code
 */
function livesIn(txApp, scope, column, code) {
	if (!scope.communes.length) return false;
	return (
		firstString(
			txApp,
			'SELECT id AS value FROM communes WHERE id IN (SELECT value FROM json_each({:communes})) ' +
				'AND ' +
				column +
				' = {:code} LIMIT 1',
			{ communes: JSON.stringify(scope.communes), code: code }
		) !== ''
	);
}

/**
 * True for the national team and coordinators of the national territory.
 * @param {import('../sync/scope.js').UserScope} scope
 */
function seesEverything(scope) {
	return (
		scope.role === 'national' ||
		(scope.role === 'coordinateur' && scope.territoryKind === 'national')
	);
}

/**
 * True when a coordinator's territory is the space's or the région that contains it.
 * @param {import('../sync/scope.js').UserScope} scope
 * @param {Space} space
 */
function coordinates(scope, space) {
	if (scope.role !== 'coordinateur' || !scope.territoryCode) return false;
	if (space.kind === 'departement') {
		return (
			(scope.territoryKind === 'departement' && scope.territoryCode === space.code) ||
			(scope.territoryKind === 'region' && scope.territoryCode === space.region)
		);
	}
	return (
		space.kind === 'region' &&
		scope.territoryKind === 'region' &&
		scope.territoryCode === space.code
	);
}

/**
 * True when the user reads (and may write in) the space: the twin of SPACE_READERS.
 * @param {CoreApp} txApp
 * @param {import('../sync/scope.js').UserScope} scope
 * @param {Space} space
 */
function canRead(txApp, scope, space) {
	if (space.kind === 'national' || space.kind === 'theme' || space.kind === 'practice') return true;
	if (seesEverything(scope) || coordinates(scope, space)) return true;
	return livesIn(txApp, scope, space.kind === 'departement' ? 'departement' : 'region', space.code);
}

/**
 * True when the user may open a consultation for the space, or hide and unhide its posts: the
 * national team, national coordinators, and coordinators of the territory (or of its région).
 * @param {import('../sync/scope.js').UserScope} scope
 * @param {Space} space
 */
function canOrganise(scope, space) {
	return seesEverything(scope) || coordinates(scope, space);
}

/**
 * A stored row's space.
 * @param {core.Record} record
 * @returns {Space}
 */
function spaceOf(record) {
	return {
		kind: record.getString('space_kind'),
		code: record.getString('space_code'),
		region: record.getString('space_region'),
		commune: ''
	};
}

/**
 * Copies the space onto a record.
 * @param {core.Record} record
 * @param {Space} space
 */
function setSpace(record, space) {
	record.set('space_kind', space.kind);
	record.set('space_code', space.code);
	record.set('space_region', space.region);
}

/**
 * The author's name and the INSEE code of their first commune, as posts show them.
 * @param {CoreApp} txApp
 * @param {import('../sync/scope.js').UserScope} scope
 */
function authorOf(txApp, scope) {
	var row = new DynamicModel({ name: '', insee: '' });
	try {
		txApp
			.db()
			.newQuery(
				"SELECT coalesce(u.name, '') AS name, coalesce((SELECT c.insee FROM communes c " +
					"WHERE c.id = json_extract(u.communes, '$[0]')), '') AS insee FROM users u WHERE u.id = {:id}"
			)
			.bind({ id: scope.id })
			.one(row);
	} catch {
		return { name: '', insee: '' };
	}
	return { name: row.name, insee: row.insee };
}

module.exports = {
	resolveSpace: resolveSpace,
	canRead: canRead,
	canOrganise: canOrganise,
	seesEverything: seesEverything,
	spaceOf: spaceOf,
	setSpace: setSpace,
	authorOf: authorOf,
	firstString: firstString
};
