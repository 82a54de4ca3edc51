// Invitations by coordinators (their territory) and the national team (anywhere): rows of a
// spreadsheet (read on the device by the app's CSV module) or one at a time, each checked here:
// a refused row is answered with its line and a French reason, the others get an account linked
// to their commune and mandate and an e-mail with a one-time link (7 days). Re-inviting an
// address renews its link (the older links stop working) and never makes a second account.
// The link's secret is in the e-mail only: `invitations` keeps its SHA-256.
/** @type {typeof import('./records.js')} */
var records = require(`${__hooks}/lib/accounts/records.js`);
/** @type {typeof import('./access.js')} */
var access = require(`${__hooks}/lib/accounts/access.js`);
/** @type {typeof import('./mail.js')} */
var mail = require(`${__hooks}/lib/accounts/mail.js`);

var LINK_DAYS = 7;
/** Rows per request: the app sends a long spreadsheet in several requests. */
var MAX_ROWS = 200;
var TOKEN = /^[A-Za-z0-9]{40}$/;

/**
 * The commune a row names: an INSEE code, or a name only one commune has.
 * @param {CoreApp} app
 * @param {string} text
 * @returns {{ commune: core.Record | null, reason: string }}
 */
function findCommune(app, text) {
	var value = text.trim();
	if (!value) return { commune: null, reason: 'commune manquante (code INSEE ou nom)' };
	if (/^[0-9][0-9AB][0-9]{3}$/i.test(value)) {
		var byCode = records.communeByInsee(app, value.toUpperCase());
		return byCode
			? { commune: byCode, reason: '' }
			: { commune: null, reason: 'code INSEE inconnu : ' + value };
	}
	var named = app.findRecordsByFilter('communes', 'name = {:name}', '', 2, 0, { name: value });
	if (named.length === 1) return { commune: /** @type {core.Record} */ (named[0]), reason: '' };
	if (named.length > 1) {
		return {
			commune: null,
			reason: 'plusieurs communes s’appellent « ' + value + ' » : indiquez le code INSEE'
		};
	}
	return { commune: null, reason: 'commune inconnue : « ' + value + ' »' };
}

/**
 * The account of a personal identifier, or null.
 * @param {CoreApp} app
 * @param {string} identifier
 */
function userByIdentifier(app, identifier) {
	try {
		return app.findFirstRecordByData('users', 'identifier', identifier);
	} catch {
		return null;
	}
}

/**
 * Where an account's e-mails go: its address, or the shared one of an identifier account.
 * @param {core.Record} user
 */
function mailboxOf(user) {
	return user.email() || user.getString('notice_email');
}

/**
 * Creates the link of `user` (older unused links of the user stop working) and returns its secret.
 * @param {CoreApp} app
 * @param {core.Record} user
 * @param {string} inviter
 */
function newLink(app, user, inviter) {
	var older = app.findRecordsByFilter('invitations', "user = {:user} && used = ''", '', 100, 0, {
		user: user.id
	});
	var now = new DateTime();
	for (var i = 0; i < older.length; i++) {
		var row = /** @type {core.Record} */ (older[i]);
		row.set('expires', now);
		app.save(row);
	}
	var token = $security.randomString(40);
	var link = new Record(app.findCollectionByNameOrId('invitations'));
	link.set('user', user.id);
	link.set('invited_by', inviter);
	link.set('email', mailboxOf(user));
	link.set('token_hash', $security.sha256(token));
	link.set('expires', now.addDate(0, 0, LINK_DAYS));
	app.save(link);
	return token;
}

/**
 * One row: creates or renews the invitation, or returns why not.
 * @param {CoreApp} app
 * @param {import('./access.js').Actor} actor
 * @param {Record<string, any>} row
 * @returns {{ status: 'created' | 'renewed', email: string } | { reason: string }}
 */
