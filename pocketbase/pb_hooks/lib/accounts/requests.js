// Pending account requests: the list a validator sees (GET /api/collab/accounts/requests) and
// the decision (POST …/requests/{id}/validate, …/refuse with a reason). Who may decide is
// access.js's rule; a validation is the only way (besides an invitation) that an account gets a
// commune in `communes`. Every decision is written to `account_events` and told by e-mail.
/** @type {typeof import('./records.js')} */
var records = require(`${__hooks}/lib/accounts/records.js`);
/** @type {typeof import('./access.js')} */
var access = require(`${__hooks}/lib/accounts/access.js`);
/** @type {typeof import('./mail.js')} */
var mail = require(`${__hooks}/lib/accounts/mail.js`);

var LIST_MAX = 500;

/**
 * The commune fields a validator reads next to the request (the official list's).
 * @param {core.Record} commune
 */
function communeView(commune) {
	return {
		id: commune.id,
		insee: commune.getString('insee'),
		name: commune.getString('name'),
		population: commune.getInt('population'),
		departement: commune.getString('departement'),
		departementName: commune.getString('departement_name'),
		epciName: commune.getString('epci_name'),
		class: commune.getString('class')
	};
}

/**
 * GET /api/collab/accounts/requests: the verified pending requests the caller may decide.
 * @param {core.RequestEvent} e
 */
function list(e) {
	var actor = records.actorOf(/** @type {core.Record} */ (e.auth));
	var pending = e.app.findRecordsByFilter(
		'users',
		"status = 'pending' && verified = true && requested_commune != ''",
		'created',
		5000,
		0
	);
	/** @type {Record<string, core.Record | null>} */
	var communes = {};
	var out = [];
	for (var i = 0; i < pending.length && out.length < LIST_MAX; i++) {
		var user = /** @type {core.Record} */ (pending[i]);
		var communeId = user.getString('requested_commune');
		if (!Object.prototype.hasOwnProperty.call(communes, communeId)) {
			communes[communeId] = records.communeById(e.app, communeId);
		}
		var commune = communes[communeId];
		if (!commune) continue;
		if (!access.mayValidate(actor, records.communeFacts(commune), user.getString('mandate'))) {
			continue;
		}
		out.push({
			id: user.id,
			name: user.getString('name'),
			email: user.email(),
			mandate: user.getString('mandate'),
			created: user.getString('created'),
			commune: communeView(commune)
		});
	}
	return e.json(200, { requests: out, validates: out.length > 0 || actor.role !== 'elu' });
}

/**
 * The pending request `id` the caller may decide, or a refusal already sent.
 * @param {core.RequestEvent} e
 * @returns {{ user: core.Record, commune: core.Record, actor: import('./access.js').Actor } | null}
 */
function decidable(e) {
	var actor = records.actorOf(/** @type {core.Record} */ (e.auth));
	/** @type {core.Record | null} */
	var user;
	try {
		user = e.app.findRecordById('users', e.request ? e.request.pathValue('id') : '');
	} catch {
		user = null;
	}
	var commune = user ? records.communeById(e.app, user.getString('requested_commune')) : null;
	if (!user || !commune) {
		e.json(404, { message: 'Cette demande de compte n’existe pas ou a déjà été traitée.' });
		return null;
	}
	if (!access.mayValidate(actor, records.communeFacts(commune), user.getString('mandate'))) {
		e.json(403, {
			message:
				'Vous ne pouvez pas décider de cette demande : seuls le maire de la commune, un ' +
				'coordinateur de son territoire ou l’équipe nationale le peuvent (la demande d’un maire ' +
				'passe par le coordinateur).'
		});
		return null;
	}
	if (user.getString('status') !== 'pending') {
		e.json(409, { message: 'Cette demande a déjà été traitée.' });
		return null;
	}
	if (!user.verified()) {
		e.json(409, {
			message:
				'Cette personne n’a pas encore confirmé son adresse e-mail : attendez qu’elle le fasse.'
		});
		return null;
	}
	return { user: user, commune: commune, actor: actor };
}

/**
 * POST /api/collab/accounts/requests/{id}/validate
 * @param {core.RequestEvent} e
 */
function validate(e) {
	var decided = decidable(e);
	if (!decided) return;
	var found = decided;
	var user = found.user;
	var commune = found.commune;
	e.app.runInTransaction(function (txApp) {
		user.set('status', 'active');
		user.set('communes', [commune.id]);
		user.set('status_reason', '');
		txApp.save(user);
		records.audit(txApp, {
			user: user.id,
			actor: found.actor.id,
			action: 'validated',
			after: { commune: commune.getString('insee'), mandate: user.getString('mandate') }
		});
	});
	mail.validated(e.app, user, commune.getString('name'));
	return e.json(200, { id: user.id, status: 'active' });
}

/**
 * POST /api/collab/accounts/requests/{id}/refuse { reason }
 * @param {core.RequestEvent} e
 */
function refuse(e) {
	var input = records.body(e);
	var reason = records.cleanReason(input ? input.reason : null);
	if (!reason) {
		return e.json(400, {
			message: 'Indiquez la raison du refus (5 à 500 caractères) : elle est envoyée à la personne.'
		});
	}
	var decided = decidable(e);
	if (!decided) return;
	var found = decided;
	var text = reason;
	var user = found.user;
	e.app.runInTransaction(function (txApp) {
		user.set('status', 'refused');
		user.set('status_reason', reason);
		user.refreshTokenKey();
		txApp.save(user);
		records.audit(txApp, {
			user: user.id,
			actor: found.actor.id,
			action: 'refused',
			reason: text,
			after: { commune: found.commune.getString('insee') }
		});
	});
	mail.refused(e.app, user, text);
	return e.json(200, { id: user.id, status: 'refused' });
}

module.exports = { list: list, validate: validate, refuse: refuse };
