// The results of a consultation (pocketbase/README.md, "Concertations"):
// GET /api/collab/consultations/{id}/results. Hidden until the grace period after the closing has
// passed (then nobody who sees a result can still vote); then the counts per option or proposal,
// the number of voters and of late votes counted, and the participation per territory (voters
// and élus per région for a national consultation, per département for a régional one). Only
// counts: never who voted what. Readers: those of the consultation's space.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('./consultation.js')} */
var rules = require(`${__hooks}/lib/community/consultation.js`);

var NOT_FOUND = 'Cette consultation n’existe pas, ou elle ne s’adresse pas à votre territoire.';

/**
 * Voters and élus per territory of the consultation's scope.
 * @param {core.Record} consultation
 */
function participation(consultation) {
	var kind = consultation.getString('space_kind');
	var level = kind === 'national' ? 'region' : 'departement';
	var where =
		kind === 'national'
			? '1 = 1'
			: 'c.' + (kind === 'region' ? 'region' : 'departement') + ' = {:code}';
	var rows = arrayOf(new DynamicModel({ code: '', name: '', voters: 0, elus: 0 }));
	$app
		.db()
		.newQuery(
			'SELECT c.' +
				level +
				' AS code, max(c.' +
				level +
				'_name) AS name, ' +
				'(SELECT COUNT(*) FROM votes v JOIN communes vc ON vc.id = v.commune ' +
				'WHERE v.consultation = {:id} AND vc.' +
				level +
				' = c.' +
				level +
				') AS voters, ' +
				'(SELECT COUNT(DISTINCT u.id) FROM users u, json_each(u.communes) je JOIN communes uc ON uc.id = je.value ' +
				"WHERE u.role = 'elu' AND uc." +
				level +
				' = c.' +
				level +
				') AS elus ' +
				'FROM communes c WHERE ' +
				where +
				' AND c.' +
				level +
				" != '' GROUP BY c." +
				level +
				' ORDER BY c.' +
				level
		)
		.bind({ id: consultation.id, code: consultation.getString('space_code') })
		.all(rows);
	return rows
		.map(function (/** @type {any} */ r) {
			return { level: level, code: r.code, name: r.name, voters: r.voters, elus: r.elus };
		})
		.filter(function (r) {
			return r.voters > 0 || r.elus > 0;
		});
}

/**
 * The consultation `id`, or null.
 * @param {string} id
 * @returns {core.Record | null}
 */
function findConsultation(id) {
	try {
		return $app.findRecordById('consultations', id);
	} catch {
		return null;
	}
}

/**
 * GET /api/collab/consultations/{id}/results: `{ visible: false, id, closesAt, resultsAt,
 * graceHours }` until the grace period has passed, then also `title, kind, voters, late,
 * options: [{ key, label, votes }], participation: [{ level, code, name, voters, elus }],
 * synthesis`. 404 for an unknown consultation or one outside the caller's spaces.
 * @param {core.RequestEvent} e
 */
function results(e) {
	if (!e.auth || e.auth.collection().name !== 'users') {
		return e.json(401, { message: 'Connectez-vous pour voir les résultats.' });
	}
	var id = e.request ? e.request.pathValue('id') : '';
	var consultation = limits.PATTERNS.recordId.test(id) ? findConsultation(id) : null;
	var scope = scopes.userScope(e.auth);
	if (!consultation || !spaces.canRead($app, scope, spaces.spaceOf(consultation))) {
		return e.json(404, { message: NOT_FOUND });
	}
	var c = /** @type {core.Record} */ (consultation);
	var head = {
		id: c.id,
		closesAt: new Date(rules.closesAt(c)).toISOString(),
		resultsAt: new Date(rules.resultsAt(c)).toISOString(),
		graceHours: Math.round(limits.COMMUNITY.voteGraceMs / 3600000)
	};
	if (Date.now() < rules.resultsAt(c)) return e.json(200, Object.assign({ visible: false }, head));
	var votes = arrayOf(new DynamicModel({ choices: '', late: false }));
	$app
		.db()
		.newQuery(
			"SELECT coalesce(choices, '[]') AS choices, late FROM votes WHERE consultation = {:id}"
		)
		.bind({ id: c.id })
		.all(votes);
	/** @type {Record<string, number>} */
	var counts = Object.create(null);
	var late = 0;
	for (var i = 0; i < votes.length; i++) {
		var v = /** @type {any} */ (votes[i]);
		if (v.late) late += 1;
		var choices = JSON.parse(v.choices || '[]');
		for (var k = 0; k < choices.length; k++) counts[choices[k]] = (counts[choices[k]] || 0) + 1;
	}
	/** @type {{ key: string, label: string, votes: number }[]} */
	var options;
	if (c.getString('kind') === 'choice') {
		options = rules.optionsOf(c).map(function (o) {
			return { key: o.key, label: o.label, votes: counts[o.key] || 0 };
		});
	} else {
		var proposals = $app.findRecordsByFilter(
			'proposals',
			'consultation = {:id} && hidden = false',
			'created',
			1000,
			0,
			{ id: c.id }
		);
		options = proposals.map(function (/** @type {any} */ p) {
			return { key: p.id, label: p.getString('title'), votes: counts[p.id] || 0 };
		});
	}
	return e.json(
		200,
		Object.assign({ visible: true }, head, {
			title: c.getString('title'),
			kind: c.getString('kind'),
			voters: votes.length,
			late: late,
			options: options,
			participation: participation(c),
			synthesis: c.getString('synthesis')
		})
	);
}

module.exports = { results: results };
