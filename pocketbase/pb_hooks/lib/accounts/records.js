// Reads and writes around accounts that every accounts route shares: the caller as an Actor
// (lib/accounts/access.js), a commune's facts, the audit trail (`account_events`), field checks
// with French reasons. Never decides who may do what (access.js does) and never sends mail.

/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);

// An address the programme can write to: one at sign, a dot in the domain, no spaces, ≤ 254.
var EMAIL = new RegExp('^[^\\s@"<>(),;:]+@[^\\s@"<>(),;:]+\\.[^\\s@"<>(),;:]{2,}$');
var NAME_MAX = 120;
var REASON_MIN = 5;
var REASON_MAX = 500;

/**
 * @param {core.Record} record a `users` record
 * @returns {import('./access.js').Actor}
 */
function actorOf(record) {
	/** @type {string[]} */
	var communes = [];
	var raw = record.getStringSlice('communes');
	for (var i = 0; i < raw.length; i++) communes.push(raw[i]);
	return {
		id: record.id,
		role: record.getString('role'),
		status: record.getString('status'),
		mandate: record.getString('mandate'),
		communes: communes,
		territoryKind: record.getString('territory_kind'),
		territoryCode: record.getString('territory_code')
	};
}

/**
 * @param {core.Record} commune a `communes` record
 * @returns {import('./access.js').CommuneFacts}
 */
function communeFacts(commune) {
	return {
		id: commune.id,
		departement: commune.getString('departement'),
		region: commune.getString('region'),
		epci: commune.getString('epci')
	};
}

/**
 * The commune of an INSEE code, or null.
 * @param {CoreApp} app
 * @param {string} insee
 */
function communeByInsee(app, insee) {
	if (!/^[0-9][0-9AB][0-9]{3}$/.test(insee)) return null;
	try {
		return app.findFirstRecordByData('communes', 'insee', insee);
	} catch {
		return null;
	}
}

/**
 * The commune record `id`, or null.
 * @param {CoreApp} app
 * @param {string} id
 */
function communeById(app, id) {
	if (!id) return null;
	try {
		return app.findRecordById('communes', id);
	} catch {
		return null;
	}
}

/**
 * The `users` record of an e-mail address (compared without case), or null.
 * @param {CoreApp} app
 * @param {string} email
 */
function userByEmail(app, email) {
	try {
		return app.findAuthRecordByEmail('users', email);
	} catch {
		return null;
	}
}

/**
 * The trimmed e-mail, lower-cased, or null when it is not an address.
 * @param {unknown} value
 */
function cleanEmail(value) {
	if (typeof value !== 'string') return null;
	var email = value.trim().toLowerCase();
	return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/**
 * The trimmed name (1..120 characters), or null.
 * @param {unknown} value
 */
function cleanName(value) {
	if (typeof value !== 'string') return null;
	var name = value.trim().normalize('NFC');
	return name.length >= 1 && name.length <= NAME_MAX ? name : null;
}

/**
 * The trimmed reason (5..500 characters), or null.
 * @param {unknown} value
 */
function cleanReason(value) {
	if (typeof value !== 'string') return null;
	var reason = value.trim();
	return reason.length >= REASON_MIN && reason.length <= REASON_MAX ? reason : null;
}

/**
 * True when `value` is a mandate of the programme.
 * @param {unknown} value
 * @returns {value is string}
 */
function isMandate(value) {
	return typeof value === 'string' && limits.isOneOf(limits.CHARTER.mandates, value);
}

/**
 * Writes one row of the audit trail.
 * @param {CoreApp} app
 * @param {{ user: string, actor: string, action: string, reason?: string, before?: any, after?: any }} event
 */
function audit(app, event) {
	var row = new Record(app.findCollectionByNameOrId('account_events'));
	row.set('user', event.user);
	row.set('actor', event.actor);
	row.set('action', event.action);
	row.set('reason', event.reason || '');
	row.set('before', event.before || null);
	row.set('after', event.after || null);
	app.save(row);
}

/**
 * The JSON body of the request, or null when it is not a JSON object.
 * @param {core.RequestEvent} e
 * @returns {Record<string, any> | null}
 */
function body(e) {
	// Through requestInfo (parsed once and kept): the auth response read it again afterwards.
	try {
		var value = e.requestInfo().body;
		return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
	} catch {
		return null;
	}
}

/**
 * A fresh random password nobody knows (accounts that sign in by code or by an invitation link).
 */
function randomPassword() {
	return $security.randomString(40);
}

module.exports = {
	actorOf: actorOf,
	communeFacts: communeFacts,
	communeByInsee: communeByInsee,
	communeById: communeById,
	userByEmail: userByEmail,
	cleanEmail: cleanEmail,
	cleanName: cleanName,
	cleanReason: cleanReason,
	isMandate: isMandate,
	audit: audit,
	body: body,
	randomPassword: randomPassword
};
