// Checks of the texts people write in the learning network and in consultations (titles, posts,
// proposals, mentions): plain text only, bounded, with French reasons a mayor understands. HTML
// is not refused: it is stored as typed and shown as text by the app (never interpreted).
// Never stores anything.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);

/**
 * Why `value` is not an acceptable text of at most `max` characters ('' when it is).
 * @param {unknown} value
 * @param {number} max
 * @param {string} what « Le titre », « Le message »…
 * @param {boolean} required
 */
function textProblem(value, max, what, required) {
	if (typeof value !== 'string') return what + ' doit être un texte.';
	if (value.indexOf('\u0000') >= 0) return what + ' contient un caractère invalide.';
	if (required && value.trim() === '') return what + ' est vide : écrivez quelques mots.';
	if (value.length > max) {
		return (
			what +
			' fait ' +
			String(value.length).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') +
			' caractères ; il en faut ' +
			max +
			' au plus. Raccourcissez-le ou coupez-le en plusieurs messages.'
		);
	}
	return '';
}

/**
 * Why `value` is not a list of mentioned communes (INSEE codes of existing communes), or ''.
 * @param {CoreApp} txApp
 * @param {unknown} value
 */
function mentionsProblem(txApp, value) {
	if (value === undefined) return '';
	if (!Array.isArray(value) || value.length > limits.COMMUNITY.mentionsMax) {
		return 'Vous pouvez mentionner ' + limits.COMMUNITY.mentionsMax + ' communes au plus.';
	}
	for (var i = 0; i < value.length; i++) {
		if (typeof value[i] !== 'string' || !limits.PATTERNS.insee.test(value[i])) {
			return 'Une commune mentionnée n’a pas un code INSEE valide.';
		}
		if (value.indexOf(value[i]) !== i) return 'Une commune est mentionnée deux fois.';
	}
	if (!value.length) return '';
	var row = new DynamicModel({ n: 0 });
	txApp
		.db()
		.newQuery(
			'SELECT COUNT(*) AS n FROM communes WHERE insee IN (SELECT value FROM json_each({:l}))'
		)
		.bind({ l: JSON.stringify(value) })
		.one(row);
	return row.n === value.length ? '' : 'Une commune mentionnée est inconnue.';
}

/**
 * True when `value` is an ISO 8601 UTC date that exists on the calendar (or PocketBase's form of
 * it, with a space, as a pulled record carries it).
 * @param {unknown} value
 * @returns {value is string}
 */
function isIsoDate(value) {
	if (
		typeof value !== 'string' ||
		!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)
	) {
		return false;
	}
	var time = Date.parse(value.replace(' ', 'T'));
	return !isNaN(time) && new Date(time).toISOString().slice(0, 10) === value.slice(0, 10);
}

/**
 * A date as « 5 décembre 2026 à 18 h 00 » (Paris time).
 * @param {number} time
 */
function frenchDate(time) {
	var months = [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	];
	// Paris: UTC+1 in winter, UTC+2 from the last Sunday of March to the last Sunday of October.
	var d = new Date(time);
	var year = d.getUTCFullYear();
	var lastSunday = function (/** @type {number} */ month) {
		var end = new Date(Date.UTC(year, month + 1, 0));
		return Date.UTC(year, month, end.getUTCDate() - end.getUTCDay(), 1);
	};
	var offset = time >= lastSunday(2) && time < lastSunday(9) ? 2 : 1;
	var p = new Date(time + offset * 3600 * 1000);
	var pad = function (/** @type {number} */ n) {
		return n < 10 ? '0' + n : String(n);
	};
	return (
		p.getUTCDate() +
		' ' +
		months[p.getUTCMonth()] +
		' ' +
		p.getUTCFullYear() +
		' à ' +
		p.getUTCHours() +
		' h ' +
		pad(p.getUTCMinutes())
	);
}

/**
 * The time of a date that isIsoDate accepted.
 * @param {string} value
 */
function timeOf(value) {
	return Date.parse(value.replace(' ', 'T'));
}

module.exports = {
	timeOf: timeOf,
	textProblem: textProblem,
	mentionsProblem: mentionsProblem,
	isIsoDate: isIsoDate,
	frenchDate: frenchDate
};
