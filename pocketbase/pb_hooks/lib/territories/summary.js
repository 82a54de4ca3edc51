// GET /api/collab/territories/{kind}/{code}/summary (README, "Territories"): the figures of one
// territory (national FR, région, département, EPCI, commune by INSEE code, fabrique by id),
// its parents for the way up, its parts (régions and départements, EPCI parts, communes) with
// their main figures, and for a commune its projects' titles and statuses. A coordinator gets
// only what lies inside their territory (an EPCI or fabrique reaching beyond it is summed over
// the communes inside); élus and facilitators get 403. Counts only: never a person's name.
/** @type {typeof import('../sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./scope.js')} */
var territoryScope = require(`${__hooks}/lib/territories/scope.js`);
/** @type {typeof import('./read.js')} */
var read = require(`${__hooks}/lib/territories/read.js`);
/** @type {typeof import('./participation.js')} */
var participation = require(`${__hooks}/lib/territories/participation.js`);

var CODE_PATTERNS = {
	national: /^FR$/,
	region: /^[0-9]{2}$/,
	departement: /^([0-9]{2}|2A|2B|97[1-8])$/,
	epci: /^[0-9]{9}$/,
	commune: /^[0-9][0-9AB][0-9]{3}$/,
	fabrique: /^[a-z0-9]{15}$/
};

var MESSAGES = {
	signedOut: 'Connectez-vous pour voir les chiffres des territoires.',
	notUser: 'Ce compte n’est pas un compte d’utilisateur de Collabor’actons.',
	forbidden:
		'Les chiffres des territoires sont réservés aux coordinateurs et à l’équipe nationale.',
	badKind:
		'Ce type de territoire n’existe pas : national, region, departement, epci, commune ou fabrique.',
	badCode: 'Ce code de territoire n’est pas valide.',
	outside:
		'Ce territoire n’est pas dans le vôtre : vous voyez les chiffres de votre territoire seulement.',
	unknown: 'Ce territoire est inconnu.'
};

/**
 * @param {core.RequestEvent} e
 * @param {string} kind
 * @param {string} code
 */
function summary(e, kind, code) {
	if (!e.auth) return e.json(401, { message: MESSAGES.signedOut });
	if (e.auth.collection().name !== 'users') return e.json(403, { message: MESSAGES.notUser });
	var r = territoryScope.reader(scopes.userScope(e.auth));
	if (!r) return e.json(403, { message: MESSAGES.forbidden });
	if (!Object.prototype.hasOwnProperty.call(CODE_PATTERNS, kind))
		return e.json(400, { message: MESSAGES.badKind });
	if (!CODE_PATTERNS[/** @type {keyof CODE_PATTERNS} */ (kind)].test(code))
		return e.json(400, { message: MESSAGES.badCode });
	var db = $app.db();
	// The reader's communes as SQL on `c` (an allow-listed column, a bound code).
	var inside = territoryScope.insideSql(r);
	/** @type {Record<string, unknown>} */
	var params = { rcode: r.code, code: code };
	var out = build(db, r, kind, code, inside, params);
	if (out.status !== 200) return e.json(out.status, { message: out.message });
	var body = /** @type {Record<string, any>} */ (out.body);
	body.figures = participation.mask(body.figures || {});
	return e.json(200, body);
}

/**
 * @param {dbx.Builder} db
 * @param {import('./scope.js').Reader} r
 * @param {string} kind @param {string} code @param {string} inside @param {Record<string, unknown>} params
 * @returns {{ status: number, message?: string, body?: Record<string, unknown> }}
 */
