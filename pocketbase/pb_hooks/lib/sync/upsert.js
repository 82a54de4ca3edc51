// What every record collection's upsert shares (lib/sync/collections/): the shape of a per-record
// rejection, looking a record up without throwing, and the save that stamps the writer, the
// device and the next seq. Runs inside the request's write transaction; never decides who may
// write what (each declaration does).

/**
 * @typedef {object} RecordItem One pushed record, as the client sent it.
 * @property {string} id the client's id (15 lowercase letters or digits, checked by request.js)
 * @property {unknown} collection
 * @property {Record<string, any>} data
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
 * Stamps the writer, the device and the next seq, then saves; a validation error rejects.
 * @param {SyncContext} ctx
 * @param {RecordItem} item
 * @param {core.Record} record
 * @param {string} writerField the relation to the caller (`user`, `updated_by`)
 * @returns {Rejection | null}
 */
function save(ctx, item, record, writerField) {
	record.set(writerField, ctx.scope.id);
	record.set('device', ctx.device);
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
	save: save
};
