// The `attendance_seals` record collection (README "Training sessions", DESIGN.md § 6): the
// countersignature of one half-day — the ids and hashes of the attendance rows it covers, a
// SHA-256 over that list, a receipt code. Written by the people who run the session; never
// changes once stored (409). An addendum is a new seal covering rows that came later. Owns the
// push checks and the wire fields; never changes an attendance row.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);
/** @type {typeof import('../../charters.js')} */
var charters = require(`${__hooks}/lib/charters.js`);

var S = sessions.SESSION;

/**
 * The reason a seal's data is refused, in French, or ''.
 * @param {Record<string, any>} d
 */
function invalidReason(d) {
	if (typeof d.session !== 'string' || !sessions.ID.test(d.session)) {
		return '« session » doit être l’identifiant d’une session.';
	}
	if (typeof d.slot !== 'string' || !sessions.SLOT_KEY.test(d.slot)) {
		return '« slot » doit identifier une demi-journée.';
	}
	if (!Array.isArray(d.covers) || d.covers.length === 0 || d.covers.length > S.maxCovers) {
		return 'Le scellement doit couvrir de 1 à ' + S.maxCovers + ' lignes.';
	}
	for (var i = 0; i < d.covers.length; i++) {
		var c = d.covers[i];
		if (
			!c ||
			typeof c.id !== 'string' ||
			!sessions.ID.test(c.id) ||
			typeof c.hash !== 'string' ||
			!limits.PATTERNS.sha256.test(c.hash)
		) {
			return '« covers » ne contient que des paires { id, hash }.';
		}
	}
	if (typeof d.countersigner_name !== 'string' || !d.countersigner_name.trim()) {
		return 'Indiquez le nom de l’animateur qui contresigne.';
	}
	if (d.countersigner_name.length > S.nameMax || sessions.hasInvisible(d.countersigner_name)) {
		return 'Le nom de l’animateur doit tenir en ' + S.nameMax + ' caractères visibles.';
	}
	if (typeof d.countersignature !== 'string' || !sessions.isSignature(d.countersignature)) {
		return 'La contresignature est vide ou trop courte : signez avec le doigt.';
	}
	if (!sessions.isSignedAt(d.sealed_at)) return '« sealed_at » doit être une date ISO 8601 en UTC.';
	if (typeof d.addendum_of !== 'string' || (d.addendum_of && !sessions.ID.test(d.addendum_of))) {
		return '« addendum_of » doit être vide ou l’identifiant d’un scellement.';
	}
	if (typeof d.hash !== 'string' || !limits.PATTERNS.sha256.test(d.hash)) {
		return '« hash » doit être une empreinte SHA-256.';
	}
	return '';
}

/**
 * Stores a seal of a half-day of a session the caller runs; a replay is accepted again.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertSeal(ctx, item) {
	var d = item.data;
	var reason = invalidReason(d);
	if (reason) return upsert.malformed(item, reason);
	var session = upsert.findOrNull(ctx.txApp, 'training_sessions', d.session);
	if (!session) return upsert.malformed(item, 'La session de ce scellement est inconnue.');
	if (!sessions.runs(session, ctx.scope.id)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les animateurs de la session scellent ses feuilles de présence.'
		);
	}
	if ($security.sha256(sessions.canonicalSeal(d)) !== d.hash) {
		return upsert.malformed(item, 'L’empreinte (« hash ») ne correspond pas au scellement.');
	}
	var existing = upsert.findOrNull(ctx.txApp, 'attendance_seals', item.id);
	if (existing) {
		if (existing.getString('hash') === d.hash) return null;
		return upsert.rejection(
			item,
			409,
			'immutable',
			'Un scellement ne change plus : ajoutez un additif.'
		);
	}
	if (sessions.slotKeys(session).indexOf(d.slot) < 0) {
		return upsert.malformed(item, 'Cette demi-journée ne fait pas partie de la session.');
	}
	if (d.addendum_of) {
		var first = upsert.findOrNull(ctx.txApp, 'attendance_seals', d.addendum_of);
		if (!first || first.getString('session') !== d.session || first.getString('slot') !== d.slot) {
			return upsert.malformed(item, 'Le scellement complété par cet additif est inconnu.');
		}
	}
	// One read for all the covered rows (a sheet covers up to maxCovers of them).
	var stored = ctx.txApp.findRecordsByIds(
		'attendances',
		d.covers.map(function (/** @type {any} */ c) {
			return c.id;
		})
	);
	/** @type {Record<string, core.Record>} */
	var byId = Object.create(null);
	for (var j = 0; j < stored.length; j++) {
		var found = stored[j];
		if (found) byId[found.id] = found;
	}
	for (var i = 0; i < d.covers.length; i++) {
		var row = byId[d.covers[i].id];
		if (row && (row.getString('hash') !== d.covers[i].hash || row.getString('slot') !== d.slot)) {
			return upsert.rejection(
				item,
				409,
				'immutable',
				'Le scellement couvre une ligne dont le contenu a changé : scellez à nouveau la feuille.'
			);
		}
	}
	var record = upsert.newRecord(ctx.txApp, 'attendance_seals');
	record.set('id', item.id);
	record.set('session', d.session);
	record.set('slot', d.slot);
	record.set(
		'covers',
		d.covers.map(function (/** @type {any} */ c) {
			return { id: c.id, hash: c.hash };
		})
	);
	record.set('countersigner_name', d.countersigner_name.trim().normalize('NFC'));
	record.set('countersignature', d.countersignature);
	record.set('sealed_at', d.sealed_at);
	record.set('addendum_of', d.addendum_of);
	record.set('hash', d.hash);
	record.set('receipt', charters.receiptCode(d.hash));
	return upsert.save(ctx, item, record, 'author');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'attendance_seals',
	upsert: upsertSeal,
	accepts: [
		'session',
		'slot',
		'covers',
		'countersigner_name',
		'countersignature',
		'sealed_at',
		'addendum_of',
		'hash'
	],
	pull: {
		scope: 'sessionSeals',
		fields: [
			{ name: 'session', type: 'text' },
			{ name: 'slot', type: 'text' },
			{ name: 'covers', type: 'json' },
			{ name: 'countersigner_name', type: 'text' },
			{ name: 'countersignature', type: 'text' },
			{ name: 'sealed_at', type: 'text' },
			{ name: 'addendum_of', type: 'text' },
			{ name: 'hash', type: 'text' },
			{ name: 'receipt', type: 'text' },
			{ name: 'author', type: 'text' }
		]
	}
};
