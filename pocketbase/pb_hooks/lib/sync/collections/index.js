// The registry of record collections synced through POST /api/collab/sync: one declaration per
// collection (this folder), read by records.js (push), pull.js (pull) and scope.js (who pulls
// what). Adding a collection is one declaration file, one line below and one migration. Owns the
// lookup by name, which is prototype-safe: a request naming `constructor` or `__proto__` finds
// nothing. Never names a collection outside DECLARATIONS. No PocketBase API at load time, so Node
// tests load it too (with `globalThis.__hooks` set to the pb_hooks folder).
/** @type {typeof import('../scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);

/**
 * @typedef {object} WireField A data field of a pulled record: column of the table, same name.
 * @property {string} name
 * @property {'text' | 'json' | 'bool' | 'number'} type json: a list or object (`[]` when empty)
 */

/**
 * @typedef {object} CollectionDeclaration
 * @property {string} name the PocketBase collection, and `collection` on the wire
 * @property {(ctx: import('../upsert.js').SyncContext, item: import('../upsert.js').RecordItem) => import('../upsert.js').Rejection | null} upsert
 *   checks and stores one pushed record (its `data` is an object); returns a rejection or null
 * @property {string[]} accepts the `data` fields a push may carry (others are ignored)
 * @property {{ scope: string, fields: WireField[] }} pull who pulls which rows (a pull scope of
 *   scope.js) and the `data` fields of a pulled record, in order
 */

/** @type {CollectionDeclaration[]} */
var DECLARATIONS = [
	require(`${__hooks}/lib/sync/collections/charters.js`),
	require(`${__hooks}/lib/sync/collections/progress.js`),
	require(`${__hooks}/lib/sync/collections/projects.js`),
	require(`${__hooks}/lib/sync/collections/quiz_attempts.js`),
	require(`${__hooks}/lib/sync/collections/needs_surveys.js`),
	require(`${__hooks}/lib/sync/collections/discussions.js`),
	require(`${__hooks}/lib/sync/collections/comments.js`),
	require(`${__hooks}/lib/sync/collections/consultations.js`),
	require(`${__hooks}/lib/sync/collections/proposals.js`),
	require(`${__hooks}/lib/sync/collections/votes.js`),
	require(`${__hooks}/lib/sync/collections/reports.js`),
	require(`${__hooks}/lib/sync/collections/notifications.js`),
	require(`${__hooks}/lib/sync/collections/training_sessions.js`),
	require(`${__hooks}/lib/sync/collections/participants.js`),
	require(`${__hooks}/lib/sync/collections/attendances.js`),
	require(`${__hooks}/lib/sync/collections/attendance_seals.js`),
	require(`${__hooks}/lib/sync/collections/session_feedback.js`)
];

var IDENTIFIER = /^[a-z][a-z0-9_]*$/;

/** @type {Record<string, CollectionDeclaration>} */
var BY_NAME = Object.create(null);
for (var i = 0; i < DECLARATIONS.length; i++) {
	var declaration = DECLARATIONS[i];
	// Names and fields are spliced into SQL by pull.js: allow plain identifiers only.
	if (!IDENTIFIER.test(declaration.name) || BY_NAME[declaration.name]) {
		throw new Error('bad or repeated record collection name ' + declaration.name);
	}
	if (!scopes.isPullScope(declaration.pull.scope)) {
		throw new Error(declaration.name + ': unknown pull scope ' + declaration.pull.scope);
	}
	for (var f = 0; f < declaration.pull.fields.length; f++) {
		if (!IDENTIFIER.test(declaration.pull.fields[f].name)) {
			throw new Error(declaration.name + ': bad field ' + declaration.pull.fields[f].name);
		}
	}
	BY_NAME[declaration.name] = declaration;
}

/**
 * The declaration of the collection `name` (as a request names it), or null.
 * @param {unknown} name
 * @returns {CollectionDeclaration | null}
 */
function lookup(name) {
	if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(BY_NAME, name)) {
		return null;
	}
	return BY_NAME[name];
}

/** The declarations in name order, sorted once: every pull walks them. */
var IN_NAME_ORDER = DECLARATIONS.slice().sort(function (a, b) {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
});

/**
 * Every declaration, in name order.
 * @returns {CollectionDeclaration[]}
 */
function all() {
	return IN_NAME_ORDER.slice();
}

/**
 * A plain description for tests comparing the app's registry with the server's: each
 * collection's name and the `data` fields of a pulled record, both sorted.
 * @returns {{ name: string, fields: string[] }[]}
 */
function describe() {
	return all().map(function (d) {
		var fields = d.pull.fields.map(function (field) {
			return field.name;
		});
		return { name: d.name, fields: fields.sort() };
	});
}

/**
 * The same for pushes: each collection's name and the `data` fields it accepts, both sorted.
 * @returns {{ name: string, fields: string[] }[]}
 */
function describePush() {
	return all().map(function (d) {
		return { name: d.name, fields: d.accepts.slice().sort() };
	});
}

module.exports = { lookup: lookup, all: all, describe: describe, describePush: describePush };
