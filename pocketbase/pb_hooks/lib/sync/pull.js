// Reads what a device has not seen yet (pocketbase/README.md, "Pull"): doc updates and the rows
// of every record collection of the registry (lib/sync/collections/) with cursor < seq <= head,
// scoped to the caller (each collection's pull scope, lib/sync/scope.js), minus what the same
// device pushed, in seq order, cut by `limit` and by a byte budget (then `more` is true). Raw
// SQL: the scoped reads need joins and json_each that the record API would turn into one query
// per row. Never names a record collection and never writes.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('./scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./collections/index.js')} */
var collections = require(`${__hooks}/lib/sync/collections/index.js`);
/** @type {typeof import('./boards.js')} */
var boardScopes = require(`${__hooks}/lib/sync/boards.js`);
/** @type {typeof import('./sequence.js')} */
var sequences = require(`${__hooks}/lib/sync/sequence.js`);

/**
 * @typedef {object} PullWindow
 * @property {number} cursor rows after this seq
 * @property {number} head up to this seq
 * @property {string} device rows this device wrote are left out
 * @property {number} limit rows per page
 */

/**
 * @typedef {object} DocRow A doc update row without its payload.
 * @property {number} seq
 * @property {string} doc
 * @property {string} type
 * @property {string} commune
 * @property {boolean} snapshot
 * @property {number} chars length of the z85 payload
 * @property {number} rows stored rows of the doc
 */

/**
 * @typedef {object} DocChange
 * @property {number} seq
 * @property {string} doc
 * @property {string} type
 * @property {string} commune
 * @property {string} update z85
 * @property {boolean} snapshot
 */

/**
 * @typedef {object} RecordChange
 * @property {number} seq
 * @property {string} collection
 * @property {string} id
 * @property {number} rev the record's version
 * @property {Record<string, unknown>} data
 */

/**
 * @typedef {object} Pulled
 * @property {DocChange[]} changes
 * @property {RecordChange[]} recordChanges
 * @property {number} cursor
 * @property {boolean} more
 * @property {string[]} bigDocs
 */

/**
 * `value` as SQL text, for the few places a number is written into a statement rather than bound.
 * @param {number} value
 * @returns {string}
 */
function sqlInteger(value) {
	if (typeof value !== 'number' || !isFinite(value) || Math.floor(value) !== value) {
		throw new Error('not an integer: ' + value);
	}
	return String(value);
}

/**
 * The statement of windowState and the number of tables it reads, built once per VM (the
 * registry never changes while the server runs).
 * @type {{ sql: string, tables: number } | null}
 */
var windowQuery = null;

/**
 * The head of the sequence and which lists of a pull have rows after `cursor`: [doc updates, then
 * each record collection in `collections.all()` order]. One statement reads the counter and the
 * last seq of each table (each a seek at the end of its seq index), in one snapshot, so a pull
 * reads only the tables that changed since the device's cursor: the common cycle, a device a few
 * seqs behind the head, runs two queries instead of one per collection (pocketbase/README.md,
 * "Throughput").
 * @param {dbx.Builder} db
 * @param {number} cursor
 * @returns {{ head: number, changed: boolean[] }}
 */
function windowState(db, cursor) {
	if (!windowQuery) {
		var tables = ['doc_updates'].concat(
			collections.all().map(function (declaration) {
				return declaration.name;
			})
		);
		var columns = tables.map(function (table, i) {
			// max() is one seek at the end of a table's unique seq index, but doc_updates' index is
			// partial (`seq > 0`), and there max(seq) WHERE seq > 0 walks it all (1.6 ms on the
			// national data): ORDER BY … LIMIT 1 reads one entry. (max() is the simpler to compile.)
			var last =
				table === 'doc_updates'
					? '(SELECT seq FROM doc_updates WHERE seq > 0 ORDER BY seq DESC LIMIT 1)'
					: '(SELECT max(seq) FROM ' + table + ')';
			return 'coalesce(' + last + ', 0) AS t' + i;
		});
		windowQuery = {
			sql: 'SELECT coalesce(' + sequences.CURRENT_SQL + ', 0) AS head, ' + columns.join(', '),
			tables: tables.length
		};
	}
	/** @type {Record<string, number>} */
	var model = { head: 0 };
	for (var i = 0; i < windowQuery.tables; i++) model['t' + i] = 0;
	var row = /** @type {any} */ (new DynamicModel(model));
	db.newQuery(windowQuery.sql).one(row);
	/** @type {boolean[]} */
	var changed = [];
	for (var t = 0; t < windowQuery.tables; t++) changed.push(row['t' + t] > cursor);
	return { head: row.head, changed: changed };
}