function inviteRow(app, actor, row) {
	var name = records.cleanName(row.name);
	if (!name) return { reason: 'nom manquant ou trop long' };
	var email = records.cleanEmail(row.email);
	if (!email) return { reason: 'adresse e-mail invalide : « ' + String(row.email || '') + ' »' };
	var mandate = typeof row.mandate === 'string' ? row.mandate.trim().toLowerCase() : '';
	if (mandate === 'adjointe') mandate = 'adjoint';
	if (mandate === 'conseillère' || mandate === 'conseillere') mandate = 'conseiller';
	if (!records.isMandate(mandate)) {
		return { reason: 'mandat inconnu : « ' + mandate + ' » (maire, adjoint ou conseiller)' };
	}
	var found = findCommune(app, typeof row.commune === 'string' ? row.commune : '');
	if (!found.commune) return { reason: found.reason };
	var commune = found.commune;
	if (!access.mayInvite(actor, records.communeFacts(commune))) {
		return {
			reason: 'commune hors de votre territoire : « ' + commune.getString('name') + ' »'
		};
	}
	// A personal identifier: the élu shares the mairie's address, which only receives notices.
	var identifier = typeof row.identifier === 'string' ? row.identifier.trim().toLowerCase() : '';
	if (identifier && !/^[a-z0-9][a-z0-9.-]{2,39}$/.test(identifier)) {
		return {
			reason:
				'identifiant invalide : « ' + identifier + ' » (3 à 40 lettres, chiffres, points ou tirets)'
		};
	}
	var user = identifier ? userByIdentifier(app, identifier) : records.userByEmail(app, email);
	var status = 'renewed';
	if (user) {
		if (user.getString('role') !== 'elu')
			return { reason: 'cette adresse est celle d’un compte de l’équipe du programme' };
		var current = user.getStringSlice('communes');
		if (current.length && current.indexOf(commune.id) < 0) {
			return { reason: 'cette adresse a déjà un compte dans une autre commune' };
		}
	} else {
		status = 'created';
		user = new Record(app.findCollectionByNameOrId('users'));
		if (identifier) {
			user.set('identifier', identifier);
			user.set('notice_email', email);
		} else {
			user.setEmail(email);
		}
		user.setPassword(records.randomPassword());
		user.setVerified(false);
		user.set('role', 'elu');
	}
	var before = status === 'renewed' ? { status: user.getString('status') } : null;
	user.set('name', name);
	user.set('mandate', mandate);
	user.set('status', 'active');
	user.set('communes', [commune.id]);
	user.set('requested_commune', commune.id);
	app.save(user);
	var token = newLink(app, user, actor.id);
	records.audit(app, {
		user: user.id,
		actor: actor.id,
		action: 'invited',
		before: before,
		after: { commune: commune.getString('insee'), mandate: mandate }
	});
	mail.invitation(app, user, commune.getString('name'), token, LINK_DAYS);
	return { status: /** @type {'created' | 'renewed'} */ (status), email: email };
}

/**
 * One row in its own transaction: a failure leaves nothing of that row.
 * @param {CoreApp} app
 * @param {import('./access.js').Actor} actor
 * @param {Record<string, any>} row
 * @returns {{ status: 'created' | 'renewed', email: string } | { reason: string }}
 */
function inviteInTransaction(app, actor, row) {
	/** @type {Array<{ status: 'created' | 'renewed', email: string } | { reason: string }>} */
	var out = [];
	try {
		app.runInTransaction(function (txApp) {
			var result = inviteRow(txApp, actor, row);
			out.push(result);
			// A refused row must leave nothing behind: throwing rolls the transaction back.
			if ('reason' in result) throw new Error('refused');
		});
	} catch (error) {
		if (out.length) return out[0];
		return { reason: 'invitation impossible (' + String(error) + ')' };
	}
	return out[0];
}

/**
 * POST /api/collab/accounts/invitations { rows: [{ line, name, email, commune, mandate }] }
 * @param {core.RequestEvent} e
 */