function build(db, r, kind, code, inside, params) {
	/** @type {Record<string, unknown>} */
	var body = { kind: kind, code: code, computedAt: read.computedAt(db), restricted: false };
	if (kind === 'national') {
		if (!r.all) return { status: 403, message: MESSAGES.outside };
		body.name = 'France';
		body.parents = [];
		body.figures = read.facts(db, 'national', '');
		var regions = read.units(db, 'region', '1 = 1', {});
		var deps = read.units(db, 'departement', '1 = 1', {});
		body.children = children(db, 'region', regions).concat(children(db, 'departement', deps));
		return { status: 200, body: body };
	}
	if (kind === 'region' || kind === 'departement') {
		var unit = read.communes(db, 'c.' + kind + ' = {:code}', params, 1)[0];
		if (!unit) return { status: 404, message: MESSAGES.unknown };
		if (!territoryScope.mayOpen(r, kind, code, { region: unit.region }))
			return { status: 403, message: MESSAGES.outside };
		body.figures = read.facts(db, kind, code);
		body.fabriques = fabriques(db, 'c.' + kind + ' = {:code}', params);
		if (kind === 'region') {
			body.name = unit.region_name;
			body.parents = [{ kind: 'national', code: 'FR', name: 'France' }];
			body.children = children(
				db,
				'departement',
				read.units(db, 'departement', 'c.region = {:code}', params)
			);
			return { status: 200, body: body };
		}
		body.name = unit.departement_name;
		body.parents = [
			{ kind: 'region', code: unit.region, name: unit.region_name },
			{ kind: 'national', code: 'FR', name: 'France' }
		];
		var epcis = read.units(db, 'epci', 'c.departement = {:code}', params);
		var parts = children(
			db,
			'epci_dep',
			epcis.map(function (u) {
				return { code: u.code + '@' + code, name: u.name };
			})
		);
		body.children = parts.map(function (p) {
			return { kind: 'epci', code: p.code.split('@')[0], name: p.name, figures: p.figures };
		});
		body.communes = communeRows(db, 'c.departement = {:code}', params);
		return { status: 200, body: body };
	}
	if (kind === 'epci' || kind === 'fabrique') {
		if (!territoryScope.mayOpen(r, kind, code)) return { status: 403, message: MESSAGES.outside };
		var where = kind === 'epci' ? 'c.epci = {:code}' : fabriqueWhere(db, code);
		if (!where) return { status: 404, message: MESSAGES.unknown };
		var all = read.communes(db, where, params);
		if (!all.length) return { status: 404, message: MESSAGES.unknown };
		var mine = read.communes(db, where + ' AND ' + inside, params);
		if (!mine.length) return { status: 403, message: MESSAGES.outside };
		body.restricted = mine.length < all.length;
		body.figures =
			kind === 'epci' && !body.restricted
				? read.facts(db, 'epci', code)
				: read.sumOf(
						db,
						mine.map(function (c) {
							return c.id;
						})
					);
		body.name = kind === 'epci' ? all[0].epci_name : fabriqueName(db, code);
		body.parents = parentsOf(mine, r);
		body.communes = communeRows(db, where + ' AND ' + inside, params);
		return { status: 200, body: body };
	}
	// commune, by INSEE code
	var commune = read.communes(db, 'c.insee = {:code}', params)[0];
	if (!commune) return { status: 404, message: MESSAGES.unknown };
	if (!r.all && read.communes(db, 'c.insee = {:code} AND ' + inside, params).length === 0)
		return { status: 403, message: MESSAGES.outside };
	body.name = commune.name;
	body.figures = read.facts(db, 'commune', commune.id);
	body.parents = parentsOf([commune], r);
	body.communes = communeRows(db, 'c.insee = {:code}', params);
	body.projects = projectsOf(db, commune.id);
	body.fabriques = fabriques(db, 'c.insee = {:code}', params);
	return { status: 200, body: body };
}

/**
 * Stored figures of many units of one kind, as rows.
 * @param {dbx.Builder} db @param {string} kind @param {{ code: string, name: string }[]} list
 */
function children(db, kind, list) {
	var figures = read.rowFacts(
		db,
		kind,
		list.map(function (u) {
			return u.code;
		})
	);
	return list.map(function (u) {
		return { kind: kind, code: u.code, name: u.name, figures: figures[u.code] || {} };
	});
}

/**
 * The communes matching `where`, with their main figures.
 * @param {dbx.Builder} db @param {string} where @param {Record<string, unknown>} params
 */
