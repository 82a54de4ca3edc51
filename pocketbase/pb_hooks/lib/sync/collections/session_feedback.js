// The `session_feedback` record collection (README "Session feedback"): one answer to a module's
// evaluation — right after it (`chaud`), three months later (`froid`) or a self-positioning
// before it (`avant`) — typed on the facilitator's passed-around tablet or on the élu's own
// device. The writer is stamped as `user` from the token and pulls it back alone; readers of the
// results get aggregates only (lib/feedback.js). An anonymous answer names no participant, so
// nothing links it to a person. Stored answers never change (409). Owns the push checks and the
// wire fields.
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

/** Limits, repeated in src/lib/features/feedback/domain/feedback.ts (FEEDBACK_LIMITS). */
var FEEDBACK = {
	kinds: ['avant', 'chaud', 'froid'],
	maxObjectives: 12,
	nextStepMax: 500,
	commentMax: 2000
};
var OBJECTIVE_KEY = /^[a-z0-9][a-z0-9_-]{0,59}$/;
var DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
var FIELDS = [
	'session',
	'module',
	'kind',
	'participant',
	'satisfaction',
	'objectives',
	'next_step',
	'comment',
	'anonymous',
	'answered_at'
];

/** @param {unknown} v */
function isScore(v) {
	return typeof v === 'number' && Math.floor(v) === v && v >= 1 && v <= 5;
}

/**
 * The reason an answer is refused, in French, or ''.
 * @param {Record<string, any>} d
 */
function invalidReason(d) {
	if (typeof d.session !== 'string' || !sessions.ID.test(d.session)) {
		return '« session » doit être l’identifiant d’une session.';
	}
	if (typeof d.module !== 'string' || !sessions.MODULE_KEY.test(d.module)) {
		return '« module » doit être l’identifiant d’un module, par exemple « ic-1 ».';
	}
	if (FEEDBACK.kinds.indexOf(d.kind) < 0) return '« kind » doit valoir avant, chaud ou froid.';
	if (typeof d.anonymous !== 'boolean') return '« anonymous » doit valoir vrai ou faux.';
	if (typeof d.participant !== 'string' || (d.participant && !sessions.ID.test(d.participant))) {
		return '« participant » doit être vide ou l’identifiant d’un participant.';
	}
	if (d.anonymous && d.participant) {
		return 'Une réponse anonyme ne nomme aucun participant.';
	}
	if (d.kind === 'avant' ? d.satisfaction !== 0 : !isScore(d.satisfaction)) {
		return d.kind === 'avant'
			? 'Avant le module, la satisfaction ne se note pas (0).'
			: 'La satisfaction se note de 1 à 5.';
	}
	var o = d.objectives;
	if (!o || typeof o !== 'object' || Array.isArray(o)) {
		return '« objectives » doit associer chaque objectif à une note de 1 à 5.';
	}
	var keys = Object.keys(o);
	if (keys.length > FEEDBACK.maxObjectives) return 'Trop d’objectifs notés.';
	for (var i = 0; i < keys.length; i++) {
		if (!OBJECTIVE_KEY.test(keys[i]) || !isScore(o[keys[i]])) {
			return 'Chaque objectif se note de 1 à 5.';
		}
	}
	if (!upsert.isText(d.next_step, FEEDBACK.nextStepMax)) {
		return 'Ce que vous ferez ensuite doit tenir en ' + FEEDBACK.nextStepMax + ' caractères.';
	}
	if (!upsert.isText(d.comment, FEEDBACK.commentMax)) {
		return 'Le commentaire doit tenir en ' + FEEDBACK.commentMax + ' caractères.';
	}
	if (typeof d.answered_at !== 'string' || !DATE.test(d.answered_at)) {
		return '« answered_at » doit être une date ISO 8601 en UTC.';
	}
	return '';
}

/**
 * @param {core.Record} record
 * @param {Record<string, any>} d
 */
