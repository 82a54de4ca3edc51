// Bulk upsert for the seed (see admin.pb.js). CommonJS, required inside handlers (goja).
// A record whose fields are all unchanged is not saved, so its `updated` date does not move:
// devices pull curriculum changes by `updated`, and only what was edited must reach them.
var KEYS = {
	communes: 'insee',
	modules: 'key',
	activities: 'key',
	resources: 'key',
	good_practices: 'key'
};

/**
 * JSON text with object keys sorted, so stored JSON (sorted by Go) compares with new values.
 * @param {unknown} value
 * @returns {string}
 */
function canonical(value) {
	if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
	if (value !== null && typeof value === 'object') {
		return (
			'{' +
			Object.keys(value)
				.sort()
				.map(function (k) {
					return (
						JSON.stringify(k) + ':' + canonical(/** @type {Record<string, unknown>} */ (value)[k])
					);
				})
				.join(',') +
			'}'
		);
	}
	return JSON.stringify(value === undefined ? null : value);
}

/**
 * Whether `record` already holds `value` in `field`.
 * @param {core.Record} record
 * @param {string} field
 * @param {unknown} value
 */
function sameValue(record, field, value) {
	var stored = record.getString(field);
	if (value !== null && typeof value === 'object') {
		var parsed;
		try {
			parsed = stored === '' ? null : JSON.parse(stored);
		} catch (_) {
			return false;
		}
		return canonical(parsed) === canonical(value);
	}
	return stored === (value === null || value === undefined ? '' : String(value));
}

/**
 * Upserts `records` into `collection`, matching on its natural key. Returns counts.
 * @param {core.RequestEvent} e
 */
function importRecords(e) {
	var body = e.requestInfo().body;
	var name = body.collection;
	var key = Object.prototype.hasOwnProperty.call(KEYS, name)
		? KEYS[/** @type {keyof KEYS} */ (name)]
		: '';
	if (!key)
		throw new BadRequestError('Cette collection n’est pas importable : ' + String(name) + '.');
	if (!Array.isArray(body.records)) throw new BadRequestError('« records » doit être une liste.');
	var created = 0;
	var updated = 0;
	var unchanged = 0;
	$app.runInTransaction(function (txApp) {
		var collection = txApp.findCollectionByNameOrId(name);
		for (var i = 0; i < body.records.length; i++) {
			var data = body.records[i];
			var record;
			var isNew = false;
			try {
				record = txApp.findFirstRecordByData(name, key, data[key]);
			} catch (_) {
				record = new Record(collection);
				isNew = true;
			}
			var changed = isNew;
			for (var field in data) {
				if (field === 'id') continue;
				if (!isNew && sameValue(record, field, data[field])) continue;
				record.set(field, data[field]);
				changed = true;
			}
			if (!changed) {
				unchanged++;
				continue;
			}
			if (isNew) created++;
			else updated++;
			txApp.save(record);
		}
	});
	return { collection: name, created: created, updated: updated, unchanged: unchanged };
}

module.exports = { importRecords: importRecords };
