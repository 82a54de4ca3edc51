// What every record collection's upsert shares (lib/sync/collections/): the shape of a per-record
// rejection, looking a record up without throwing, the version check that keeps a replayed or
// late push from rolling a record back, and the save that stamps the writer, the device, the
// record version and the next seq. Runs inside the request's write transaction; never decides who may
// write what (each declaration does).

/**
 * @typedef {object} RecordItem One pushed record, as the client sent it.
 * @property {string} id the client's id (15 lowercase letters or digits, checked by request.js)
 * @property {unknown} collection
 * @property {Record<string, any>} data
 * @property {number} rev the record version the client stamped when it saved (checked by
 *   records.js: an integer from 1 to 2^53 - 1)
 */

/**
 * @typedef {object} Rejection A refused op or record, reported in the response.
 * @property {string} id
 * @property {'op' | 'record'} kind
 * @property {number} status
 * @property {string} code
 * @property {string} reason French, for the user
 */

/**
 * @typedef {object} SyncContext The state of one sync request (cycle.js).
 * @property {CoreApp} txApp the request's write transaction
 * @property {import('./scope.js').UserScope} scope the caller
 * @property {string} device
 * @property {import('./sequence.js').Sequence} sequence
 * @property {string[]} accepted op ids
 * @property {Rejection[]} rejected
 * @property {string[]} records accepted record ids
 * @property {{ collection: string, id: string }[]} superseded accepted records whose push changed
 *   nothing because the server holds a newer version: the response carries that version
 */

/**
 * A rejection of the record `item`.
 * @param {{ id: string }} item
 * @param {number} status
 * @param {string} code
 * @param {string} reason
 * @returns {Rejection}
 */
function rejection(item, status, code, reason) {
	return { id: item.id, kind: 'record', status: status, code: code, reason: reason };
}

/**
 * A 400 `malformed` rejection of the record `item`.
 * @param {{ id: string }} item
 * @param {string} reason
 */
function malformed(item, reason) {
	return rejection(item, 400, 'malformed', reason);
}

/**
 * The record `id` of `collection`, or null.
 * @param {CoreApp} txApp
 * @param {string} collection
 * @param {string} id
 * @returns {core.Record | null}
 */
function findOrNull(txApp, collection, id) {
	try {
		return txApp.findRecordById(collection, id);
	} catch {
		return null;
	}
}

/**
 * The first record of `collection` whose `field` is `value`, or null.
 * @param {CoreApp} txApp
 * @param {string} collection
 * @param {string} field
 * @param {string} value
 * @returns {core.Record | null}
 */
function findByData(txApp, collection, field, value) {
	try {
		return txApp.findFirstRecordByData(collection, field, value);
	} catch {
		return null;
	}
}

/**
 * A new, empty record of `collection`.
 * @param {CoreApp} txApp
 * @param {string} collection
 * @returns {core.Record}
 */
function newRecord(txApp, collection) {
	return new Record(txApp.findCollectionByNameOrId(collection));
}

/**
 * True when `value` is a string of at most `max` characters.
 * @param {unknown} value
 * @param {number} max
 * @returns {value is string}
 */
function isText(value, max) {
	return typeof value === 'string' && value.length <= max;
}

/**
 * True when the server already holds `existing` at a version at least as new as the push's: then
 * the push changes nothing (a replay, a duplicate, or the late first delivery of an older
 * version) and is answered as accepted, with the stored version in `superseded` so that the
 * device adopts it. Call it once the caller is known to be allowed to write the record.
 * @param {SyncContext} ctx
 * @param {RecordItem} item
 * @param {core.Record} existing
 * @param {string} collection
 */
function superseded(ctx, item, existing, collection) {
	if (item.rev > existing.getInt('rev')) return false;
	ctx.superseded.push({ collection: collection, id: item.id });
	return true;
}

/**
 * Records a newer version whose data equals what is stored: only `rev` moves (no new seq, so no
 * device pulls it again), and an older version arriving later is still recognised as older.
 * @param {SyncContext} ctx
 * @param {RecordItem} item
 * @param {core.Record} existing
 * @returns {null}
 */
function keepNewerRev(ctx, item, existing) {
	existing.set('rev', item.rev);
	ctx.txApp.save(existing);
	return null;
}

/**
 * Stamps the writer, the device, the record version and the next seq, then saves; a validation
 * error rejects.
 * @param {SyncContext} ctx
 * @param {RecordItem} item
 * @param {core.Record} record
 * @param {string} writerField the relation to the caller (`user`, `updated_by`)
 * @returns {Rejection | null}
 */
function save(ctx, item, record, writerField) {
	record.set(writerField, ctx.scope.id);
	record.set('device', ctx.device);
	record.set('rev', item.rev);
	record.set('seq', ctx.sequence.next());
	try {
		ctx.txApp.save(record);
	} catch (err) {
		ctx.sequence.value -= 1; // nothing was written with this number
		return malformed(item, 'Fiche refusée par le serveur : ' + errorText(err));
	}
	return null;
}

/**
 * The message of a thrown value.
 * @param {unknown} err
 */
function errorText(err) {
	// A Go error thrown through goja is a wrapped object: read `message` as it is, without `in`.
	var message = err ? /** @type {{ message?: unknown }} */ (err).message : undefined;
	return String(message ? message : err);
}

module.exports = {
	rejection: rejection,
	malformed: malformed,
	findOrNull: findOrNull,
	findByData: findByData,
	newRecord: newRecord,
	isText: isText,
	superseded: superseded,
	keepNewerRev: keepNewerRev,
	save: save
};
