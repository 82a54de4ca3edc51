// Bulk upsert for the seed (see admin.pb.js). CommonJS, required inside handlers (goja).
var KEYS = {
	communes: 'insee'
};

/** Upserts `records` into `collection`, matching on its natural key. Returns counts. */
function importRecords(e) {
	var body = e.requestInfo().body;
	var name = body.collection;
	var key = KEYS[name];
	if (!key) throw new BadRequestError('Collection non importable : ' + name);
	if (!Array.isArray(body.records)) throw new BadRequestError('« records » doit être une liste.');
	var created = 0;
	var updated = 0;
	$app.runInTransaction(function (txApp) {
		var collection = txApp.findCollectionByNameOrId(name);
		for (var i = 0; i < body.records.length; i++) {
			var data = body.records[i];
			var record;
			try {
				record = txApp.findFirstRecordByData(name, key, data[key]);
				updated++;
			} catch (_) {
				record = new Record(collection);
				created++;
			}
			for (var field in data) {
				if (field !== 'id') record.set(field, data[field]);
			}
			txApp.save(record);
		}
	});
	return { collection: name, created: created, updated: updated };
}

module.exports = { importRecords: importRecords };
