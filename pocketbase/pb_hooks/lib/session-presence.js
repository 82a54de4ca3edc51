// À distance presence by code (issue 12, item 4): GET /api/collab/sessions/{id}/presence/{slot}
// gives those who run the session the half-day's 6-digit code (derived from the session id, the
// slot and a secret kept hidden in the session row, created on first use); POST
// /api/collab/sessions/{id}/presence `{ slot, code }` lets an élu with an account who is a
// participant confirm their presence: the server writes their attendance row (present,
// a_distance, no drawn signature), authored by them and about their own participant row, through
// the sync sequence so every device pulls it. Wrong codes are counted per account (5 per 15
// minutes, then 429). A sealed half-day is never changed. Never writes any other row.
/** @type {typeof import('./sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);
/** @type {typeof import('./sync/sequence.js')} */
var sequences = require(`${__hooks}/lib/sync/sequence.js`);
/** @type {typeof import('./sync/upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

var MAX_FAILURES = 5;
var WINDOW_MS = 15 * 60 * 1000;
var PREFIX = 'presence-fail:';

var MESSAGES = {
	signedOut: 'Connectez-vous pour confirmer votre présence.',
	unknown: 'Cette session n’existe pas sur le serveur.',
	notYours: 'Seuls les animateurs de cette session voient son code de présence.',
	slot: 'Cette demi-journée ne fait pas partie de la session.',
	remote:
		'Cette session a lieu en présentiel : la présence se signe sur la tablette de l’animateur.',
	notParticipant:
		'Vous n’êtes pas inscrit à cette session : demandez à l’animateur de vous ajouter.',
	badCode: 'Ce code ne correspond pas. Vérifiez les 6 chiffres affichés par l’animateur.',
	tooMany:
		'Trop de codes erronés : patientez un quart d’heure, puis demandez le code à l’animateur.',
	sealed: 'Cette demi-journée est scellée : demandez une correction à l’animateur.',
	body: 'Indiquez la demi-journée et le code à 6 chiffres.'
};

/**
 * @param {string} id
 * @returns {core.Record | null}
 */
function findSession(id) {
	return upsert.findOrNull($app, 'training_sessions', id);
}

/**
 * The 6-digit code of (session, slot) under `secret`.
 * @param {string} session
 * @param {string} slot
 * @param {string} secret
 */
function codeOf(session, slot, secret) {
	var mac = $security.hs256('presence/' + session + '/' + slot, secret);
	var n = parseInt(mac.slice(0, 12), 16) % 1000000;
	var text = String(n);
	while (text.length < 6) text = '0' + text;
	return text;
}

/**
 * GET: `{ code }` for someone who runs the session.
 * @param {core.RequestEvent} e
 * @param {string} id
 * @param {string} slot
 */
function code(e, id, slot) {
	if (!e.auth || e.auth.collection().name !== 'users') {
		return e.json(401, { message: MESSAGES.signedOut });
	}
	var session = findSession(id);
	if (!session) return e.json(404, { message: MESSAGES.unknown });
	if (!sessions.runs(session, e.auth.id)) return e.json(403, { message: MESSAGES.notYours });
	if (sessions.slotKeys(session).indexOf(slot) < 0) return e.json(400, { message: MESSAGES.slot });
	if (session.getString('modality') === 'presentiel') {
		return e.json(400, { message: MESSAGES.remote });
	}
	var secret = session.getString('presence_secret');
	if (!secret) {
		secret = $security.randomString(40);
		session.set('presence_secret', secret);
		$app.unsafeWithoutHooks().save(session);
	}
	return e.json(200, { code: codeOf(id, slot, secret) });
}

/**
 * Counts a wrong code; true when the account is over the limit (before this attempt).
 * @param {string} user
 * @param {boolean} failed
 */
