// Roles, territories and the end of a mandate, managed in the app: the national team sets a
// role and territory (POST /api/collab/accounts/users/{id}/role), the national team or the
// coordinator of an élu's commune deactivates or reactivates the account (…/status), volunteers
// apply to facilitate (POST /api/collab/accounts/facilitator-application) and coordinators
// qualify them per volet (…/qualify). Each change needs a reason and writes `account_events`
// (who, when, why, before, after). Deactivating keeps the account and its communes (the
// commune's project history names it) and signs out its devices; sign-in is then refused.
/** @type {typeof import('./records.js')} */
var records = require(`${__hooks}/lib/accounts/records.js`);
/** @type {typeof import('./access.js')} */
var access = require(`${__hooks}/lib/accounts/access.js`);
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);

var ROLES = ['elu', 'facilitateur', 'coordinateur', 'national'];
var KINDS = ['', 'epci', 'departement', 'region', 'national', 'fabrique'];
var VOLETS = ['intelligence_collective', 'economie_symbiotique', 'transverse'];
var NO_REASON = 'Indiquez la raison de ce changement (5 à 500 caractères) : elle est gardée.';

/**
 * @param {core.Record} user
 */
function snapshot(user) {
	return {
		role: user.getString('role'),
		status: user.getString('status'),
		territory_kind: user.getString('territory_kind'),
		territory_code: user.getString('territory_code'),
		volets: user.getStringSlice('volets')
	};
}

/**
 * The target account of the route's `{id}`, or null after answering 404.
 * @param {core.RequestEvent} e
 */
function target(e) {
	try {
		return e.app.findRecordById('users', e.request ? e.request.pathValue('id') : '');
	} catch {
		e.json(404, { message: 'Ce compte n’existe pas.' });
		return null;
	}
}

/**
 * Territory fields of a body, checked, or a French problem.
 * @param {Record<string, any>} input
 * @returns {{ kind: string, code: string } | { problem: string }}
 */
function territory(input) {
	var kind = typeof input.territory_kind === 'string' ? input.territory_kind : '';
	var code = typeof input.territory_code === 'string' ? input.territory_code.trim() : '';
	if (!limits.isOneOf(KINDS, kind)) return { problem: 'Type de territoire inconnu : ' + kind };
	if (kind === 'fabrique') {
		var found = /^[a-z0-9]{15}$/.test(code)
			? $app.findRecordsByFilter('fabriques', 'id = {:id}', '', 1, 0, { id: code })
			: [];
		if (!found.length)
			return { problem: 'Cette fabrique n’existe pas : indiquez son identifiant.' };
		return { kind: kind, code: code };
	}
	if (kind && kind !== 'national' && !/^[0-9A-Z]{2,9}$/.test(code)) {
		return {
			problem:
				'Indiquez le code du territoire (département « 11 », région « 76 », SIREN d’un EPCI).'
		};
	}
	return { kind: kind, code: kind === 'national' ? '' : code };
}

/**
 * POST /api/collab/accounts/users/{id}/role { role, territory_kind, territory_code, reason }
 * @param {core.RequestEvent} e
 */
function setRole(e) {
	var actor = records.actorOf(/** @type {core.Record} */ (e.auth));
	if (!access.isNational(actor)) {
		return e.json(403, {
			message: 'Seule l’équipe nationale change les rôles et les territoires.'
		});
	}
	var input = records.body(e);
	if (!input) return e.json(400, { message: 'La demande doit être un objet JSON.' });
	var reason = records.cleanReason(input.reason);
	if (!reason) return e.json(400, { message: NO_REASON });
	if (!limits.isOneOf(ROLES, input.role)) {
		return e.json(400, { message: 'Rôle inconnu : élu, facilitateur, coordinateur ou national.' });
	}
	var place = territory(input);
	if ('problem' in place) return e.json(400, { message: place.problem });
	var found = target(e);
	if (!found) return;
	var user = /** @type {core.Record} */ (found);
	var why = /** @type {string} */ (reason);
	var before = snapshot(user);
	user.set('role', input.role);
	user.set('territory_kind', place.kind);
	user.set('territory_code', place.code);
	e.app.runInTransaction(function (txApp) {
		txApp.save(user);
		records.audit(txApp, {
			user: user.id,
			actor: actor.id,
			action: 'role_changed',
			reason: why,
			before: before,
			after: snapshot(user)
		});
	});
	return e.json(200, snapshot(user));
}

/**
 * POST /api/collab/accounts/users/{id}/status { status: 'inactive' | 'active', reason }
 * @param {core.RequestEvent} e
 */
function setStatus(e) {
	var actor = records.actorOf(/** @type {core.Record} */ (e.auth));
	var input = records.body(e);
	if (!input) return e.json(400, { message: 'La demande doit être un objet JSON.' });
	var reason = records.cleanReason(input.reason);
	if (!reason) return e.json(400, { message: NO_REASON });
	if (input.status !== 'inactive' && input.status !== 'active') {
		return e.json(400, { message: 'État inconnu : « active » ou « inactive ».' });
	}
	var found = target(e);
	if (!found) return;
	var user = /** @type {core.Record} */ (found);
	var why = /** @type {string} */ (reason);
	var commune = records.communeById(e.app, user.getStringSlice('communes')[0] || '');
	if (!access.mayChangeStatus(actor, commune ? records.communeFacts(commune) : null)) {
		return e.json(403, {
			message: 'Seuls l’équipe nationale et le coordinateur du territoire de l’élu le peuvent.'
		});
	}
	if (user.id === actor.id)
		return e.json(403, { message: 'Vous ne pouvez pas changer votre propre compte ainsi.' });
	var before = snapshot(user);
	var status = input.status;
	user.set('status', status);
	if (status === 'inactive') user.refreshTokenKey();
	e.app.runInTransaction(function (txApp) {
		txApp.save(user);
		records.audit(txApp, {
			user: user.id,
			actor: actor.id,
			action: status === 'inactive' ? 'deactivated' : 'reactivated',
			reason: why,
			before: before,
			after: snapshot(user)
		});
	});
	return e.json(200, snapshot(user));
}

