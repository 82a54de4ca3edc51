// Password guessing (pocketbase/README.md, "Security"): failed sign-ins are counted per account
// (collection + identity), not per address, since a training room of élus shares one. From the
// third failure within a minute each attempt waits a little longer (a growing delay); after 10
// failures within a minute the account is locked for 15 minutes, with a French reason that says
// how to lift it at once: a password reset by e-mail (any new password lifts it, since it renews
// the account's token key). Counts live in the app's memory store (lost on restart, on purpose:
// nothing to clean). Never looks at the password and never answers for PocketBase: it only wraps
// the sign-in (e.next()).

var WINDOW_MS = 60 * 1000;
var LOCK_AFTER = 10;
var LOCK_MS = 15 * 60 * 1000;
/** The delay before the attempt that follows `failures` failures (0 for the first two). */
var DELAY_BASE_MS = 100;
var DELAY_MAX_MS = 1600;
var PREFIX = 'signin-failures:';
/** Above this many tracked accounts, expired entries are dropped. */
var PRUNE_ABOVE = 5000;

var LOCKED =
	'Trop de mots de passe erronés pour ce compte : il est bloqué pendant 15 minutes. Pour le ' +
	'débloquer tout de suite, choisissez « Mot de passe oublié » : le lien reçu par e-mail vous ' +
	'permet d’en choisir un nouveau.';

/**
 * @typedef {object} Failures
 * @property {number} count failures in the current window
 * @property {number} first when the window started (ms)
 * @property {number} lockedUntil 0 when not locked
 * @property {string} tokenKey the account's token key when it was locked ('' if unknown)
 */

/**
 * Kept as a string: a JS object of one request's runtime must not outlive it in a shared store.
 * @param {unknown} text
 * @returns {Failures | null}
 */
function decode(text) {
	if (typeof text !== 'string') return null;
	var parts = text.split('|');
	return {
		count: Number(parts[0]) || 0,
		first: Number(parts[1]) || 0,
		lockedUntil: Number(parts[2]) || 0,
		tokenKey: parts[3] || ''
	};
}

/** @param {Failures} f */
function encode(f) {
	return [f.count, f.first, f.lockedUntil, f.tokenKey].join('|');
}

/**
 * The growing delay before an attempt that follows `failures` failures.
 * @param {number} failures
 */
function delayAfter(failures) {
	if (failures < 2) return 0;
	return Math.min(DELAY_MAX_MS, DELAY_BASE_MS * Math.pow(2, failures - 2));
}

/** Drops expired entries when the store grows (identities an attacker made up). */
function prune() {
	var store = $app.store();
	if (store.length() < PRUNE_ABOVE) return;
	var now = Date.now();
	var all = store.getAll();
	for (var key in all) {
		if (key.indexOf(PREFIX) !== 0) continue;
		var f = decode(all[key]);
		if (!f || (f.lockedUntil < now && now - f.first > WINDOW_MS)) store.remove(key);
	}
}

/**
 * Wraps one sign-in with a password: refuses a locked account (429), delays after failures,
 * counts a failure, forgets them after a success.
 * @param {core.RecordAuthWithPasswordRequestEvent} e
 */
function guard(e) {
	var store = $app.store();
	var collection = /** @type {core.Collection} */ (e.collection);
	var key = PREFIX + collection.name + ':' + String(e.identity).trim().toLowerCase();
	var now = Date.now();
	var record = e.record;
	var f = decode(store.get(key));
	if (f && f.lockedUntil) {
		// A new password (reset by e-mail, or set by the programme) renews the token key.
		var renewed = record && f.tokenKey && record.tokenKey() !== f.tokenKey;
		if (f.lockedUntil > now && !renewed) throw new ApiError(429, LOCKED, {});
		f = null;
	}
	if (f && now - f.first > WINDOW_MS) f = null;
	if (f) sleep(delayAfter(f.count));
	try {
		e.next();
	} catch (err) {
		var failures = f || { count: 0, first: now, lockedUntil: 0, tokenKey: '' };
		failures.count += 1;
		if (failures.count >= LOCK_AFTER) {
			failures.lockedUntil = now + LOCK_MS;
			failures.tokenKey = record ? record.tokenKey() : '';
		}
		prune();
		store.set(key, encode(failures));
		throw err;
	}
	if (f) store.remove(key);
}

module.exports = { guard: guard, delayAfter: delayAfter, LOCK_AFTER: LOCK_AFTER };
