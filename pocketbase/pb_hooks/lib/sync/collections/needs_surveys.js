// The `needs_surveys` record collection (issue 14, item 1; pocketbase/README.md, "Needs census"):
// one answer of a commune's needs census, one row per campaign × commune × question, its id
// derived from those three (the same on every device), so two élus answering the same question
// write one row where the latest version wins and the earlier answers stay in `history`. Owns
// the push checks (an élu of the commune, an open campaign, a known question, an answer of the
// right shape and size) and the wire fields. Never lets an élu write another commune's census.
// Twin of src/lib/features/census/domain/census.ts (CENSUS_LIMITS, QUESTIONS, censusAnswerId).
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

/** → src/lib/features/census/domain/census.ts: CENSUS_LIMITS */
var CENSUS = {
	noteMax: 1000,
	offerMax: 2000,
	campaignMax: 40,
	priorityMax: 3,
	levelMax: 3,
	historyMax: 20,
	/** Days after a campaign's closing during which answers given before it still arrive. */
	graceDays: 30
};
var PROFILES = ['A', 'B', 'C'];
var OFFERS = ['experience', 'skills', 'equipment'];
var CONSTRAINTS = ['staff', 'budget', 'connectivity'];
var CAMPAIGN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
var DATE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** Every question key, as census.ts: QUESTIONS. */
var QUESTIONS = ['profile'];
for (var t = 0; t < limits.PROJECT.themes.length; t++)
	QUESTIONS.push('need-' + limits.PROJECT.themes[t]);
for (var o = 0; o < OFFERS.length; o++) QUESTIONS.push('offer-' + OFFERS[o]);
for (var c = 0; c < CONSTRAINTS.length; c++) QUESTIONS.push('constraint-' + CONSTRAINTS[c]);

/**
 * 32-bit FNV-1a, as census.ts.
 * @param {string} text
 * @param {number} seed
 */
function fnv1a(text, seed) {
	var hash = seed >>> 0;
	for (var i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 16777619) >>> 0;
	}
	return hash >>> 0;
}

/** @param {number} value */
function base36(value) {
	return ('0000000' + value.toString(36)).slice(-7);
}

/**
 * The id of the answer to `question` for `commune` in `campaign` (census.ts: censusAnswerId).
 * @param {string} campaign
 * @param {string} commune
 * @param {string} question
 */
function answerId(campaign, commune, question) {
	var key = campaign + '/' + commune + '/' + question;
	return 'n' + base36(fnv1a(key, 2166136261)) + base36(fnv1a(key, 374761393));
}

/**
 * @param {unknown} value
 * @param {number} max
 */
function isLevel(value, max) {
	return typeof value === 'number' && Math.floor(value) === value && value >= 0 && value <= max;
}

/**
 * Why `answer` does not answer `question`, in French, or ''.
 * @param {string} question
 * @param {unknown} answer
 */
function invalidAnswer(question, answer) {
	if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
		return '« answer » doit être un objet.';
	}
	var value = /** @type {Record<string, unknown>} */ (answer);
	if (question === 'profile') {
		return PROFILES.indexOf(/** @type {string} */ (value.profile)) >= 0
			? ''
			: 'Le profil doit être A, B ou C.';
	}
	var note = question.indexOf('offer-') === 0 ? value.text : value.note;
	var max = question.indexOf('offer-') === 0 ? CENSUS.offerMax : CENSUS.noteMax;
	if (question.indexOf('need-') === 0 && !isLevel(value.priority, CENSUS.priorityMax)) {
		return 'La priorité d’un besoin va de 0 (pas un besoin) à 3 (urgent).';
	}
	if (question.indexOf('constraint-') === 0 && !isLevel(value.level, CENSUS.levelMax)) {
		return 'Le niveau d’une contrainte va de 0 (aucune) à 3 (bloquante).';
	}
	if (!upsert.isText(note, max)) {
		return 'Le texte de la réponse dépasse ' + max + ' caractères : raccourcissez-le.';
	}
	return '';
}

/**
 * The reason a campaign refuses answers now, in French, or ''.
 * @param {CoreApp} txApp
 * @param {string} key
 * @param {string} answeredAt
 */
