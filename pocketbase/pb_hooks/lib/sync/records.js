// Upserts the plain records of one sync request (pocketbase/README.md, "Records"), keyed by the
// client's id, each through the declaration of its collection (lib/sync/collections/). Runs
// inside the request's write transaction, through the record API (validation, realtime events).
// The server sets who wrote a record; user or author fields in `data` are ignored. Every pushed
// record carries its version (`rev`); a push that is not newer than the stored version changes
// nothing (upsert.superseded), so a replayed, duplicated or late request never rolls data back. Never names a
// collection: an unknown one (also `constructor` or `__proto__`) is rejected with 422.
/** @type {typeof import('./collections/index.js')} */
var collections = require(`${__hooks}/lib/sync/collections/index.js`);
/** @type {typeof import('./request.js')} */
var request = require(`${__hooks}/lib/sync/request.js`);
/** @type {typeof import('./upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

/** Largest record version: an integer a double holds exactly. */
var MAX_REV = 9007199254740991;

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
		} else if (!request.isInteger(item.rev) || item.rev < 1 || item.rev > MAX_REV) {
			problem = upsert.malformed(
				item,
				'La version de la fiche (« rev ») doit être un entier positif : mettez l’application à jour.'
			);
		} else {
			problem = declaration.upsert(ctx, item);
		}
		if (problem) ctx.rejected.push(problem);
		else ctx.records.push(item.id);
	}
}

module.exports = { upsertRecords: upsertRecords };
