// The devices of an account ("Mes appareils"): each device that syncs is listed under its
// internal key (SHA-256 of user/device, as sync stores it), with a name read from its browser and
// its last sync. A revoked device is refused by the sync and photo routes with 403 and the code
// `device_revoked`, on which the app erases that user's data from the device. Revoking cannot
// stop someone who rebuilds the app with another device id: "sign out every device" (a new token
// key) is the measure for that, and the screen offers it.

var REVOKED =
	'Cet appareil a été retiré de votre compte : ses données de Collabor’actons sont effacées. ' +
	'Reconnectez-vous si c’est bien votre appareil.';
/** A sync refreshes `last_sync` at most this often (ms): no write on every idle cycle. */
var TOUCH_EVERY_MS = 5 * 60 * 1000;

/**
 * A readable name for the browser of `userAgent` (« Chrome sur Android »).
 * @param {string} userAgent
 */
function deviceName(userAgent) {
	var ua = userAgent || '';
	var browser = /Edg\//.test(ua)
		? 'Edge'
		: /Firefox\//.test(ua)
			? 'Firefox'
			: /Chrome\//.test(ua)
				? 'Chrome'
				: /Safari\//.test(ua)
					? 'Safari'
					: 'Navigateur';
	var system = /iPad/.test(ua)
		? 'iPad'
		: /iPhone/.test(ua)
			? 'iPhone'
			: /Android/.test(ua)
				? 'Android'
				: /Windows/.test(ua)
					? 'Windows'
					: /Mac OS X/.test(ua)
						? 'Mac'
						: /Linux/.test(ua)
							? 'Linux'
							: 'appareil';
	if (browser === 'Navigateur' && system === 'appareil') return 'Appareil non reconnu';
	return browser + ' sur ' + system;
}

/**
 * The internal key of device `device` of user `userId` (40 hex characters, the column's size):
 * the device id a client sends is only a name within its account, so a device id borrowed from
 * another user never matches theirs. The sync stores rows under this key.
 * @param {string} userId
 * @param {string} device
 */
function deviceKey(userId, device) {
	return $security.sha256(userId + '/' + device).substring(0, 40);
}

/**
 * What a sync needs to know of the device row of (`userId`, `key`), or null when there is none.
 * Plain SQL on the unique (user, key) index: this runs on every sync cycle, and PocketBase's
 * filter parser and record model cost more than the query itself.
 * @param {CoreApp} app
 * @param {string} userId
 * @param {string} key
 * @returns {{ id: string, revoked: string, last_sync: string } | null}
 */
function deviceState(app, userId, key) {
	var row = new DynamicModel({ id: '', revoked: '', last_sync: '' });
	try {
		app
			.db()
			.newQuery(
				'SELECT id, revoked, last_sync FROM devices WHERE user = {:user} AND key = {:key} LIMIT 1'
			)
			.bind({ user: userId, key: key })
			.one(row);
	} catch {
		return null;
	}
	return /** @type {any} */ (row);
}

/**
 * Records a contact of the device `key` of `userId`; returns the refusal when it is revoked.
 * @param {CoreApp} app
 * @param {string} userId
 * @param {string} key
 * @param {string} userAgent
 * @returns {{ status: number, code: string, message: string } | null}
 */
function touch(app, userId, key, userAgent) {
	var state = deviceState(app, userId, key);
	if (state && state.revoked) {
		return { status: 403, code: 'device_revoked', message: REVOKED };
	}
	var now = new DateTime();
	if (
		state &&
		state.last_sync &&
		now.unix() * 1000 - new DateTime(state.last_sync).unix() * 1000 < TOUCH_EVERY_MS
	) {
		return null;
	}
	var row = state ? app.findRecordById('devices', state.id) : null;
	if (!row) {
		row = new Record(app.findCollectionByNameOrId('devices'));
		row.set('user', userId);
		row.set('key', key);
		row.set('name', deviceName(userAgent));
	}
	row.set('last_sync', now);
	try {
		app.save(row);
	} catch (err) {
		// A device's first requests often arrive together (a pull and a push at once): one of them
		// registers it, the others meet the unique (user, key) index. The row is there then, and
		// this contact is already recorded by it.
		if (!row.isNew() || !deviceState(app, userId, key)) throw err;
	}
	return null;
}

/**
 * The refusal for a revoked device named by the `X-Collab-Device` header (photo routes), or null.
 * @param {core.RequestEvent} e
 * @param {string} userId
 */
function refusedByHeader(e, userId) {
	var device = e.request ? e.request.header.get('X-Collab-Device') : '';
	if (!device) return null;
	var state = deviceState(e.app, userId, deviceKey(userId, device));
	return state && state.revoked ? { status: 403, code: 'device_revoked', message: REVOKED } : null;
}

/**
 * GET /api/collab/me/devices?device=<this device's id>
 * @param {core.RequestEvent} e
 */
function list(e) {
	var user = /** @type {core.Record} */ (e.auth);
	var own = String(e.requestInfo().query['device'] || '');
	var current = own ? deviceKey(user.id, own) : '';
	var rows = e.app.findRecordsByFilter('devices', 'user = {:user}', '-last_sync', 100, 0, {
		user: user.id
	});
	var out = [];
	for (var i = 0; i < rows.length; i++) {
		var row = /** @type {core.Record} */ (rows[i]);
		out.push({
			id: row.id,
			name: row.getString('name'),
			lastSync: row.getString('last_sync'),
			created: row.getString('created'),
			revoked: row.getString('revoked'),
			current: row.getString('key') === current
		});
	}
	return e.json(200, { devices: out });
}

/**
 * POST /api/collab/me/devices/{id}/revoke
 * @param {core.RequestEvent} e
 */
function revoke(e) {
	var records = require(`${__hooks}/lib/accounts/records.js`);
	var user = /** @type {core.Record} */ (e.auth);
	var row;
	try {
		row = e.app.findRecordById('devices', e.request ? e.request.pathValue('id') : '');
	} catch {
		row = null;
	}
	if (!row || row.getString('user') !== user.id) {
		return e.json(404, { message: 'Cet appareil n’est pas dans la liste de votre compte.' });
	}
	if (!row.getString('revoked')) {
		var device = row;
		e.app.runInTransaction(function (txApp) {
			device.set('revoked', new DateTime());
			txApp.save(device);
			records.audit(txApp, {
				user: user.id,
				actor: user.id,
				action: 'device_revoked',
				after: { device: device.getString('name') }
			});
		});
	}
	return e.json(200, { id: row.id, revoked: row.getString('revoked') });
}

/**
 * POST /api/collab/me/devices/sign-out-all: a new token key, so every device must sign in again.
 * @param {core.RequestEvent} e
 */
function signOutAll(e) {
	var records = require(`${__hooks}/lib/accounts/records.js`);
	var user = /** @type {core.Record} */ (e.auth);
	user.refreshTokenKey();
	e.app.runInTransaction(function (txApp) {
		txApp.save(user);
		records.audit(txApp, { user: user.id, actor: user.id, action: 'devices_signed_out' });
	});
	return e.json(200, { signedOut: true });
}

module.exports = {
	deviceKey: deviceKey,
	deviceName: deviceName,
	touch: touch,
	refusedByHeader: refusedByHeader,
	list: list,
	revoke: revoke,
	signOutAll: signOutAll
};