function throttled(user, failed) {
	var store = $app.store();
	var key = PREFIX + user;
	var now = Date.now();
	/** @type {{ count: number, first: number } | null} */
	var f;
	try {
		f = JSON.parse(String(store.get(key) || 'null'));
	} catch {
		f = null;
	}
	if (f && now - f.first > WINDOW_MS) f = null;
	if (!failed) return Boolean(f && f.count >= MAX_FAILURES);
	var next = f ? { count: f.count + 1, first: f.first } : { count: 1, first: now };
	store.set(key, JSON.stringify(next));
	return false;
}

/**
 * POST: the élu confirms their presence; `{ id, hash }` of their attendance row (200, also when
 * it was already there).
 * @param {core.RequestEvent} e
 * @param {string} id
 */
function confirmPresence(e, id) {
	var auth = e.auth;
	if (!auth || auth.collection().name !== 'users') {
		return e.json(401, { message: MESSAGES.signedOut });
	}
	var user = auth.id;
	if (throttled(user, false)) return e.json(429, { message: MESSAGES.tooMany });
	/** @type {any} */
	var body;
	try {
		body = e.requestInfo().body || {};
	} catch {
		body = {};
	}
	var slot = typeof body.slot === 'string' ? body.slot : '';
	var given = typeof body.code === 'string' ? body.code.replace(/\s/g, '') : '';
	if (!sessions.SLOT_KEY.test(slot) || !/^\d{6}$/.test(given)) {
		return e.json(400, { message: MESSAGES.body });
	}
	var session = findSession(id);
	if (!session) return e.json(404, { message: MESSAGES.unknown });
	if (sessions.slotKeys(session).indexOf(slot) < 0) return e.json(400, { message: MESSAGES.slot });
	if (session.getString('modality') === 'presentiel') {
		return e.json(400, { message: MESSAGES.remote });
	}
	var participants = $app.findRecordsByFilter(
		'participants',
		'session = {:session} && user = {:user}',
		'',
		1,
		0,
		{ session: id, user: user }
	);
	var found = participants[0];
	if (!found) return e.json(403, { message: MESSAGES.notParticipant });
	/** @type {core.Record} */
	var participant = found;
	var secret = session.getString('presence_secret');
	if (!secret || codeOf(id, slot, secret) !== given) {
		throttled(user, true);
		return e.json(400, { message: MESSAGES.badCode });
	}
	var rowId = sessions.attendanceId(id, slot, participant.id);
	/** @type {{ status: number, body: Record<string, string> }} */
	var answer = { status: 200, body: {} };
	$app.runInTransaction(function (txApp) {
		var existing = upsert.findOrNull(txApp, 'attendances', rowId);
		if (existing) {
			answer = { status: 200, body: { id: rowId, hash: existing.getString('hash') } };
			return;
		}
		if (sessions.sealedHashes(txApp, id, slot, rowId).length) {
			answer = { status: 409, body: { message: MESSAGES.sealed } };
			return;
		}
		var d = {
			session: id,
			slot: slot,
			participant: participant.id,
			status: 'present',
			mode: 'a_distance',
			signature: '',
			signed_at: new Date().toISOString(),
			arrived_at: '',
			left_at: '',
			amends: '',
			note: ''
		};
		var hash = $security.sha256(sessions.canonicalAttendance(d));
		var record = new Record(txApp.findCollectionByNameOrId('attendances'));
		record.set('id', rowId);
		for (var key in d) record.set(key, /** @type {Record<string, string>} */ (d)[key]);
		record.set('hash', hash);
		record.set('subject_user', user);
		record.set('author', user);
		// No device: every device of the élu pulls the row, the one that confirmed included (the
		// app keeps no copy of what it sent). A raw device id here would not be the per-user key
		// the sync compares (accounts/devices.js deviceKey) anyway.
		record.set('device', '');
		record.set('rev', 1);
		var sequence = new sequences.Sequence(txApp);
		record.set('seq', sequence.next());
		txApp.save(record);
		sequence.save();
		answer = { status: 200, body: { id: rowId, hash: hash } };
	});
	return e.json(answer.status, answer.body);
}

module.exports = { code: code, confirm: confirmPresence, codeOf: codeOf };