/**
 * Doc update rows (without their payload) the user may read: the documents of an élu's communes,
 * and the boards of the sessions the user runs (lib/sync/boards.js). A board's `commune` on the
 * wire is its session's id, its scope on the devices.
 * @param {dbx.Builder} db
 * @param {import('./scope.js').UserScope} scope
 * @param {PullWindow} window
 * @returns {DocRow[]}
 */
function docRows(db, scope, window) {
	var rows = arrayOf(
		new DynamicModel({ seq: 0, doc: '', type: '', commune: '', snapshot: false, chars: 0, rows: 0 })
	);
	// One indexed read per kind of document, never an OR of the two: SQLite cannot use an index
	// across it and scans every doc (10 ms a pull on the national data, against 0.4 ms).
	var parts = [];
	/** @type {Record<string, string | number>} */
	var params = { device: window.device, n: window.limit + 1 };
	if (scope.role === 'elu' && scope.communes.length) {
		parts.push("d.commune IN (SELECT value FROM json_each({:communes})) AND d.type != 'board'");
		params.communes = JSON.stringify(scope.communes);
	}
	var boards = boardScopes.boardsRunBy(scope);
	if (boards) {
		parts.push(boards.where);
		params.runs = boards.params.runs;
	}
	if (!parts.length) return [];
	// Driven from the caller's docs (index on docs.commune or docs.session, then doc_updates
	// (doc, seq)): the cost follows the size of their own data, not of the table.
	// The window's bounds are written as integers, not bound: SQLite compares a bound `seq > ?`
	// with the partial index `seq > 0` of doc_updates, and then compiles the statement a second
	// time once the value is bound (a third of the server's CPU under load went to compiling).
	var bounds =
		' AND u.seq > ' + sqlInteger(window.cursor) + ' AND u.seq <= ' + sqlInteger(window.head);
	var selects = parts.map(function (where) {
		return (
			'SELECT u.seq AS seq, u.doc AS doc, d.type AS type, ' +
			"CASE WHEN d.type = 'board' THEN d.session ELSE d.commune END AS commune, " +
			'u.snapshot AS snapshot, length(u."update") AS chars, d.rows AS rows ' +
			'FROM docs d CROSS JOIN doc_updates u ON u.doc = d.id WHERE ' +
			where +
			bounds +
			' AND u.seq > 0 AND u.device != {:device}'
		);
	});
	db.newQuery('SELECT * FROM (' + selects.join(' UNION ALL ') + ') ORDER BY seq LIMIT {:n}')
		.bind(params)
		.all(rows);
	return /** @type {any} */ (rows);
}

/**
 * The payloads of the chosen doc rows, by seq.
 * @param {dbx.Builder} db
 * @param {number[]} seqs
 * @returns {Record<number, { seq: number, update: string, snapshot: boolean }>}
 */
function payloads(db, seqs) {
	var rows = arrayOf(new DynamicModel({ seq: 0, update: '', snapshot: false }));
	db.newQuery(
		'SELECT seq, "update" AS "update", snapshot FROM doc_updates ' +
			'WHERE seq IN (SELECT value FROM json_each({:seqs})) AND seq > 0'
	)
		.bind({ seqs: JSON.stringify(seqs) })
		.all(rows);
	var bySeq = Object.create(null);
	for (var i = 0; i < rows.length; i++) bySeq[rows[i].seq] = rows[i];
	return bySeq;
}

/**
 * The SQL of one wire field of the pulled table `t`.
 * @param {import('./collections/index.js').WireField} field
 */
