// The `projects` record collection (pocketbase/README.md, "projects"): the summary of a project
// document (id = the doc id), written by the élus of its commune through the sync route and
// pulled by whoever may read the project. Owns its push checks and its wire fields; never
// touches the project's Yjs document. The commune of a project never changes.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

var TEXT = limits.PROJECT.text;
var LISTS = ['themes', 'levers'];

/** The vocabulary of each list field. */
var VOCABULARIES = { themes: limits.PROJECT.themes, levers: limits.PROJECT.levers };

/**
 * A list of distinct keys of `vocabulary`.
 * @param {unknown} value
 * @param {readonly string[]} vocabulary
 * @returns {value is string[]}
 */
function isKeyList(value, vocabulary) {
	if (!Array.isArray(value) || value.length > limits.PROJECT.listMax) return false;
	for (var i = 0; i < value.length; i++) {
		if (!limits.isOneOf(vocabulary, value[i]) || value.indexOf(value[i]) !== i) return false;
	}
	return true;
}

/**
 * Canonical JSON of a json field, for comparison.
 * @param {core.Record} record
 * @param {string} field
 */
function jsonOf(record, field) {
	var raw = record.get(field);
	var text = raw === null || raw === undefined ? '' : toString(raw);
	return text === '' ? 'null' : JSON.stringify(JSON.parse(text));
}

/**
 * @param {core.Record} record
 * @param {Record<string, string | string[]>} fields
 */
function sameProject(record, fields) {
	for (var name in fields) {
		if (limits.hasKey(TEXT, name)) {
			if (record.getString(name) !== fields[name]) return false;
		} else if (jsonOf(record, name) !== JSON.stringify(fields[name])) {
			return false;
		}
	}
	return true;
}

/**
 * Upserts one project summary; absent fields keep their stored value.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertProject(ctx, item) {
	var data = item.data;
	/** @type {Record<string, string | string[]>} */
	var fields = {};
	for (var name in TEXT) {
		var max = TEXT[/** @type {keyof TEXT} */ (name)];
		if (data[name] === undefined) continue;
		if (!upsert.isText(data[name], max)) {
			return upsert.malformed(
				item,
				'« ' + name + ' » doit être un texte d’au plus ' + max + ' caractères.'
			);
		}
		fields[name] = data[name];
	}
	if (fields.status !== undefined && fields.status !== '') {
		if (!limits.isOneOf(limits.PROJECT.statuses, fields.status)) {
			return upsert.malformed(item, 'Statut de projet inconnu : ' + fields.status + '.');
		}
	}
	for (var l = 0; l < LISTS.length; l++) {
		var list = LISTS[l];
		if (data[list] === undefined) continue;
		if (!isKeyList(data[list], VOCABULARIES[/** @type {'themes' | 'levers'} */ (list)])) {
			return upsert.malformed(
				item,
				'« ' +
					list +
					' » doit être une liste d’au plus ' +
					limits.PROJECT.listMax +
					' clés distinctes du programme (' +
					(list === 'themes' ? 'thèmes d’impact' : 'leviers symbiotiques') +
					').'
			);
		}
		fields[list] = data[list];
	}
	if (data.commune !== undefined && typeof data.commune !== 'string') {
		return upsert.malformed(item, '« commune » doit être un identifiant de commune.');
	}
	var existing = upsert.findOrNull(ctx.txApp, 'projects', item.id);
	var owner = existing || upsert.findOrNull(ctx.txApp, 'docs', item.id);
	var commune = owner ? owner.getString('commune') : data.commune;
	if (!commune) return upsert.malformed(item, 'La commune du projet manque.');
	if (!scopes.isEluOf(ctx.scope, commune)) {
		return upsert.rejection(item, 403, 'forbidden', 'Ce projet appartient à une autre commune.');
	}
	if (data.commune !== undefined && data.commune !== commune) {
		return upsert.rejection(item, 409, 'immutable', 'La commune d’un projet ne change pas.');
	}
	if (existing && upsert.superseded(ctx, item, existing, 'projects')) return null;
	if (existing && sameProject(existing, fields)) return upsert.keepNewerRev(ctx, item, existing);
	var record = existing || upsert.newRecord(ctx.txApp, 'projects');
	if (!existing) {
		record.set('id', item.id);
		record.set('commune', commune);
	}
	for (var field in fields) record.set(field, fields[field]);
	return upsert.save(ctx, item, record, 'updated_by');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'projects',
	upsert: upsertProject,
	accepts: ['commune', 'title', 'status', 'themes', 'levers', 'summary'],
	pull: {
		scope: 'communeReaders',
		fields: [
			{ name: 'commune', type: 'text' },
			{ name: 'title', type: 'text' },
			{ name: 'status', type: 'text' },
			{ name: 'themes', type: 'json' },
			{ name: 'levers', type: 'json' },
			{ name: 'summary', type: 'text' },
			{ name: 'updated_by', type: 'text' },
			{ name: 'updated', type: 'text' }
		]
	}
};
