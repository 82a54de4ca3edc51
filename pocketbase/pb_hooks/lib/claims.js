// Claims (pocketbase/README.md "Claims", DESIGN.md § 6): a person who signed in a session without
// an account links their participant row to their validated account with the receipt code printed
// on their attestation; the session's facilitator or the mayor of the participant's commune
// confirms it; then `participants.user` (a row no seal covers) points at the account, so their
// attendance, certificates and the charter signed in the room count as theirs. Owns the claim
// routes' checks. Never writes an attendance row or a seal, never links on e-mail or name alone.
/** @type {typeof import('./accounts/records.js')} */
var records = require(`${__hooks}/lib/accounts/records.js`);
/** @type {typeof import('./charters.js')} */
var charters = require(`${__hooks}/lib/charters.js`);
/** @type {typeof import('./sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);
/** @type {typeof import('./sync/sequence.js')} */
var sequences = require(`${__hooks}/lib/sync/sequence.js`);
/** @type {typeof import('./sync/upsert.js')['findOrNull']} */
var findOrNull = require(`${__hooks}/lib/sync/upsert.js`).findOrNull;

/** Wrong codes allowed per account, and per participant row, in a rolling hour. */
var MAX_WRONG_PER_USER = 5;
var MAX_WRONG_PER_PARTICIPANT = 10;
var WRONG_CODE =
	'Ce code ne correspond pas à cette participation. Recopiez le code du reçu imprimé sur votre attestation (12 caractères, par exemple 7K2M-QX4P-9ZT1).';
var TOO_MANY =
	'Trop de codes erronés : réessayez dans une heure, ou demandez à l’animateur de la session de vous montrer le bon lien.';

/**
 * Wrong codes of the last hour for `column` = `value`.
 * @param {CoreApp} app
 * @param {string} column `user` or `participant`
 * @param {string} value
 */
function recentWrong(app, column, value) {
	var row = new DynamicModel({ n: 0 });
	app
		.db()
		.newQuery(
			'SELECT COUNT(*) AS n FROM claim_attempts WHERE ' +
				column +
				" = {:v} AND created >= strftime('%Y-%m-%d %H:%M:%fZ', 'now', '-1 hour')"
		)
		.bind({ v: value })
		.one(row);
	return row.n;
}

/**
 * True when `code` is the receipt of a seal of the participant's session that covers one of
 * their attendance rows (the code printed on their attestation).
 * @param {CoreApp} app
 * @param {core.Record} participant
 * @param {string} code normalised `XXXX-XXXX-XXXX`
 */
function provesAttendance(app, participant, code) {
	var row = new DynamicModel({ n: 0 });
	app
		.db()
		.newQuery(
			'SELECT COUNT(*) AS n FROM attendance_seals s, json_each(s.covers) c ' +
				"JOIN attendances a ON a.id = json_extract(c.value, '$.id') " +
				'WHERE s.session = {:session} AND s.receipt = {:code} AND a.participant = {:participant}'
		)
		.bind({ session: participant.getString('session'), code: code, participant: participant.id })
		.one(row);
	return row.n > 0;
}

/**
 * The claim as the API answers it.
 * @param {core.Record} claim
 */
function view(claim) {
	return {
		id: claim.id,
		participant: claim.getString('participant'),
		session: claim.getString('session'),
		user: claim.getString('user'),
		status: claim.getString('status'),
		confirmed_at: claim.getString('confirmed_at')
	};
}

/**
 * POST /api/collab/claims { participant, code }: the signed-in, validated élu asks to link the
 * participant row to their account. Idempotent: the same request answers the same claim.
 * @param {core.RequestEvent} e
 */
function claim(e) {
	var auth = e.auth;
	if (!auth) return e.json(401, { message: 'Connectez-vous pour relier votre participation.' });
	if (auth.getString('role') !== 'elu' || auth.getString('status') !== 'active') {
		return e.json(403, {
			message:
				'Votre compte doit d’abord être validé par votre mairie ou votre coordinateur ; vous pourrez ensuite relier votre participation.'
		});
	}
	var input = records.body(e);
	var participantId = input && typeof input.participant === 'string' ? input.participant : '';
	if (!sessions.ID.test(participantId)) {
		return e.json(400, { message: 'Le lien est incomplet : la participation manque.' });
	}
	if (
		recentWrong(e.app, 'user', auth.id) >= MAX_WRONG_PER_USER ||
		recentWrong(e.app, 'participant', participantId) >= MAX_WRONG_PER_PARTICIPANT
	) {
		return e.json(429, { message: TOO_MANY });
	}
	var code = charters.parseReceiptCode(input ? input.code : null);
	var participant = findOrNull(e.app, 'participants', participantId);
	if (!code || !participant || !provesAttendance(e.app, participant, code)) {
		var attempt = new Record(e.app.findCollectionByNameOrId('claim_attempts'));
		attempt.set('user', auth.id);
		attempt.set('participant', participantId);
		e.app.save(attempt);
		return e.json(400, { message: WRONG_CODE });
	}
	var linked = participant.getString('user');
	if (linked && linked !== auth.id) {
		return e.json(409, { message: 'Cette participation est déjà reliée à un autre compte.' });
	}
	/** @type {core.Record | null} */
	var existing;
	try {
		existing = e.app.findFirstRecordByFilter('claims', 'participant = {:p} && user = {:u}', {
			p: participantId,
			u: auth.id
		});
	} catch {
		existing = null;
	}
	if (existing) return e.json(200, view(existing));
	var record = new Record(e.app.findCollectionByNameOrId('claims'));
	record.set('participant', participantId);
	record.set('session', participant.getString('session'));
	record.set('user', auth.id);
	record.set('receipt', code);
	record.set('status', linked === auth.id ? 'confirmed' : 'pending');
	e.app.save(record);
	return e.json(201, view(record));
}