function sameAnswer(record, d) {
	for (var i = 0; i < FIELDS.length; i++) {
		var name = FIELDS[i];
		var stored = record.get(name);
		if (name === 'objectives') {
			var parsed = JSON.parse(toString(stored) || '{}');
			if (JSON.stringify(sortedObject(parsed)) !== JSON.stringify(sortedObject(d.objectives))) {
				return false;
			}
		} else if (name === 'answered_at') {
			if (record.getDateTime(name).string() !== new DateTime(d.answered_at).string()) return false;
		} else if (name === 'satisfaction') {
			if (record.getInt(name) !== d.satisfaction) return false;
		} else if (name === 'anonymous') {
			if (record.getBool(name) !== d.anonymous) return false;
		} else if (record.getString(name) !== d[name]) return false;
	}
	return true;
}

/** @param {Record<string, any>} o */
function sortedObject(o) {
	/** @type {Record<string, any>} */
	var out = {};
	Object.keys(o)
		.sort()
		.forEach(function (k) {
			out[k] = o[k];
		});
	return out;
}

/**
 * True when `userId` is a participant of `session` (their account is linked to one of its rows).
 * @param {CoreApp} txApp
 * @param {string} session
 * @param {string} userId
 */
function takesPart(txApp, session, userId) {
	try {
		txApp.findFirstRecordByFilter('participants', 'session = {:s} && user = {:u}', {
			s: session,
			u: userId
		});
		return true;
	} catch {
		return false;
	}
}

/**
 * Stores one answer; a replay of the same answer is accepted again.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertFeedback(ctx, item) {
	var d = item.data;
	var reason = invalidReason(d);
	if (reason) return upsert.malformed(item, reason);
	var session = upsert.findOrNull(ctx.txApp, 'training_sessions', d.session);
	if (!session) return upsert.malformed(item, 'La session de cette réponse est inconnue.');
	if (session.getStringSlice('modules').indexOf(d.module) < 0) {
		return upsert.malformed(item, 'Ce module n’est pas au programme de cette session.');
	}
	var participant = d.participant
		? upsert.findOrNull(ctx.txApp, 'participants', d.participant)
		: null;
	if (d.participant && (!participant || participant.getString('session') !== d.session)) {
		return upsert.malformed(item, 'Ce participant n’est pas inscrit à cette session.');
	}
	var allowed =
		sessions.runs(session, ctx.scope.id) ||
		(participant
			? participant.getString('user') === ctx.scope.id
			: takesPart(ctx.txApp, d.session, ctx.scope.id));
	if (!allowed) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les participants de la session et ses animateurs répondent à son évaluation.'
		);
	}
	var existing = upsert.findOrNull(ctx.txApp, 'session_feedback', item.id);
	if (existing) {
		if (existing.getString('user') === ctx.scope.id && sameAnswer(existing, d)) return null;
		return upsert.rejection(
			item,
			409,
			'immutable',
			'Une réponse enregistrée ne change plus : répondez à nouveau si besoin.'
		);
	}
	var record = upsert.newRecord(ctx.txApp, 'session_feedback');
	record.set('id', item.id);
	for (var i = 0; i < FIELDS.length; i++) {
		var name = FIELDS[i];
		record.set(name, name === 'answered_at' ? new DateTime(d[name]).string() : d[name]);
	}
	return upsert.save(ctx, item, record, 'user');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'session_feedback',
	upsert: upsertFeedback,
	accepts: FIELDS.slice(),
	pull: {
		scope: 'own',
		fields: [
			{ name: 'session', type: 'text' },
			{ name: 'module', type: 'text' },
			{ name: 'kind', type: 'text' },
			{ name: 'participant', type: 'text' },
			{ name: 'satisfaction', type: 'number' },
			{ name: 'objectives', type: 'json' },
			{ name: 'next_step', type: 'text' },
			{ name: 'comment', type: 'text' },
			{ name: 'anonymous', type: 'bool' },
			{ name: 'answered_at', type: 'text' }
		]
	}
};