function invite(e) {
	var actor = records.actorOf(/** @type {core.Record} */ (e.auth));
	if (!access.invites(actor)) {
		return e.json(403, {
			message: 'Seuls les coordinateurs et l’équipe nationale invitent des élus.'
		});
	}
	var input = records.body(e);
	var rows = input && Array.isArray(input.rows) ? input.rows : null;
	if (!rows || rows.length === 0) {
		return e.json(400, { message: 'La demande doit contenir une liste « rows » d’invitations.' });
	}
	if (rows.length > MAX_ROWS) {
		return e.json(413, {
			message: 'Au plus ' + MAX_ROWS + ' invitations par envoi : l’application découpe le fichier.'
		});
	}
	/** @type {Record<string, boolean>} */
	var seen = {};
	var invited = [];
	var refused = [];
	for (var i = 0; i < rows.length; i++) {
		var row = rows[i];
		var line = row && typeof row.line === 'number' ? row.line : i + 1;
		if (!row || typeof row !== 'object' || Array.isArray(row)) {
			refused.push({ line: line, reason: 'ligne illisible' });
			continue;
		}
		var email = records.cleanEmail(row.email);
		// Élus with a personal identifier may share one address; the others may not.
		var identifier = typeof row.identifier === 'string' ? row.identifier.trim().toLowerCase() : '';
		var key = identifier ? 'id:' + identifier : email;
		if (key && Object.prototype.hasOwnProperty.call(seen, key)) {
			refused.push({
				line: line,
				reason: identifier
					? 'identifiant déjà présent plus haut dans le fichier : ' + identifier
					: 'adresse déjà présente plus haut dans le fichier : ' + email
			});
			continue;
		}
		if (key) seen[key] = true;
		var result = inviteInTransaction(e.app, actor, row);
		if ('reason' in result) refused.push({ line: line, reason: result.reason });
		else invited.push({ line: line, email: result.email, status: result.status });
	}
	return e.json(200, { invited: invited, refused: refused });
}

/**
 * The invitation of the link's secret `token`, or a French reason.
 * @param {CoreApp} app
 * @param {string} token
 * @returns {{ link: core.Record, user: core.Record } | { status: number, message: string }}
 */
function findLink(app, token) {
	var gone = {
		status: 410,
		message:
			'Ce lien d’invitation n’est plus valable (déjà utilisé, remplacé par un plus récent ou ' +
			'expiré). Demandez une nouvelle invitation à votre coordinateur, ou choisissez « Mot de ' +
			'passe oublié » sur la page de connexion.'
	};
	if (!TOKEN.test(token)) return gone;
	var link;
	try {
		link = app.findFirstRecordByData('invitations', 'token_hash', $security.sha256(token));
	} catch {
		return gone;
	}
	if (link.getString('used')) return gone;
	if (link.getDateTime('expires').unix() <= new DateTime().unix()) return gone;
	var user;
	try {
		user = app.findRecordById('users', link.getString('user'));
	} catch {
		return gone;
	}
	if (user.getString('status') !== 'active') return gone;
	return { link: link, user: user };
}

/**
 * GET /api/collab/accounts/invitation/{token}: what the invitation page shows.
 * @param {core.RequestEvent} e
 */
function view(e) {
	var found = findLink(e.app, e.request ? e.request.pathValue('token') : '');
	if ('status' in found) return e.json(found.status, { message: found.message });
	var commune = records.communeById(e.app, found.user.getStringSlice('communes')[0] || '');
	return e.json(200, {
		name: found.user.getString('name'),
		email: found.user.email(),
		identifier: found.user.getString('identifier'),
		mandate: found.user.getString('mandate'),
		commune: commune ? { insee: commune.getString('insee'), name: commune.getString('name') } : null
	});
}

/**
 * POST /api/collab/accounts/invitation/{token} { password } or { code: true }: uses the link
 * (once), confirms the address it was sent to, and signs the élu in.
 * @param {core.RequestEvent} e
 */
function accept(e) {
	var input = records.body(e) || {};
	var password = typeof input.password === 'string' ? input.password : '';
	if (!input.code && (password.length < 10 || password.length > 72)) {
		return e.json(400, { message: 'Choisissez un mot de passe de 10 à 72 caractères.' });
	}
	var found = findLink(e.app, e.request ? e.request.pathValue('token') : '');
	if ('status' in found) return e.json(found.status, { message: found.message });
	var user = found.user;
	var link = found.link;
	if (input.code && !user.email()) {
		return e.json(400, {
			message:
				'Votre compte se connecte avec votre identifiant personnel : choisissez un mot de passe ' +
				'(l’adresse partagée de la mairie ne reçoit pas de code).'
		});
	}
	e.app.runInTransaction(function (txApp) {
		link.set('used', new DateTime());
		txApp.save(link);
		if (!input.code) user.setPassword(password);
		user.setVerified(true);
		txApp.save(user);
	});
	return $apis.recordAuthResponse(e, user, input.code ? 'otp' : 'password');
}

module.exports = {
	invite: invite,
	view: view,
	accept: accept,
	mailboxOf: mailboxOf,
	MAX_ROWS: MAX_ROWS
};
