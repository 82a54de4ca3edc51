// The `votes` record collection (pocketbase/README.md, "Concertations"): one row per consultation
// and élu, whose id is derived from both (voteId), so a vote replayed any number of times, from
// any of the élu's devices, is the same row; changeable until the closing (the newest version
// wins, as for every record). The server decides whether it counts: received before the closing;
// or cast on the device before it and received within the grace period (`late`, both times
// kept); otherwise refused in French. Secret: pulled by its élu only. Owns these rules.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../community/spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('../../community/text.js')} */
var text = require(`${__hooks}/lib/community/text.js`);
/** @type {typeof import('../../community/consultation.js')} */
var rules = require(`${__hooks}/lib/community/consultation.js`);

/**
 * The id of the vote of `user` in `consultation`: the first 15 hex digits of
 * SHA-256("<consultation>/<user>"). → src/lib/features/consultations/domain/vote.ts: voteId
 * @param {string} consultation
 * @param {string} user
 */
function voteId(consultation, user) {
	return $security.sha256(consultation + '/' + user).slice(0, 15);
}

/**
 * Why `choices` is not a valid vote in `consultation`, or ''.
 * @param {CoreApp} txApp
 * @param {core.Record} consultation
 * @param {unknown} choices
 */
function choicesProblem(txApp, consultation, choices) {
	if (!Array.isArray(choices) || choices.length === 0) return 'Choisissez au moins une réponse.';
	for (var i = 0; i < choices.length; i++) {
		if (typeof choices[i] !== 'string' || choices.indexOf(choices[i]) !== i) {
			return 'Une réponse est choisie deux fois.';
		}
	}
	if (consultation.getString('kind') === 'choice') {
		if (!consultation.getBool('multiple') && choices.length > 1) {
			return 'Cette question n’admet qu’une seule réponse.';
		}
		var keys = rules.optionsOf(consultation).map(function (o) {
			return o.key;
		});
		for (var k = 0; k < choices.length; k++) {
			if (keys.indexOf(choices[k]) < 0) {
				return (
					'La réponse « ' +
					String(choices[k]).slice(0, 40) +
					' » ne fait pas partie des options de cette consultation.'
				);
			}
		}
		return '';
	}
	if (choices.length > limits.COMMUNITY.optionsMax) {
		return 'Vous pouvez soutenir ' + limits.COMMUNITY.optionsMax + ' propositions au plus.';
	}
	var row = new DynamicModel({ n: 0 });
	txApp
		.db()
		.newQuery(
			'SELECT COUNT(*) AS n FROM proposals WHERE consultation = {:c} AND hidden = 0 ' +
				'AND id IN (SELECT value FROM json_each({:ids}))'
		)
		.bind({ c: consultation.id, ids: JSON.stringify(choices) })
		.one(row);
	return row.n === choices.length
		? ''
		: 'Une proposition soutenue n’existe pas (ou plus) dans cette consultation.';
}

/**
 * The voter's commune in the consultation's territory (for participation), or their first one.
 * @param {CoreApp} txApp
 * @param {import('../scope.js').UserScope} scope
 * @param {core.Record} consultation
 */
function voterCommune(txApp, scope, consultation) {
	var kind = consultation.getString('space_kind');
	var column = kind === 'departement' ? 'departement' : kind === 'region' ? 'region' : '';
	return spaces.firstString(
		txApp,
		'SELECT id AS value FROM communes WHERE id IN (SELECT value FROM json_each({:communes})) ' +
			(column ? 'AND ' + column + ' = {:code} ' : '') +
			'LIMIT 1',
		{ communes: JSON.stringify(scope.communes), code: consultation.getString('space_code') }
	);
}

/**
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertVote(ctx, item) {
	var data = item.data;
	var consultation =
		typeof data.consultation === 'string'
			? upsert.findOrNull(ctx.txApp, 'consultations', data.consultation)
			: null;
	if (!consultation) return upsert.malformed(item, 'Cette consultation n’existe pas (ou plus).');
	if (ctx.scope.role !== 'elu') {
		return upsert.rejection(item, 403, 'forbidden', 'Seuls les élus votent dans une consultation.');
	}
	if (!spaces.canRead(ctx.txApp, ctx.scope, spaces.spaceOf(consultation))) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Cette consultation s’adresse aux élus d’un autre territoire : votre vote n’y est pas compté.'
		);
	}
	if (item.id !== voteId(consultation.id, ctx.scope.id)) {
		return upsert.malformed(
			item,
			'Ce vote ne porte pas l’identifiant attendu : mettez l’application à jour.'
		);
	}
	var existing = upsert.findOrNull(ctx.txApp, 'votes', item.id);
	// A replay (or an older version) changes nothing, even after the closing.
	if (existing && upsert.superseded(ctx, item, existing, 'votes')) return null;
	var problem = choicesProblem(ctx.txApp, consultation, data.choices);
	if (!problem && !text.isIsoDate(data.cast_at))
		problem = '« cast_at » doit être une date ISO 8601 en UTC.';
	if (problem) return upsert.malformed(item, problem);
	var now = Date.now();
	var closes = rules.closesAt(consultation);
	var castAt = text.timeOf(/** @type {string} */ (data.cast_at));
	var late = now > closes;
	if (late && (castAt > closes || now > rules.resultsAt(consultation))) {
		return upsert.rejection(
			item,
			409,
			'closed',
			'La consultation « ' +
				consultation.getString('title') +
				' » est close depuis le ' +
				text.frenchDate(closes) +
				(castAt > closes
					? ' : ce vote a été fait après la clôture, il n’est pas compté.'
					: ' et ce vote est arrivé après le délai de ' +
						Math.round(limits.COMMUNITY.voteGraceMs / 3600000) +
						' heures laissé aux votes faits sans réseau : il n’est pas compté.')
		);
	}
	var choices = /** @type {string[]} */ (data.choices);
	var record = existing || upsert.newRecord(ctx.txApp, 'votes');
	if (!existing) {
		record.set('id', item.id);
		record.set('consultation', consultation.id);
		record.set('commune', voterCommune(ctx.txApp, ctx.scope, consultation));
	}
	record.set('choices', choices);
	record.set(
		'cast_at',
		new DateTime(/** @type {string} */ (data.cast_at).replace(' ', 'T')).string()
	);
	record.set('received', new DateTime().string());
	record.set('late', late);
	return upsert.save(ctx, item, record, 'user');
}

/** @type {import('./index.js').CollectionDeclaration & { voteId: typeof voteId }} */
module.exports = {
	name: 'votes',
	upsert: upsertVote,
	voteId: voteId,
	accepts: ['consultation', 'choices', 'cast_at'],
	pull: {
		scope: 'own',
		fields: [
			{ name: 'consultation', type: 'text' },
			{ name: 'choices', type: 'json' },
			{ name: 'cast_at', type: 'text' },
			{ name: 'received', type: 'text' },
			{ name: 'late', type: 'bool' }
		]
	}
};
