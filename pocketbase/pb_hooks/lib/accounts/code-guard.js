// Guessing a 6-digit sign-in code (issue 13): PocketBase's codes last 10 minutes (migration
// 1765430000_accounts.js) and its rate limiter is per address. Here, per code: the 5th wrong
// try deletes the code (a new one must be asked for, and goes to the mailbox); per address
// asked: at most 5 codes in 15 minutes. So a guesser gets 25 tries per 15 minutes for one
// account: one chance in 40,000. Counts live in $app.store() (a restart forgets them).

var TRIES_PER_CODE = 5;
var CODES_PER_WINDOW = 5;
var WINDOW_MS = 15 * 60 * 1000;

var TOO_MANY_TRIES =
	'Trop de codes erronés : ce code ne fonctionne plus. Demandez un nouveau code : il vous ' +
	'sera envoyé par e-mail.';
var TOO_MANY_CODES =
	'Trop de codes demandés pour cette adresse : attendez 15 minutes, ou connectez-vous avec ' +
	'votre mot de passe.';

/**
 * Middleware of POST /api/collections/users/auth-with-otp: counts wrong codes per code.
 * @param {core.RequestEvent} e
 */
function guardSignIn(e) {
	var info = e.requestInfo();
	var otpId = info.body && typeof info.body.otpId === 'string' ? info.body.otpId : '';
	var key = 'otp-tries:' + otpId;
	var store = e.app.store();
	try {
		e.next();
	} catch (err) {
		if (!otpId) throw err;
		var tries = (Number(store.get(key)) || 0) + 1;
		if (tries < TRIES_PER_CODE) {
			store.set(key, String(tries));
			throw err;
		}
		store.remove(key);
		try {
			e.app.delete(e.app.findOTPById(otpId));
		} catch {
			// already gone (expired or used)
		}
		throw new ApiError(429, TOO_MANY_TRIES, {});
	}
	store.remove(key);
}

/**
 * Middleware of POST /api/collections/users/request-otp: at most 5 codes per address in 15 min.
 * @param {core.RequestEvent} e
 */
function guardRequest(e) {
	var info = e.requestInfo();
	var email =
		info.body && typeof info.body.email === 'string' ? info.body.email.trim().toLowerCase() : '';
	var store = e.app.store();
	var key = 'otp-requests:' + email;
	var now = Date.now();
	var kept = String(store.get(key) || '')
		.split(',')
		.filter(function (t) {
			return t !== '' && now - Number(t) < WINDOW_MS;
		});
	if (kept.length >= CODES_PER_WINDOW) throw new ApiError(429, TOO_MANY_CODES, {});
	kept.push(String(now));
	store.set(key, kept.join(','));
	e.next();
}

module.exports = {
	guardSignIn: guardSignIn,
	guardRequest: guardRequest,
	TRIES_PER_CODE: TRIES_PER_CODE,
	CODES_PER_WINDOW: CODES_PER_WINDOW
};
