// The `consultations` record collection (pocketbase/README.md, "Concertations"): a consultation
// opened by the national team or a coordinator for a scope (national, région, département), with
// a context, a closing time and a type (a question with options, one or several choices; or open
// proposals that élus support). Its organiser may edit the texts; the type, options, scope and
// closing never change once stored, and the synthesis is published only once results show.
// Owns its push checks and wire fields.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../community/spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('../../community/text.js')} */
var text = require(`${__hooks}/lib/community/text.js`);
/** @type {typeof import('../../community/consultation.js')} */
var rules = require(`${__hooks}/lib/community/consultation.js`);

var OPTION_KEY = /^[a-z0-9-]{1,20}$/;

/**
 * Why `data` is not a consultation, or ''.
 * @param {Record<string, any>} data
 */
function problemOf(data) {
	var c = limits.COMMUNITY;
	var problem =
		text.textProblem(data.title, c.titleMax, 'Le titre', true) ||
		text.textProblem(data.context, c.contextMax, 'Le contexte', false) ||
		text.textProblem(
			data.synthesis === undefined ? '' : data.synthesis,
			c.synthesisMax,
			'La synthèse',
			false
		);
	if (problem) return problem;
	if (!limits.isOneOf(c.scopes, data.space_kind)) {
		return 'Une consultation s’adresse à tout le pays, à une région ou à un département.';
	}
	if (!limits.isOneOf(c.types, data.kind)) {
		return 'Une consultation est une question à choix ou un appel à propositions.';
	}
	if (typeof data.multiple !== 'boolean') return '« multiple » doit valoir vrai ou faux.';
	if (!text.isIsoDate(data.closes_at)) return 'La date de clôture n’est pas une date valide.';
	if (!Array.isArray(data.options)) return 'Les options doivent être une liste.';
	if (data.kind === 'proposals') {
		return data.options.length ? 'Un appel à propositions n’a pas d’options fixées.' : '';
	}
	if (data.options.length < 2 || data.options.length > c.optionsMax) {
		return 'Une question a de 2 à ' + c.optionsMax + ' options.';
	}
	/** @type {string[]} */
	var keys = [];
	for (var i = 0; i < data.options.length; i++) {
		var option = data.options[i];
		if (
			!option ||
			typeof option !== 'object' ||
			!OPTION_KEY.test(option.key) ||
			keys.indexOf(option.key) >= 0
		) {
			return 'Chaque option a une clé distincte (lettres minuscules, chiffres, tirets).';
		}
		keys.push(option.key);
		var label = text.textProblem(option.label, c.optionLabelMax, 'Le libellé d’une option', true);
		if (label) return label;
	}
	return '';
}

/**
 * The options as stored (only `key` and `label`).
 * @param {Record<string, any>} data
 */
function optionsOf(data) {
	return data.options.map(function (/** @type {{ key: string, label: string }} */ o) {
		return { key: o.key, label: o.label };
	});
}

/**
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertConsultation(ctx, item) {
	var data = item.data;
	var problem = problemOf(data);
	if (problem) return upsert.malformed(item, problem);
	var resolved = spaces.resolveSpace(ctx.txApp, data.space_kind, data.space_code);
	if ('reason' in resolved) return upsert.malformed(item, resolved.reason);
	if (!spaces.canOrganise(ctx.scope, resolved.space)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls l’équipe nationale et les coordinateurs de ce territoire ouvrent une consultation.'
		);
	}
	var synthesis = data.synthesis === undefined ? '' : data.synthesis;
	var closes = text.timeOf(data.closes_at);
	var existing = upsert.findOrNull(ctx.txApp, 'consultations', item.id);
	if (existing) {
		if (existing.getString('author') !== ctx.scope.id) {
			return upsert.rejection(
				item,
				403,
				'forbidden',
				'Seul son organisateur modifie cette consultation.'
			);
		}
		if (upsert.superseded(ctx, item, existing, 'consultations')) return null;
		var fixed =
			existing.getString('space_kind') === data.space_kind &&
			existing.getString('space_code') === data.space_code &&
			existing.getString('kind') === data.kind &&
			existing.getBool('multiple') === data.multiple &&
			rules.closesAt(existing) === closes &&
			JSON.stringify(rules.optionsOf(existing)) === JSON.stringify(optionsOf(data));
		if (!fixed) {
			return upsert.rejection(
				item,
				409,
				'immutable',
				'Le type, les options, le territoire et la clôture d’une consultation ouverte ne changent plus.'
			);
		}
		if (synthesis !== existing.getString('synthesis') && Date.now() < rules.resultsAt(existing)) {
			return upsert.rejection(
				item,
				409,
				'immutable',
				'La synthèse se publie une fois les résultats connus, après le délai de grâce.'
			);
		}
		if (
			existing.getString('title') === data.title &&
			existing.getString('context') === data.context &&
			existing.getString('synthesis') === synthesis
		) {
			return upsert.keepNewerRev(ctx, item, existing);
		}
		existing.set('title', data.title);
		existing.set('context', data.context);
		existing.set('synthesis', synthesis);
		return upsert.save(ctx, item, existing, 'author');
	}
	if (closes <= Date.now()) return upsert.malformed(item, 'La date de clôture est déjà passée.');
	if (synthesis) return upsert.malformed(item, 'La synthèse se publie après la clôture.');
	var record = upsert.newRecord(ctx.txApp, 'consultations');
	record.set('id', item.id);
	spaces.setSpace(record, resolved.space);
	record.set('title', data.title);
	record.set('context', data.context);
	record.set('kind', data.kind);
	record.set('multiple', data.multiple);
	record.set('options', optionsOf(data));
	record.set('closes_at', new DateTime(data.closes_at.replace(' ', 'T')).string());
	record.set('synthesis', '');
	var author = spaces.authorOf(ctx.txApp, ctx.scope);
	record.set('author_name', author.name);
	record.set('author_commune', author.insee);
	return upsert.save(ctx, item, record, 'author');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'consultations',
	upsert: upsertConsultation,
	accepts: [
		'space_kind',
		'space_code',
		'title',
		'context',
		'kind',
		'multiple',
		'options',
		'closes_at',
		'synthesis'
	],
	pull: {
		scope: 'spaceReaders',
		fields: [
			{ name: 'space_kind', type: 'text' },
			{ name: 'space_code', type: 'text' },
			{ name: 'author', type: 'text' },
			{ name: 'author_name', type: 'text' },
			{ name: 'title', type: 'text' },
			{ name: 'context', type: 'text' },
			{ name: 'kind', type: 'text' },
			{ name: 'multiple', type: 'bool' },
			{ name: 'options', type: 'json' },
			{ name: 'closes_at', type: 'text' },
			{ name: 'synthesis', type: 'text' },
			{ name: 'posted', type: 'text' }
		]
	}
};
