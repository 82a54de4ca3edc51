// The `progress` record collection (pocketbase/README.md, "progress"): a completed curriculum
// item, always the signed-in user's own, pushed and pulled by that user only. Owns its push
// checks and its wire fields; never reads or writes another user's progress.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

var DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;

/**
 * True when `value` is a UTC date and time in ISO 8601 (or PocketBase's form) that exists on the
 * calendar: 30 February or month 13 are refused, not stored as an empty date.
 * @param {unknown} value
 */
function isUtcDateTime(value) {
	var parts = typeof value === 'string' ? DATE.exec(value) : null;
	if (!parts) return false;
	var year = Number(parts[1]);
	var month = Number(parts[2]);
	var day = Number(parts[3]);
	var date = new Date(Date.UTC(year, month - 1, day));
	return (
		month >= 1 &&
		month <= 12 &&
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		Number(parts[4]) < 24 &&
		Number(parts[5]) < 60 &&
		Number(parts[6]) < 60
	);
}

/**
 * @typedef {object} ProgressFields
 * @property {string} module
 * @property {string} activity
 * @property {boolean} done
 * @property {string} done_at PocketBase's date format, or ''
 */

/**
 * @param {core.Record} record
 * @param {ProgressFields} fields
 */
function sameProgress(record, fields) {
	var doneAt = record.getDateTime('done_at');
	return (
		record.getString('module') === fields.module &&
		record.getString('activity') === fields.activity &&
		record.getBool('done') === fields.done &&
		(doneAt.isZero() ? '' : doneAt.string()) === fields.done_at
	);
}

/**
 * Upserts one progress record of the caller.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertProgress(ctx, item) {
	var data = item.data;
	var keyMax = limits.PROGRESS.keyMax;
	if (typeof data.module !== 'string' || data.module.length < 1 || data.module.length > keyMax) {
		return upsert.malformed(item, '« module » doit être un identifiant de module.');
	}
	if (data.activity !== undefined && !upsert.isText(data.activity, keyMax)) {
		return upsert.malformed(item, '« activity » doit être un identifiant d’activité.');
	}
	if (data.done !== undefined && typeof data.done !== 'boolean') {
		return upsert.malformed(item, '« done » doit valoir true ou false.');
	}
	if (data.done_at !== undefined && data.done_at !== '' && !isUtcDateTime(data.done_at)) {
		return upsert.malformed(
			item,
			'« done_at » doit être une date qui existe, au format ISO 8601 en UTC (2026-11-03T14:00:00.000Z).'
		);
	}
	var existing = upsert.findOrNull(ctx.txApp, 'progress', item.id);
	if (existing && existing.getString('user') !== ctx.scope.id) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Cette progression appartient à un autre compte.'
		);
	}
	/** @type {ProgressFields} */
	var fields = {
		module: data.module,
		activity: data.activity || '',
		done: data.done === true,
		done_at: data.done_at ? new DateTime(data.done_at).string() : ''
	};
	if (existing && upsert.superseded(ctx, item, existing, 'progress')) return null;
	if (existing && sameProgress(existing, fields)) return upsert.keepNewerRev(ctx, item, existing);
	var record = existing || upsert.newRecord(ctx.txApp, 'progress');
	if (!existing) record.set('id', item.id);
	record.set('module', fields.module);
	record.set('activity', fields.activity);
	record.set('done', fields.done);
	record.set('done_at', fields.done_at);
	return upsert.save(ctx, item, record, 'user');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'progress',
	upsert: upsertProgress,
	accepts: ['module', 'activity', 'done', 'done_at'],
	pull: {
		scope: 'own',
		fields: [
			{ name: 'module', type: 'text' },
			{ name: 'activity', type: 'text' },
			{ name: 'done', type: 'bool' },
			{ name: 'done_at', type: 'text' }
		]
	}
};