function closedReason(txApp, key, answeredAt) {
	var campaign = upsert.findByData(txApp, 'needs_campaigns', 'key', key);
	if (!campaign) return 'La campagne de recensement « ' + key + ' » n’existe pas.';
	var closes = campaign.getDateTime('closes_at');
	if (closes.isZero()) return '';
	var grace = closes.addDate(0, 0, CENSUS.graceDays);
	var now = new DateTime();
	if (new DateTime(answeredAt).after(closes) || now.after(grace)) {
		return (
			'La campagne de recensement « ' +
			campaign.getString('title') +
			' » est close : vos réponses ne peuvent plus être enregistrées.'
		);
	}
	return '';
}

/**
 * @param {core.Record} record
 * @param {string} field
 * @returns {unknown}
 */
function jsonOf(record, field) {
	var text = toString(record.get(field));
	try {
		return text === '' ? null : JSON.parse(text);
	} catch (_) {
		return null;
	}
}

/**
 * Stores one census answer of an élu's commune; the same question again replaces the answer
 * and keeps the earlier one in `history`.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertNeedsSurvey(ctx, item) {
	var data = item.data;
	if (
		typeof data.campaign !== 'string' ||
		data.campaign.length > CENSUS.campaignMax ||
		!CAMPAIGN.test(data.campaign)
	) {
		return upsert.malformed(
			item,
			'« campaign » doit être la clé d’une campagne, par exemple « 2026 ».'
		);
	}
	if (typeof data.commune !== 'string' || !limits.PATTERNS.recordId.test(data.commune)) {
		return upsert.malformed(item, '« commune » doit être l’identifiant d’une commune.');
	}
	if (typeof data.question !== 'string' || QUESTIONS.indexOf(data.question) < 0) {
		return upsert.malformed(item, 'Cette question n’existe pas dans le recensement des besoins.');
	}
	var reason = invalidAnswer(data.question, data.answer);
	if (reason) return upsert.malformed(item, reason);
	if (typeof data.answered_at !== 'string' || !DATE.test(data.answered_at)) {
		return upsert.malformed(item, '« answered_at » doit être une date ISO 8601 en UTC.');
	}
	if (!scopes.isEluOf(ctx.scope, data.commune)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les élus d’une commune répondent à son recensement des besoins : cette commune n’est pas la vôtre.'
		);
	}
	if (item.id !== answerId(data.campaign, data.commune, data.question)) {
		return upsert.malformed(
			item,
			'L’identifiant de cette réponse ne correspond pas à sa campagne, sa commune et sa question.'
		);
	}
	if (!upsert.findByData(ctx.txApp, 'needs_campaigns', 'key', data.campaign)) {
		return upsert.malformed(
			item,
			'La campagne de recensement « ' + data.campaign + ' » n’existe pas.'
		);
	}
	var closed = closedReason(ctx.txApp, data.campaign, data.answered_at);
	if (closed) return upsert.rejection(item, 409, 'immutable', closed);
	var existing = upsert.findOrNull(ctx.txApp, 'needs_surveys', item.id);
	if (existing && upsert.superseded(ctx, item, existing, 'needs_surveys')) return null;
	var answer = JSON.stringify(data.answer);
	if (existing && JSON.stringify(jsonOf(existing, 'answer')) === answer) {
		return upsert.keepNewerRev(ctx, item, existing);
	}
	var record = existing || upsert.newRecord(ctx.txApp, 'needs_surveys');
	if (existing) {
		var history = jsonOf(existing, 'history');
		var list = Array.isArray(history) ? history : [];
		list.push({
			answer: jsonOf(existing, 'answer'),
			by: existing.getString('updated_by'),
			at: existing.getDateTime('answered_at').string()
		});
		record.set('history', list.slice(-CENSUS.historyMax));
	} else {
		record.set('id', item.id);
		record.set('campaign', data.campaign);
		record.set('commune', data.commune);
		record.set('question', data.question);
		record.set('history', []);
	}
	record.set('answer', data.answer);
	record.set('answered_at', new DateTime(data.answered_at).string());
	return upsert.save(ctx, item, record, 'updated_by');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'needs_surveys',
	upsert: upsertNeedsSurvey,
	accepts: ['campaign', 'commune', 'question', 'answer', 'answered_at'],
	pull: {
		scope: 'censusReaders',
		fields: [
			{ name: 'campaign', type: 'text' },
			{ name: 'commune', type: 'text' },
			{ name: 'question', type: 'text' },
			{ name: 'answer', type: 'json' },
			{ name: 'answered_at', type: 'text' },
			{ name: 'history', type: 'json' },
			{ name: 'updated_by', type: 'text' }
		]
	}
};
