// Who reads which territory summary (README, "Territories"): the national team (and a coordinator
// of the national territory) everything; a coordinator their own territory and what lies inside
// it (for an EPCI or a fabrique reaching beyond it, only the communes inside); élus and
// facilitators nothing. Pure: no PocketBase API, no SQL; Node tests load it as is.

/** Territory kinds a summary can be asked for. */
var KINDS = ['national', 'region', 'departement', 'epci', 'commune', 'fabrique'];

/**
 * Column of `communes` for each coordinator territory kind (an allow-list spliced into SQL); a
 * coordinator of a fabrique reaches the communes attached to it (`fabrique`, see `insideSql`).
 */
var COLUMNS = { departement: 'departement', region: 'region', epci: 'epci', fabrique: 'fabrique' };

/**
 * @typedef {object} Reader
 * @property {boolean} all reads everything
 * @property {string} column '' when `all`, else the communes column of the caller's territory
 * @property {string} code the caller's territory code
 */

/**
 * The caller's reach, or null when the role reads no territory summary.
 * @param {{ role: string, territoryKind: string, territoryCode: string }} scope
 * @returns {Reader | null}
 */
function reader(scope) {
	if (scope.role === 'national') return { all: true, column: '', code: '' };
	if (scope.role !== 'coordinateur') return null;
	if (scope.territoryKind === 'national') return { all: true, column: '', code: '' };
	var column = Object.prototype.hasOwnProperty.call(COLUMNS, scope.territoryKind)
		? COLUMNS[/** @type {keyof COLUMNS} */ (scope.territoryKind)]
		: '';
	if (!column || !scope.territoryCode) return null;
	return { all: false, column: column, code: scope.territoryCode };
}

/**
 * Whether `reader` may open the summary of (kind, code) at all. Inside-or-overlapping kinds
 * (epci, fabrique, commune) are then restricted to the reader's communes by the caller.
 * @param {Reader} r @param {string} kind @param {string} code
 * @param {{ region: string }} [parent] the région of a département asked for
 */
function mayOpen(r, kind, code, parent) {
	if (r.all) return true;
	if (kind === 'national') return false;
	if (kind === 'region') return r.column === 'region' && code === r.code;
	if (kind === 'departement')
		return (
			(r.column === 'departement' && code === r.code) ||
			(r.column === 'region' && !!parent && parent.region === r.code)
		);
	if (r.column === 'fabrique') {
		// A fabrique's coordinator: their fabrique, and its communes (or EPCI) as far as inside it.
		if (kind === 'fabrique') return code === r.code;
		return kind === 'epci' || kind === 'commune';
	}
	if (kind === 'epci') return r.column !== 'epci' || code === r.code;
	return kind === 'commune' || kind === 'fabrique';
}

/**
 * The reader's communes as SQL on a `communes` alias `c`, the code bound as `{:rcode}`.
 * @param {Reader} r
 */
function insideSql(r) {
	if (r.all) return '1 = 1';
	if (r.column === 'fabrique') {
		return (
			'c.id IN (SELECT j.value FROM fabriques f, json_each(CASE WHEN json_valid(f.communes) ' +
			"THEN f.communes ELSE '[]' END) j WHERE f.id = {:rcode})"
		);
	}
	return 'c.' + r.column + ' = {:rcode}';
}

module.exports = { KINDS: KINDS, reader: reader, mayOpen: mayOpen, insideSql: insideSql };