/**
 * True when `actor` may confirm a claim on `participant` of `session`: one of the session's
 * facilitators, or the active mayor of the participant's commune.
 * @param {CoreApp} app
 * @param {core.Record} actor
 * @param {core.Record} session
 * @param {core.Record} participant
 */
function mayConfirm(app, actor, session, participant) {
	if (sessions.runs(session, actor.id)) return true;
	var who = records.actorOf(actor);
	if (who.role !== 'elu' || who.status !== 'active' || who.mandate !== 'maire') return false;
	var commune = records.communeByInsee(app, participant.getString('commune_insee'));
	return commune !== null && who.communes.indexOf(commune.id) >= 0;
}

/**
 * POST /api/collab/claims/{id}/confirm: links the participant row to the claimant's account.
 * Idempotent. Sealed attendance rows are not touched: reads resolve through participants.user.
 * @param {core.RequestEvent} e
 */
function confirmClaim(e) {
	var auth = e.auth;
	if (!auth) return e.json(401, { message: 'Connectez-vous.' });
	var confirmer = auth;
	var found = findOrNull(e.app, 'claims', e.request ? e.request.pathValue('id') : '');
	if (!found) return e.json(404, { message: 'Cette demande de rattachement est introuvable.' });
	var claimRow = found;
	var participant = findOrNull(e.app, 'participants', claimRow.getString('participant'));
	var session = findOrNull(e.app, 'training_sessions', claimRow.getString('session'));
	if (!participant || !session) {
		return e.json(404, { message: 'La participation de cette demande n’existe plus.' });
	}
	var person = participant;
	if (claimRow.getString('user') === auth.id || !mayConfirm(e.app, auth, session, person)) {
		return e.json(403, {
			message:
				'Seul un animateur de la session ou le maire de la commune de la personne confirme ce rattachement.'
		});
	}
	if (claimRow.getString('status') === 'confirmed') return e.json(200, view(claimRow));
	var linked = person.getString('user');
	if (linked && linked !== claimRow.getString('user')) {
		return e.json(409, { message: 'Cette participation est déjà reliée à un autre compte.' });
	}
	e.app.runInTransaction(function (txApp) {
		var sequence = new sequences.Sequence(txApp);
		var row = txApp.findRecordById('participants', person.id);
		row.set('user', claimRow.getString('user'));
		row.set('rev', row.getInt('rev') + 1);
		row.set('seq', sequence.next());
		txApp.save(row);
		sequence.save();
		var fresh = txApp.findRecordById('claims', claimRow.id);
		fresh.set('status', 'confirmed');
		fresh.set('confirmed_by', confirmer.id);
		fresh.set('confirmed_at', new DateTime().string());
		txApp.save(fresh);
		claimRow = fresh;
	});
	return e.json(200, view(claimRow));
}

/**
 * GET /api/collab/claims/pending: the pending claims the caller may confirm (their sessions'
 * participants, or their commune's as mayor), with the person's name as the sheet has it.
 * @param {core.RequestEvent} e
 */
function pending(e) {
	var auth = e.auth;
	if (!auth) return e.json(401, { message: 'Connectez-vous.' });
	var rows = e.app.findRecordsByFilter('claims', "status = 'pending'", '-created', 500, 0);
	var items = [];
	for (var i = 0; i < rows.length; i++) {
		var row = /** @type {core.Record} */ (rows[i]);
		var participant = findOrNull(e.app, 'participants', row.getString('participant'));
		var session = findOrNull(e.app, 'training_sessions', row.getString('session'));
		var claimant = findOrNull(e.app, 'users', row.getString('user'));
		if (!participant || !session || !claimant) continue;
		if (row.getString('user') === auth.id) continue;
		if (!mayConfirm(e.app, auth, session, participant)) continue;
		var item = view(row);
		items.push({
			id: item.id,
			status: item.status,
			participant_name: participant.getString('name'),
			commune_name: participant.getString('commune_name'),
			session_title: session.getString('title'),
			account_name: claimant.getString('name'),
			account_email: claimant.getString('email')
		});
	}
	return e.json(200, { items: items });
}

module.exports = {
	claim: claim,
	confirm: confirmClaim,
	pending: pending,
	MAX_WRONG_PER_USER: MAX_WRONG_PER_USER
};
