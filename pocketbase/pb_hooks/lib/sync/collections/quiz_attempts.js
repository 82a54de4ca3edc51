// The `quiz_attempts` record collection (pocketbase/README.md, "Quiz attempts"): one finished quiz
// of a module, always the signed-in user's own, pushed and pulled by that user only, never
// changed once stored (a new try is a new record). Owns its push checks and its wire fields;
// never reads or writes another user's attempts.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

var DATE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
var KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isInteger(value) {
	return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

/**
 * The reason an attempt's data is refused, in French, or '' when it reads.
 * @param {CoreApp} txApp
 * @param {Record<string, any>} data
 */
function invalidReason(txApp, data) {
	var quiz = limits.QUIZ;
	if (
		typeof data.module !== 'string' ||
		!KEY.test(data.module) ||
		data.module.length > quiz.moduleMax
	) {
		return '« module » doit être l’identifiant d’un module, par exemple « ic-1 ».';
	}
	if (!upsert.findByData(txApp, 'modules', 'key', data.module)) {
		return (
			'Le module « ' +
			data.module +
			' » n’existe pas : ce résultat de quiz ne peut pas être enregistré.'
		);
	}
	if (quiz.phases.indexOf(data.phase) < 0) {
		return '« phase » doit valoir « avant » ou « apres ».';
	}
	if (!isInteger(data.total) || data.total < 1 || data.total > quiz.maxQuestions) {
		return '« total » doit être un nombre entier de questions, de 1 à ' + quiz.maxQuestions + '.';
	}
	if (!isInteger(data.score) || data.score < 0 || data.score > data.total) {
		return (
			'« score » doit être un nombre entier entre 0 et ' + data.total + ' (le nombre de questions).'
		);
	}
	if (!Array.isArray(data.answers) || data.answers.length !== data.total) {
		return '« answers » doit être une liste d’une réponse par question (' + data.total + ').';
	}
	for (var i = 0; i < data.answers.length; i++) {
		if (!isInteger(data.answers[i]) || data.answers[i] < 0 || data.answers[i] > 50) {
			return '« answers » ne doit contenir que des numéros de réponse (des entiers positifs).';
		}
	}
	if (typeof data.taken_at !== 'string' || !DATE.test(data.taken_at)) {
		return '« taken_at » doit être une date ISO 8601 en UTC.';
	}
	return '';
}

/**
 * @param {core.Record} record
 * @param {Record<string, any>} data
 */
function sameAttempt(record, data) {
	return (
		record.getString('module') === data.module &&
		record.getString('phase') === data.phase &&
		record.getInt('score') === data.score &&
		record.getInt('total') === data.total &&
		record.getDateTime('taken_at').string() === new DateTime(data.taken_at).string() &&
		JSON.stringify(JSON.parse(toString(record.get('answers')) || '[]')) ===
			JSON.stringify(data.answers)
	);
}

/**
 * Stores one quiz attempt of the caller; a replay of the same attempt is accepted again.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertQuizAttempt(ctx, item) {
	var data = item.data;
	var reason = invalidReason(ctx.txApp, data);
	if (reason) return upsert.malformed(item, reason);
	var existing = upsert.findOrNull(ctx.txApp, 'quiz_attempts', item.id);
	if (existing && existing.getString('user') !== ctx.scope.id) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Ce résultat de quiz appartient à un autre compte.'
		);
	}
	if (existing) {
		if (sameAttempt(existing, data)) return null;
		return upsert.rejection(
			item,
			409,
			'immutable',
			'Un résultat de quiz enregistré ne change plus : refaites le quiz pour un nouveau résultat.'
		);
	}
	var record = upsert.newRecord(ctx.txApp, 'quiz_attempts');
	record.set('id', item.id);
	record.set('module', data.module);
	record.set('phase', data.phase);
	record.set('answers', data.answers);
	record.set('score', data.score);
	record.set('total', data.total);
	record.set('taken_at', new DateTime(data.taken_at).string());
	return upsert.save(ctx, item, record, 'user');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'quiz_attempts',
	upsert: upsertQuizAttempt,
	accepts: ['module', 'phase', 'answers', 'score', 'total', 'taken_at'],
	pull: {
		scope: 'own',
		fields: [
			{ name: 'module', type: 'text' },
			{ name: 'phase', type: 'text' },
			{ name: 'answers', type: 'json' },
			{ name: 'score', type: 'number' },
			{ name: 'total', type: 'number' },
			{ name: 'taken_at', type: 'text' }
		]
	}
};
