// The `charters` record collection (pocketbase/README.md, "Charters"): a signed engagement
// charter, stored once by an élu of the charter's commune (from the INSEE code in the signed
// content, never from a claim of the payload) after recomputing its hash, and pulled by the élus
// of that commune and by the signer. Owns the push rules and the wire fields; the canonical form
// and the field checks live in lib/charters.js. Never changes a stored charter.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../charters.js')} */
var charters = require(`${__hooks}/lib/charters.js`);
/** @type {typeof import('../../french.js')} */
var french = require(`${__hooks}/lib/french.js`);
/** @type {typeof import('../../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

/**
 * True when the caller may store the charter signed in a session by the participant
 * `participantId` (DESIGN.md § 6: the signer is a participant, the author the facilitator who
 * runs that session) for the commune of INSEE code `insee`.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {string} participantId
 * @param {string} insee
 * @returns {string} '' when allowed, else the French reason
 */
function roomRefusal(ctx, participantId, insee) {
	var participant = upsert.findOrNull(ctx.txApp, 'participants', participantId);
	if (!participant) return 'Le participant qui a signé cette charte est inconnu du serveur.';
	var session = upsert.findOrNull(ctx.txApp, 'training_sessions', participant.getString('session'));
	if (!session || !sessions.runs(session, ctx.scope.id)) {
		return 'Seuls les animateurs de la session font signer la charte à ses participants.';
	}
	if (participant.getString('commune_insee') !== insee) {
		return 'La commune de la charte n’est pas celle du participant.';
	}
	return '';
}

var IMMUTABLE =
	'Une charte signée ne change plus : signez une nouvelle charte pour une nouvelle version du texte.';

/**
 * Stores a new charter; a replay of the same content is a no-op, any other content under the
 * same id is refused (409).
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertCharter(ctx, item) {
	var data = item.data;
	var shape = charters.checkShape(data);
	if (shape) return upsert.rejection(item, shape.status, shape.code, shape.reason);
	var content = charters.contentOf(data);
	var existing = upsert.findOrNull(ctx.txApp, 'charters', item.id);
	var participantId = content.participantId;
	if (existing) {
		var roomAuthor =
			participantId !== undefined &&
			existing.getString('user') === ctx.scope.id &&
			existing.getString('participant') === participantId;
		if (!roomAuthor && !scopes.isEluOf(ctx.scope, existing.getString('commune'))) {
			return upsert.rejection(
				item,
				403,
				'forbidden',
				'Cette charte appartient à une autre commune.'
			);
		}
		var same =
			existing.getString('hash') === data.hash &&
			charters.canonical(charters.storedContent(existing)) === charters.canonical(content);
		return same ? null : upsert.rejection(item, 409, 'immutable', IMMUTABLE);
	}
	var commune = limits.PATTERNS.insee.test(content.communeInsee)
		? upsert.findByData(ctx.txApp, 'communes', 'insee', content.communeInsee)
		: null;
	if (!commune) return upsert.malformed(item, 'La commune de la charte est inconnue.');
	if (participantId !== undefined) {
		var refusal = roomRefusal(ctx, participantId, content.communeInsee);
		if (refusal) return upsert.rejection(item, 403, 'forbidden', refusal);
	} else if (!scopes.isEluOf(ctx.scope, commune.id)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les élus ' + french.ofName(commune.getString('name')) + ' peuvent y signer une charte.'
		);
	}
	var invalid = charters.checkContent(content);
	if (invalid) return upsert.rejection(item, invalid.status, invalid.code, invalid.reason);
	if ($security.sha256(charters.canonical(content)) !== data.hash) {
		return upsert.malformed(
			item,
			'L’empreinte (« hash ») ne correspond pas au contenu de la charte.'
		);
	}
	if (upsert.findByData(ctx.txApp, 'charters', 'hash', data.hash)) {
		return upsert.rejection(
			item,
			409,
			'immutable',
			'Cette charte est déjà enregistrée sous un autre identifiant.'
		);
	}
	var record = upsert.newRecord(ctx.txApp, 'charters');
	record.set('id', item.id);
	record.set('commune', commune.id);
	for (var i = 0; i < charters.FIELDS.length; i++) {
		var field = charters.FIELDS[i];
		var value = content[field.key];
		record.set(field.column, value === undefined ? '' : value);
	}
	record.set('hash', data.hash);
	record.set('receipt', charters.receiptCode(data.hash));
	return upsert.save(ctx, item, record, 'user');
}

var COLUMNS = charters.FIELDS.map(function (field) {
	return field.column;
});

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'charters',
	upsert: upsertCharter,
	accepts: COLUMNS.concat(['hash']),
	pull: {
		scope: 'signerOrCommuneElus',
		// The canonical fields (optional ones as ''), then what the server set.
		fields: COLUMNS.concat(['hash', 'receipt', 'received', 'user', 'commune']).map(function (name) {
			return { name: name, type: /** @type {const} */ ('text') };
		})
	}
};