/**
 * POST /api/collab/accounts/facilitator-application { motivation }
 * @param {core.RequestEvent} e
 */
function apply(e) {
	var user = /** @type {core.Record} */ (e.auth);
	var input = records.body(e);
	var motivation = input && typeof input.motivation === 'string' ? input.motivation.trim() : '';
	if (motivation.length < 20 || motivation.length > 2000) {
		return e.json(400, {
			message: 'Dites en quelques lignes (20 à 2 000 caractères) pourquoi vous souhaitez animer.'
		});
	}
	if (user.getString('status') !== 'active') {
		return e.json(403, { message: 'Votre compte doit d’abord être validé.' });
	}
	user.set('facilitator_application', motivation);
	e.app.runInTransaction(function (txApp) {
		txApp.save(user);
		records.audit(txApp, { user: user.id, actor: user.id, action: 'facilitator_applied' });
	});
	return e.json(200, { applied: true });
}

/**
 * POST /api/collab/accounts/users/{id}/qualify { volets, territory_kind, territory_code, reason }:
 * a coordinator (for their own territory) or the national team makes a volunteer a facilitator.
 * @param {core.RequestEvent} e
 */
function qualify(e) {
	var actor = records.actorOf(/** @type {core.Record} */ (e.auth));
	var input = records.body(e);
	if (!input) return e.json(400, { message: 'La demande doit être un objet JSON.' });
	var reason = records.cleanReason(input.reason);
	if (!reason) return e.json(400, { message: NO_REASON });
	var volets = Array.isArray(input.volets) ? input.volets : [];
	for (var i = 0; i < volets.length; i++) {
		if (!limits.isOneOf(VOLETS, volets[i]))
			return e.json(400, { message: 'Volet inconnu : ' + volets[i] });
	}
	if (!volets.length) return e.json(400, { message: 'Cochez au moins un volet.' });
	var place = territory(input);
	if ('problem' in place) return e.json(400, { message: place.problem });
	var national = access.isNational(actor);
	var sameTerritory =
		actor.role === 'coordinateur' &&
		actor.status === 'active' &&
		(actor.territoryKind === 'national' ||
			(actor.territoryKind === place.kind &&
				actor.territoryCode === place.code &&
				place.code !== ''));
	if (!national && !sameTerritory) {
		return e.json(403, {
			message: 'Un coordinateur qualifie des animateurs pour son propre territoire seulement.'
		});
	}
	var found = target(e);
	if (!found) return;
	var user = /** @type {core.Record} */ (found);
	var why = /** @type {string} */ (reason);
	if (user.getString('role') === 'coordinateur' || user.getString('role') === 'national') {
		return e.json(409, { message: 'Ce compte a déjà un rôle de l’équipe du programme.' });
	}
	var before = snapshot(user);
	user.set('role', 'facilitateur');
	user.set('volets', volets);
	user.set('territory_kind', place.kind);
	user.set('territory_code', place.code);
	e.app.runInTransaction(function (txApp) {
		txApp.save(user);
		records.audit(txApp, {
			user: user.id,
			actor: actor.id,
			action: 'qualified',
			reason: why,
			before: before,
			after: snapshot(user)
		});
	});
	return e.json(200, snapshot(user));
}

/**
 * GET /api/collab/accounts/users?q=…: accounts the caller manages (national: all; coordinator:
 * élus of their territory and facilitator applicants), 50 at most.
 * @param {core.RequestEvent} e
 */
function search(e) {
	var actor = records.actorOf(/** @type {core.Record} */ (e.auth));
	if (!access.invites(actor))
		return e.json(403, { message: 'Réservé aux coordinateurs et à l’équipe nationale.' });
	var q = String(e.requestInfo().query['q'] || '').trim();
	var filter = q ? '(email ~ {:q} || name ~ {:q} || identifier ~ {:q})' : "id != ''";
	var found = e.app.findRecordsByFilter('users', filter, '-updated', 200, 0, { q: q });
	var out = [];
	for (var i = 0; i < found.length && out.length < 50; i++) {
		var user = /** @type {core.Record} */ (found[i]);
		var commune = records.communeById(
			e.app,
			user.getStringSlice('communes')[0] || user.getString('requested_commune')
		);
		if (
			!access.isNational(actor) &&
			!(commune && access.coversCommune(actor, records.communeFacts(commune)))
		) {
			continue;
		}
		out.push({
			id: user.id,
			name: user.getString('name'),
			email: user.email(),
			role: user.getString('role'),
			status: user.getString('status'),
			mandate: user.getString('mandate'),
			territoryKind: user.getString('territory_kind'),
			territoryCode: user.getString('territory_code'),
			applied: user.getString('facilitator_application') !== '',
			commune: commune
				? { insee: commune.getString('insee'), name: commune.getString('name') }
				: null
		});
	}
	return e.json(200, { users: out });
}

module.exports = {
	setRole: setRole,
	setStatus: setStatus,
	apply: apply,
	qualify: qualify,
	search: search
};