function columnOf(field) {
	var column = 't."' + field.name + '"';
	if (field.type === 'json') column = 'coalesce(' + column + ", '[]')";
	return column + ' AS "' + field.name + '"';
}

/**
 * The value a DynamicModel starts with for a wire field (it fixes the type read back).
 * @param {import('./collections/index.js').WireField} field
 */
function emptyOf(field) {
	if (field.type === 'number') return 0;
	return field.type === 'bool' ? false : '';
}

/**
 * Rows of one record collection as record changes: `join` and `where` (SQL on the table `t`,
 * with `{:name}` placeholders bound from `params`), then `tail` (order, limit).
 * @param {dbx.Builder} db
 * @param {import('./collections/index.js').CollectionDeclaration} declaration
 * @param {string} join
 * @param {string} where
 * @param {Record<string, any>} params
 * @param {string} tail
 * @returns {RecordChange[]}
 */
function selectRecords(db, declaration, join, where, params, tail) {
	var fields = declaration.pull.fields;
	/** @type {Record<string, unknown>} */
	var model = { id: '', seq: 0, rev: 0 };
	for (var f = 0; f < fields.length; f++) model[fields[f].name] = emptyOf(fields[f]);
	var rows = arrayOf(new DynamicModel(model));
	db.newQuery(
		'SELECT t.id AS id, t.seq AS seq, coalesce(t.rev, 0) AS rev, ' +
			fields.map(columnOf).join(', ') +
			' FROM ' +
			declaration.name +
			' t ' +
			join +
			' WHERE ' +
			where +
			' ' +
			tail
	)
		.bind(params)
		.all(rows);
	return rows.map(function (/** @type {any} */ row) {
		/** @type {Record<string, unknown>} */
		var data = {};
		for (var j = 0; j < fields.length; j++) {
			var value = row[fields[j].name];
			data[fields[j].name] = fields[j].type === 'json' ? (value ? JSON.parse(value) : []) : value;
		}
		return { seq: row.seq, collection: declaration.name, id: row.id, rev: row.rev, data: data };
	});
}

/**
 * The rows of one record collection in the caller's scope, as record changes.
 * @param {dbx.Builder} db
 * @param {import('./collections/index.js').CollectionDeclaration} declaration
 * @param {import('./scope.js').UserScope} scope
 * @param {PullWindow} window
 * @returns {RecordChange[]}
 */
function recordRows(db, declaration, scope, window) {
	var where = scopes.pullScope(declaration.pull.scope, scope);
	if (!where) return [];
	/** @type {Record<string, any>} */
	var params = {
		cursor: window.cursor,
		head: window.head,
		device: window.device,
		n: window.limit + 1
	};
	for (var key in where.params) params[key] = where.params[key];
	return selectRecords(
		db,
		declaration,
		where.join,
		where.where + ' AND t.seq > {:cursor} AND t.seq <= {:head} AND t.device != {:device}',
		params,
		'ORDER BY t.seq LIMIT {:n}'
	);
}

/**
 * The stored versions of records whose push was superseded (the caller was allowed to write
 * them, so may read them), in the wire form of a pull.
 * @param {dbx.Builder} db
 * @param {{ collection: string, id: string }[]} items
 * @returns {RecordChange[]}
 */
function currentRecords(db, items) {
	/** @type {RecordChange[]} */
	var out = [];
	var declarations = collections.all();
	for (var d = 0; d < declarations.length; d++) {
		var ids = [];
		for (var i = 0; i < items.length; i++) {
			if (items[i].collection === declarations[d].name) ids.push(items[i].id);
		}
		if (!ids.length) continue;
		out = out.concat(
			selectRecords(
				db,
				declarations[d],
				'',
				't.id IN (SELECT value FROM json_each({:ids}))',
				{ ids: JSON.stringify(ids) },
				''
			)
		);
	}
	return out;
}

