// The `participants` record collection (README "Training sessions"): a person in a session, with
// or without an account. Written by the people who run the session (any participant of it), or
// by an élu for themselves only, to ask to join (`enrolment` « demande »). The writer is stamped
// as `author` from the token. Owns the push checks and the wire fields; never touches attendance.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

var S = sessions.SESSION;

/**
 * The reason a participant's data is refused, in French, or ''.
 * @param {Record<string, any>} d
 */
function invalidReason(d) {
	if (typeof d.session !== 'string' || !sessions.ID.test(d.session)) {
		return '« session » doit être l’identifiant d’une session.';
	}
	if (typeof d.name !== 'string' || !d.name.trim()) {
		return 'Indiquez le nom et le prénom de la personne.';
	}
	if (d.name.length > S.nameMax || sessions.hasInvisible(d.name)) {
		return 'Le nom doit tenir en ' + S.nameMax + ' caractères visibles.';
	}
	if (!limits.isOneOf(S.mandates, d.mandate)) {
		return '« mandate » doit valoir maire, adjoint, conseiller ou autre.';
	}
	if (typeof d.commune_insee !== 'string' || !limits.PATTERNS.insee.test(d.commune_insee)) {
		return 'Choisissez la commune de la personne.';
	}
	if (!upsert.isText(d.commune_name, S.communeNameMax) || !d.commune_name.trim()) {
		return 'Le nom de la commune de la personne manque.';
	}
	if (
		typeof d.email !== 'string' ||
		(d.email && (!sessions.EMAIL.test(d.email) || d.email.length > S.emailMax))
	) {
		return 'L’adresse e-mail est mal écrite.';
	}
	if (typeof d.user !== 'string' || (d.user && !sessions.ID.test(d.user))) {
		return '« user » doit être vide ou l’identifiant d’un compte.';
	}
	if (!limits.isOneOf(S.fundings, d.funding)) {
		return '« funding » doit valoir gratuit, commune ou dif.';
	}
	if (!limits.isOneOf(S.enrolments, d.enrolment)) {
		return '« enrolment » doit valoir demande, inscrit, attente ou refuse.';
	}
	if (typeof d.walk_in !== 'boolean') return '« walk_in » doit valoir true ou false.';
	if (typeof d.added_at !== 'string' || !sessions.isSignedAt(d.added_at)) {
		return '« added_at » doit être une date ISO 8601 en UTC.';
	}
	return '';
}

/**
 * Stores a participant of a session the caller runs, or the caller's own request to join.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertParticipant(ctx, item) {
	var d = item.data;
	var reason = invalidReason(d);
	if (reason) return upsert.malformed(item, reason);
	var session = upsert.findOrNull(ctx.txApp, 'training_sessions', d.session);
	if (!session) return upsert.malformed(item, 'La session de ce participant est inconnue.');
	var existing = upsert.findOrNull(ctx.txApp, 'participants', item.id);
	if (existing && existing.getString('session') !== d.session) {
		return upsert.rejection(item, 409, 'immutable', 'Un participant ne change pas de session.');
	}
	var runsIt = sessions.runs(session, ctx.scope.id);
	if (!runsIt) {
		var ownRequest =
			ctx.scope.role === 'elu' &&
			d.user === ctx.scope.id &&
			d.enrolment === 'demande' &&
			(!existing || existing.getString('user') === ctx.scope.id) &&
			(!existing || existing.getString('enrolment') === 'demande');
		if (!ownRequest) {
			return upsert.rejection(
				item,
				403,
				'forbidden',
				'Seuls les animateurs de la session inscrivent des participants ; un élu peut seulement demander à s’inscrire lui-même.'
			);
		}
	}
	if (d.user && !upsert.findOrNull(ctx.txApp, 'users', d.user)) {
		return upsert.malformed(item, 'Le compte de ce participant est inconnu.');
	}
	if (existing && upsert.superseded(ctx, item, existing, 'participants')) return null;
	var record = existing || upsert.newRecord(ctx.txApp, 'participants');
	if (!existing) record.set('id', item.id);
	record.set('session', d.session);
	// An account once linked stays linked (a later write without it must not unlink the person).
	if (d.user || !existing) record.set('user', d.user);
	record.set('name', d.name.normalize('NFC').replace(/\s+/g, ' ').trim());
	record.set('mandate', d.mandate);
	record.set('commune_insee', d.commune_insee);
	record.set('commune_name', d.commune_name);
	record.set('email', d.email);
	record.set('funding', d.funding);
	record.set('enrolment', d.enrolment);
	record.set('walk_in', d.walk_in);
	record.set('added_at', new DateTime(d.added_at).string());
	return upsert.save(ctx, item, record, 'author');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'participants',
	upsert: upsertParticipant,
	accepts: [
		'session',
		'user',
		'name',
		'mandate',
		'commune_insee',
		'commune_name',
		'email',
		'funding',
		'enrolment',
		'walk_in',
		'added_at'
	],
	pull: {
		scope: 'sessionParticipants',
		fields: [
			{ name: 'session', type: 'text' },
			{ name: 'user', type: 'text' },
			{ name: 'name', type: 'text' },
			{ name: 'mandate', type: 'text' },
			{ name: 'commune_insee', type: 'text' },
			{ name: 'commune_name', type: 'text' },
			{ name: 'email', type: 'text' },
			{ name: 'funding', type: 'text' },
			{ name: 'enrolment', type: 'text' },
			{ name: 'walk_in', type: 'bool' },
			{ name: 'added_at', type: 'text' },
			{ name: 'author', type: 'text' }
		]
	}
};
