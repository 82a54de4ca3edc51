// SQL reads of `territory_facts` and `communes` for the summaries (summary.js). Every value
// spliced into SQL comes from an allow-list; everything else is bound. No personal data: counts,
// commune names and codes only.

/** Metrics given for each row of a table (children, communes): the rest only for the territory. */
var ROW_METRICS = [
	'communes',
	'population',
	'class.rural',
	'class.urbain',
	'elus.accounts',
	'trained.elus',
	'participants.unlinked',
	'self_declared.elus',
	'sessions.held',
	'sessions.planned',
	'charters',
	'charters.communes',
	'projects',
	'projects.communes',
	'projects.status.en_cours',
	'projects.status.realise',
	'needs.communes',
	'consultations.votes'
];

/** @param {unknown[]} list */
function json(list) {
	return JSON.stringify(list);
}

/**
 * `{ metric: value }` of one stored territory.
 * @param {dbx.Builder} db @param {string} kind @param {string} code
 * @returns {Record<string, number>}
 */
function facts(db, kind, code) {
	var rows = arrayOf(new DynamicModel({ metric: '', value: 0 }));
	db.newQuery('SELECT metric, value FROM territory_facts WHERE kind = {:kind} AND code = {:code}')
		.bind({ kind: kind, code: code })
		.all(rows);
	/** @type {Record<string, number>} */
	var out = {};
	for (var i = 0; i < rows.length; i++) out[rows[i].metric] = rows[i].value;
	return out;
}

/**
 * `{ metric: sum }` over the communes `ids` (a territory restricted to the reader, a fabrique).
 * @param {dbx.Builder} db @param {string[]} ids
 * @returns {Record<string, number>}
 */
function sumOf(db, ids) {
	var rows = arrayOf(new DynamicModel({ metric: '', value: 0 }));
	db.newQuery(
		"SELECT metric, SUM(value) AS value FROM territory_facts WHERE kind = 'commune' AND " +
			'code IN (SELECT value FROM json_each({:ids})) GROUP BY metric'
	)
		.bind({ ids: json(ids) })
		.all(rows);
	/** @type {Record<string, number>} */
	var out = {};
	for (var i = 0; i < rows.length; i++) out[rows[i].metric] = rows[i].value;
	return out;
}

/**
 * Row metrics of many stored territories of one kind: `{ code: { metric: value } }`.
 * @param {dbx.Builder} db @param {string} kind @param {string[]} codes
 * @returns {Record<string, Record<string, number>>}
 */
function rowFacts(db, kind, codes) {
	var rows = arrayOf(new DynamicModel({ code: '', metric: '', value: 0 }));
	db.newQuery(
		'SELECT code, metric, value FROM territory_facts WHERE kind = {:kind} AND ' +
			'code IN (SELECT value FROM json_each({:codes})) AND metric IN (SELECT value FROM json_each({:metrics}))'
	)
		.bind({ kind: kind, codes: json(codes), metrics: json(ROW_METRICS) })
		.all(rows);
	/** @type {Record<string, Record<string, number>>} */
	var out = {};
	for (var i = 0; i < rows.length; i++) {
		var row = rows[i];
		if (!out[row.code]) out[row.code] = {};
		out[row.code][row.metric] = row.value;
	}
	return out;
}

/**
 * @typedef {{ id: string, insee: string, name: string, population: number, class: string,
 *             epci: string, epci_name: string, departement: string, departement_name: string,
 *             region: string, region_name: string }} CommuneRow
 */

/**
 * Communes matching `where` (SQL on `c`, bound with `params`), sorted by name.
 * @param {dbx.Builder} db @param {string} where @param {Record<string, unknown>} params
 * @param {number} [limit]
 * @returns {CommuneRow[]}
 */
function communes(db, where, params, limit) {
	var rows = arrayOf(
		new DynamicModel({
			id: '',
			insee: '',
			name: '',
			population: 0,
			class: '',
			epci: '',
			epci_name: '',
			departement: '',
			departement_name: '',
			region: '',
			region_name: ''
		})
	);
	db.newQuery(
		'SELECT id, insee, name, population, class, epci, epci_name, departement, departement_name, ' +
			'region, region_name FROM communes c WHERE ' +
			where +
			' ORDER BY name, insee' +
			(limit ? ' LIMIT ' + Math.floor(limit) : '')
	)
		.bind(params)
		.all(rows);
	return /** @type {CommuneRow[]} */ (/** @type {unknown} */ (rows));
}

/**
 * Distinct (code, name) pairs of a communes column pair, where `where` holds.
 * @param {dbx.Builder} db @param {'region' | 'departement' | 'epci'} column
 * @param {string} where @param {Record<string, unknown>} params
 * @returns {{ code: string, name: string }[]}
 */
function units(db, column, where, params) {
	var rows = arrayOf(new DynamicModel({ code: '', name: '' }));
	db.newQuery(
		'SELECT DISTINCT c.' +
			column +
			' AS code, c.' +
			column +
			'_name AS name FROM communes c WHERE c.' +
			column +
			" != '' AND " +
			where +
			' ORDER BY code'
	)
		.bind(params)
		.all(rows);
	return /** @type {{ code: string, name: string }[]} */ (/** @type {unknown} */ (rows));
}

/**
 * When the figures were computed (ms), 0 if never.
 * @param {dbx.Builder} db
 */
function computedAt(db) {
	var f = facts(db, 'meta', '');
	return f.computed_at || 0;
}

module.exports = {
	ROW_METRICS: ROW_METRICS,
	facts: facts,
	sumOf: sumOf,
	rowFacts: rowFacts,
	communes: communes,
	units: units,
	computedAt: computedAt
};
