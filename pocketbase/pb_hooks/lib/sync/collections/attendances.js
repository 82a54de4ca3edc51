// The `attendances` record collection (README "Training sessions", DESIGN.md § 6): one row per
// participant × half-day, signed on the facilitator's tablet, or an amendment pointing at the row
// it corrects. Written only by the people who run the session, about its participants; the
// writer is stamped as `author`, the participant's account as `subject_user`. A row a seal covers
// never changes (409). Owns the push checks and the wire fields; never writes a seal.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

var S = sessions.SESSION;
var FIELDS = ['session', 'slot', 'participant', 'status', 'mode', 'signature', 'signed_at'];
var SEALED =
	'Cette demi-journée est scellée : sa feuille ne change plus. Pour corriger, ajoutez une correction.';

/**
 * The reason a row's data is refused, in French, or ''.
 * @param {Record<string, any>} d
 */
function invalidReason(d) {
	for (var i = 0; i < FIELDS.length; i++) {
		if (typeof d[FIELDS[i]] !== 'string') return '« ' + FIELDS[i] + ' » manque.';
	}
	if (!sessions.ID.test(d.session) || !sessions.ID.test(d.participant)) {
		return '« session » et « participant » doivent être des identifiants.';
	}
	if (!sessions.SLOT_KEY.test(d.slot)) return '« slot » doit identifier une demi-journée.';
	if (!limits.isOneOf(S.attendanceStatuses, d.status))
		return '« status » doit valoir present ou absent.';
	if (!limits.isOneOf(S.attendanceModes, d.mode))
		return '« mode » doit valoir sur_place ou a_distance.';
	if (d.status === 'present' && d.mode === 'sur_place' && !d.signature) {
		return 'La signature est vide : la personne doit signer avec le doigt.';
	}
	if (d.signature && !sessions.isSignature(d.signature)) {
		return 'La signature est illisible ou trop courte.';
	}
	if (d.status === 'absent' && d.signature) return 'Une personne absente ne signe pas.';
	if (!sessions.isSignedAt(d.signed_at)) return '« signed_at » doit être une date ISO 8601 en UTC.';
	if (typeof d.arrived_at !== 'string' || typeof d.left_at !== 'string') {
		return '« arrived_at » et « left_at » doivent être des heures ou vides.';
	}
	if (
		(d.arrived_at && !sessions.isTime(d.arrived_at)) ||
		(d.left_at && !sessions.isTime(d.left_at))
	) {
		return 'Les heures d’arrivée et de départ s’écrivent 09:30.';
	}
	if (d.arrived_at && d.left_at && sessions.minutes(d.left_at) <= sessions.minutes(d.arrived_at)) {
		return 'L’heure de départ doit suivre l’heure d’arrivée.';
	}
	if (typeof d.amends !== 'string' || (d.amends && !sessions.ID.test(d.amends))) {
		return '« amends » doit être vide ou l’identifiant de la ligne corrigée.';
	}
	if (!upsert.isText(d.note, S.noteMax))
		return 'La remarque doit tenir en ' + S.noteMax + ' caractères.';
	if (typeof d.hash !== 'string' || !limits.PATTERNS.sha256.test(d.hash)) {
		return '« hash » doit être une empreinte SHA-256.';
	}
	return '';
}

/**
 * Stores an attendance row of a session the caller runs.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertAttendance(ctx, item) {
	var d = item.data;
	var reason = invalidReason(d);
	if (reason) return upsert.malformed(item, reason);
	var session = upsert.findOrNull(ctx.txApp, 'training_sessions', d.session);
	if (!session) return upsert.malformed(item, 'La session de cette feuille est inconnue.');
	if (!sessions.runs(session, ctx.scope.id)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les animateurs de la session recueillent les signatures de ses participants.'
		);
	}
	if (sessions.slotKeys(session).indexOf(d.slot) < 0) {
		return upsert.malformed(item, 'Cette demi-journée ne fait pas partie de la session.');
	}
	var participant = upsert.findOrNull(ctx.txApp, 'participants', d.participant);
	if (!participant || participant.getString('session') !== d.session) {
		return upsert.malformed(item, 'Cette personne n’est pas inscrite à la session.');
	}
	if (!d.amends && item.id !== sessions.attendanceId(d.session, d.slot, d.participant)) {
		return upsert.malformed(
			item,
			'L’identifiant de la ligne ne correspond pas à la session, la demi-journée et la personne.'
		);
	}
	if (d.amends) {
		var amended = upsert.findOrNull(ctx.txApp, 'attendances', d.amends);
		if (
			!amended ||
			amended.getString('session') !== d.session ||
			amended.getString('slot') !== d.slot ||
			amended.getString('participant') !== d.participant
		) {
			return upsert.malformed(
				item,
				'La ligne corrigée est inconnue ou concerne une autre personne.'
			);
		}
	}
	if ($security.sha256(sessions.canonicalAttendance(d)) !== d.hash) {
		return upsert.malformed(
			item,
			'L’empreinte (« hash ») ne correspond pas au contenu de la ligne.'
		);
	}
	var sealed = sessions.sealedHashes(ctx.txApp, d.session, d.slot, item.id);
	var existing = upsert.findOrNull(ctx.txApp, 'attendances', item.id);
	if (existing) {
		if (existing.getString('session') !== d.session) {
			return upsert.rejection(
				item,
				403,
				'forbidden',
				'Cette ligne appartient à une autre session.'
			);
		}
		if (existing.getString('hash') === d.hash) {
			if (item.rev > existing.getInt('rev')) return upsert.keepNewerRev(ctx, item, existing);
			return null;
		}
		if (sealed.length) return upsert.rejection(item, 409, 'immutable', SEALED);
		if (upsert.superseded(ctx, item, existing, 'attendances')) return null;
	} else if (sealed.length && sealed.indexOf(d.hash) < 0) {
		return upsert.rejection(item, 409, 'immutable', SEALED);
	}
	var record = existing || upsert.newRecord(ctx.txApp, 'attendances');
	if (!existing) record.set('id', item.id);
	record.set('session', d.session);
	record.set('slot', d.slot);
	record.set('participant', d.participant);
	record.set('subject_user', participant.getString('user'));
	record.set('status', d.status);
	record.set('mode', d.mode);
	record.set('signature', d.signature);
	record.set('signed_at', d.signed_at);
	record.set('arrived_at', d.arrived_at);
	record.set('left_at', d.left_at);
	record.set('amends', d.amends);
	record.set('note', String(d.note).trim().normalize('NFC'));
	record.set('hash', d.hash);
	return upsert.save(ctx, item, record, 'author');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'attendances',
	upsert: upsertAttendance,
	accepts: [
		'session',
		'slot',
		'participant',
		'status',
		'mode',
		'signature',
		'signed_at',
		'arrived_at',
		'left_at',
		'amends',
		'note',
		'hash'
	],
	pull: {
		scope: 'sessionAttendances',
		fields: [
			{ name: 'session', type: 'text' },
			{ name: 'slot', type: 'text' },
			{ name: 'participant', type: 'text' },
			{ name: 'status', type: 'text' },
			{ name: 'mode', type: 'text' },
			{ name: 'signature', type: 'text' },
			{ name: 'signed_at', type: 'text' },
			{ name: 'arrived_at', type: 'text' },
			{ name: 'left_at', type: 'text' },
			{ name: 'amends', type: 'text' },
			{ name: 'note', type: 'text' },
			{ name: 'hash', type: 'text' },
			{ name: 'author', type: 'text' },
			{ name: 'subject_user', type: 'text' }
		]
	}
};
