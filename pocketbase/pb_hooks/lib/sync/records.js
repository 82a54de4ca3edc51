// Upserts the plain records of one sync request (pocketbase/README.md, "Records"), keyed by the
// client's id, each through the declaration of its collection (lib/sync/collections/). Runs
// inside the request's write transaction, through the record API (validation, realtime events).
// The server sets who wrote a record; user or author fields in `data` are ignored. Writing the
// same data again changes nothing (no new seq), so a replayed request is a no-op. Never names a
// collection: an unknown one (also `constructor` or `__proto__`) is rejected with 422.
/** @type {typeof import('./collections/index.js')} */
var collections = require(`${__hooks}/lib/sync/collections/index.js`);
/** @type {typeof import('./request.js')} */
var request = require(`${__hooks}/lib/sync/request.js`);
/** @type {typeof import('./upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

/**
 * Upserts `items` in request order; fills ctx.records (accepted ids) and ctx.rejected.
 * @param {import('./upsert.js').SyncContext} ctx
 * @param {import('./upsert.js').RecordItem[]} items
 */
function upsertRecords(ctx, items) {
	for (var i = 0; i < items.length; i++) {
		var item = items[i];
		var declaration = collections.lookup(item.collection);
		var problem;
		if (!declaration) {
			problem = upsert.rejection(
				item,
				422,
				'unknown_type',
				'Type de fiche inconnu : ' + String(item.collection) + '.'
			);
		} else if (!request.isObject(item.data)) {
			problem = upsert.malformed(item, '« data » doit être un objet JSON.');
		} else {
			problem = declaration.upsert(ctx, item);
		}
		if (problem) ctx.rejected.push(problem);
		else ctx.records.push(item.id);
	}
}

module.exports = { upsertRecords: upsertRecords };