function communeRows(db, where, params) {
	var list = read.communes(db, where, params);
	var figures = read.rowFacts(
		db,
		'commune',
		list.map(function (c) {
			return c.id;
		})
	);
	return list.map(function (c) {
		return {
			insee: c.insee,
			name: c.name,
			population: c.population,
			class: c.class,
			epci: c.epci,
			epci_name: c.epci_name,
			departement: c.departement,
			figures: figures[c.id] || {}
		};
	});
}

/**
 * The way up from some communes: their EPCI(s), département(s), région(s), and the nation for
 * the national team. Not a tree: an EPCI may span two départements, a commune may have no EPCI.
 * @param {import('./read.js').CommuneRow[]} list @param {import('./scope.js').Reader} r
 */
function parentsOf(list, r) {
	/** @type {{ kind: string, code: string, name: string }[]} */
	var out = [];
	/** @type {Record<string, boolean>} */
	var seen = {};
	var add = function (
		/** @type {string} */ kind,
		/** @type {string} */ code,
		/** @type {string} */ name
	) {
		if (!code || seen[kind + code]) return;
		seen[kind + code] = true;
		out.push({ kind: kind, code: code, name: name });
	};
	if (list.length === 1)
		for (var e = 0; e < list.length; e++) add('epci', list[e].epci, list[e].epci_name);
	for (var d = 0; d < list.length; d++)
		add('departement', list[d].departement, list[d].departement_name);
	for (var g = 0; g < list.length; g++) add('region', list[g].region, list[g].region_name);
	if (r.all) add('national', 'FR', 'France');
	return out;
}

/**
 * Projects of a commune: title, status, themes and levers (what its readers see anyway).
 * @param {dbx.Builder} db @param {string} communeId
 */
function projectsOf(db, communeId) {
	var rows = arrayOf(
		new DynamicModel({ id: '', title: '', status: '', themes: '', levers: '', created: '' })
	);
	db.newQuery(
		'SELECT id, title, status, themes, levers, created FROM projects WHERE commune = {:id} ORDER BY created'
	)
		.bind({ id: communeId })
		.all(rows);
	return rows.map(function (/** @type {any} */ p) {
		return {
			id: p.id,
			title: p.title,
			status: p.status,
			themes: parseList(p.themes),
			levers: parseList(p.levers),
			created: String(p.created).slice(0, 10)
		};
	});
}

/** @param {string} text */
function parseList(text) {
	try {
		var value = JSON.parse(text);
		return Array.isArray(value) ? value : [];
	} catch (_) {
		return [];
	}
}

/**
 * SQL on `c` for the communes of fabrique `id`, or '' when it does not exist.
 * @param {dbx.Builder} db @param {string} id
 */
function fabriqueWhere(db, id) {
	var row = new DynamicModel({ n: 0 });
	db.newQuery('SELECT COUNT(*) AS n FROM fabriques WHERE id = {:code}').bind({ code: id }).one(row);
	if (!row.n) return '';
	return 'c.id IN (SELECT je.value FROM fabriques f, json_each(f.communes) je WHERE f.id = {:code})';
}

/** @param {dbx.Builder} db @param {string} id */
function fabriqueName(db, id) {
	var row = new DynamicModel({ name: '' });
	db.newQuery('SELECT name FROM fabriques WHERE id = {:code}').bind({ code: id }).one(row);
	return row.name;
}

/**
 * Fabriques with at least one commune where `where` holds: id, name, communes attached.
 * @param {dbx.Builder} db @param {string} where @param {Record<string, unknown>} params
 */
function fabriques(db, where, params) {
	var rows = arrayOf(new DynamicModel({ id: '', name: '', communes: 0 }));
	db.newQuery(
		'SELECT f.id AS id, f.name AS name, json_array_length(f.communes) AS communes FROM fabriques f ' +
			'WHERE EXISTS (SELECT 1 FROM json_each(f.communes) je JOIN communes c ON c.id = je.value WHERE ' +
			where +
			') ORDER BY f.name'
	)
		.bind(params)
		.all(rows);
	return rows.map(function (/** @type {any} */ f) {
		return { id: f.id, name: f.name, communes: f.communes };
	});
}

module.exports = { summary: summary };