/**
 * Pulls for `scope` after `cursor`, up to `head`: the last seq of the request's own write, or
 * else the sequence's value, read with the tables' last seqs before any row (every row with
 * seq <= head is committed: seqs follow commits).
 * Returns `{ changes, recordChanges, cursor, more, bigDocs }` (bigDocs: docs of the returned
 * changes with more than COMPACT_ROWS rows).
 * @param {dbx.Builder} db
 * @param {import('./scope.js').UserScope} scope
 * @param {string} device
 * @param {number} cursor
 * @param {number} limit
 * @param {number} [head]
 * @returns {Pulled}
 */
function pull(db, scope, device, cursor, limit, head) {
	var declarations = collections.all();
	var state = windowState(db, cursor);
	if (head === undefined) head = state.head;
	if (cursor >= head) {
		// Up to date (the common idle cycle), or beyond a server restored from a backup.
		return { changes: [], recordChanges: [], cursor: head, more: false, bigDocs: [] };
	}
	/** @type {PullWindow} */
	var window = { cursor: cursor, head: head, device: device, limit: limit };
	var changed = state.changed;
	// List 0 holds doc update rows, the others one record collection each; every list is in seq
	// order, and the page takes the lowest seq of all heads in turn.
	/** @type {{ seq: number }[][]} */
	var lists = [changed[0] ? docRows(db, scope, window) : []];
	for (var d = 0; d < declarations.length; d++) {
		lists.push(changed[d + 1] ? recordRows(db, declarations[d], scope, window) : []);
	}
	/** @type {number[]} */
	var next = [];
	/** @type {any[][]} */
	var taken = [];
	for (var t = 0; t < lists.length; t++) {
		next.push(0);
		taken.push([]);
	}
	var count = 0;
	var chars = 0;
	var last = window.cursor;
	for (;;) {
		var pick = -1;
		for (var l = 0; l < lists.length; l++) {
			if (
				next[l] < lists[l].length &&
				(pick < 0 || lists[l][next[l]].seq < lists[pick][next[pick]].seq)
			) {
				pick = l;
			}
		}
		if (pick < 0 || count >= limit) break;
		var row = /** @type {any} */ (lists[pick][next[pick]]);
		var size = pick === 0 ? row.chars : JSON.stringify(row.data).length;
		if (count > 0 && chars + size > limits.PULL_BUDGET_CHARS) break;
		taken[pick].push(row);
		next[pick] += 1;
		count += 1;
		chars += size;
		last = row.seq;
	}
	var more = false;
	for (var m = 0; m < lists.length; m++) more = more || next[m] < lists[m].length;
	var docs = changesOf(db, taken[0]);
	/** @type {RecordChange[]} */
	var recordChanges = [];
	for (var r = 1; r < taken.length; r++) recordChanges = recordChanges.concat(taken[r]);
	recordChanges.sort(function (a, b) {
		return a.seq - b.seq;
	});
	return {
		changes: docs.changes,
		recordChanges: recordChanges,
		cursor: more ? last : head,
		more: more,
		bigDocs: docs.bigDocs
	};
}

/**
 * The doc changes of the chosen rows, with their payloads, and the big docs among them.
 * @param {dbx.Builder} db
 * @param {DocRow[]} taken
 * @returns {{ changes: DocChange[], bigDocs: string[] }}
 */
function changesOf(db, taken) {
	var bySeq = taken.length
		? payloads(
				db,
				taken.map(function (r) {
					return r.seq;
				})
			)
		: Object.create(null);
	/** @type {DocChange[]} */
	var changes = [];
	/** @type {string[]} */
	var bigDocs = [];
	for (var i = 0; i < taken.length; i++) {
		var change = taken[i];
		// A row compacted since the first read is gone; the snapshot that replaced it has a seq
		// >= its own and comes in this page or a later one.
		if (bySeq[change.seq] === undefined) continue;
		changes.push({
			seq: change.seq,
			doc: change.doc,
			type: change.type,
			commune: change.commune,
			update: bySeq[change.seq].update,
			snapshot: bySeq[change.seq].snapshot
		});
		if (change.rows > limits.COMPACT_ROWS && bigDocs.indexOf(change.doc) < 0) {
			bigDocs.push(change.doc);
		}
	}
	return { changes: changes, bigDocs: bigDocs };
}

module.exports = { pull: pull, currentRecords: currentRecords };
