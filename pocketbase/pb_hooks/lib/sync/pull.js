// Reads what a device has not seen yet (pocketbase/README.md, "Pull"): doc updates and synced
// records (projects, progress, charters) with cursor < seq <= head, scoped to the caller, minus
// what the same device pushed, in seq order, cut by `limit` and by a byte budget (then `more`
// is true). Raw SQL: the scoped reads need joins and json_each that the record API would turn
// into one query per row.
var limits = require(`${__hooks}/lib/sync/limits.js`);
var scopes = require(`${__hooks}/lib/sync/scope.js`);
var charters = require(`${__hooks}/lib/charters.js`);

/** Doc update rows (without their payload) visible to an élu. */
function docRows(db, scope, window) {
	if (scope.role !== 'elu' || !scope.communes.length) return [];
	var rows = arrayOf(
		new DynamicModel({ seq: 0, doc: '', type: '', commune: '', snapshot: false, chars: 0, rows: 0 })
	);
	// Drive the join from the caller's docs (index on docs.commune, then doc_updates (doc, seq)):
	// the cost follows the size of their communes' data, not of the whole table.
	db.newQuery(
		'SELECT u.seq AS seq, u.doc AS doc, d.type AS type, d.commune AS commune, ' +
			'u.snapshot AS snapshot, length(u."update") AS chars, d.rows AS rows ' +
			'FROM docs d CROSS JOIN doc_updates u ON u.doc = d.id ' +
			'WHERE d.commune IN (SELECT value FROM json_each({:communes})) ' +
			'AND u.seq > {:cursor} AND u.seq <= {:head} AND u.seq > 0 AND u.device != {:device} ' +
			'ORDER BY u.seq LIMIT {:n}'
	)
		.bind({
			communes: JSON.stringify(scope.communes),
			cursor: window.cursor,
			head: window.head,
			device: window.device,
			n: window.limit + 1
		})
		.all(rows);
	return rows;
}

/** The payloads of the chosen doc rows, by seq. */
function payloads(db, seqs) {
	var rows = arrayOf(new DynamicModel({ seq: 0, update: '', snapshot: false }));
	db.newQuery(
		'SELECT seq, "update" AS "update", snapshot FROM doc_updates ' +
			'WHERE seq IN (SELECT value FROM json_each({:seqs})) AND seq > 0'
	)
		.bind({ seqs: JSON.stringify(seqs) })
		.all(rows);
	var bySeq = {};
	for (var i = 0; i < rows.length; i++) bySeq[rows[i].seq] = rows[i];
	return bySeq;
}

var PROJECT_COLUMNS =
	'p.id AS id, p.seq AS seq, p.commune AS commune, p.title AS title, p.status AS status, ' +
	"coalesce(p.themes, '[]') AS themes, coalesce(p.levers, '[]') AS levers, " +
	'p.summary AS summary, p.updated_by AS updated_by, ' +
	'p.updated AS updated';

/** Project summary rows in the caller's scope. */
function projectRows(db, scope, window) {
	var where = scopes.projectScope(scope);
	if (where.kind === 'none') return [];
	var sql = 'SELECT ' + PROJECT_COLUMNS + ' FROM projects p ';
	var params = {
		cursor: window.cursor,
		head: window.head,
		device: window.device,
		n: window.limit + 1
	};
	if (where.kind === 'communes') {
		sql += 'WHERE p.commune IN (SELECT value FROM json_each({:communes})) AND ';
		params.communes = JSON.stringify(where.communes);
	} else if (where.kind === 'territory') {
		sql += 'JOIN communes c ON c.id = p.commune WHERE c.' + where.column + ' = {:code} AND ';
		params.code = where.code;
	} else {
		sql += 'WHERE ';
	}
	sql +=
		'p.seq > {:cursor} AND p.seq <= {:head} AND p.device != {:device} ORDER BY p.seq LIMIT {:n}';
	var rows = arrayOf(
		new DynamicModel({
			id: '',
			seq: 0,
			commune: '',
			title: '',
			status: '',
			themes: '',
			levers: '',
			summary: '',
			updated_by: '',
			updated: ''
		})
	);
	db.newQuery(sql).bind(params).all(rows);
	return rows.map(function (row) {
		return {
			seq: row.seq,
			collection: 'projects',
			id: row.id,
			data: {
				commune: row.commune,
				title: row.title,
				status: row.status,
				themes: row.themes ? JSON.parse(row.themes) : [],
				levers: row.levers ? JSON.parse(row.levers) : [],
				summary: row.summary,
				updated_by: row.updated_by,
				updated: row.updated
			}
		};
	});
}

/** The caller's own progress rows. */
function progressRows(db, scope, window) {
	var rows = arrayOf(
		new DynamicModel({ id: '', seq: 0, module: '', activity: '', done: false, done_at: '' })
	);
	db.newQuery(
		'SELECT id, seq, module, activity, done, done_at FROM progress ' +
			'WHERE user = {:user} AND seq > {:cursor} AND seq <= {:head} AND device != {:device} ' +
			'ORDER BY seq LIMIT {:n}'
	)
		.bind({
			user: scope.id,
			cursor: window.cursor,
			head: window.head,
			device: window.device,
			n: window.limit + 1
		})
		.all(rows);
	return rows.map(function (row) {
		return {
			seq: row.seq,
			collection: 'progress',
			id: row.id,
			data: { module: row.module, activity: row.activity, done: row.done, done_at: row.done_at }
		};
	});
}

/**
 * Pulls for `scope` after `cursor`, up to `head` (the sequence value read before any row).
 * Returns `{ changes, recordChanges, cursor, more, bigDocs }` (bigDocs: docs of the returned
 * changes with more than COMPACT_ROWS rows).
 */
function pull(db, scope, device, cursor, limit, head) {
	if (cursor >= head) {
		// Up to date (the common idle cycle), or beyond a server restored from a backup.
		return { changes: [], recordChanges: [], cursor: head, more: false, bigDocs: [] };
	}
	var window = { cursor: cursor, head: head, device: device, limit: limit };
	var lists = [
		docRows(db, scope, window),
		projectRows(db, scope, window),
		progressRows(db, scope, window),
		charters.charterRows(db, scope, window)
	];
	var recordSize = function (row) {
		return JSON.stringify(row.data).length;
	};
	var sizes = [
		function (row) {
			return row.chars;
		},
		recordSize,
		recordSize,
		recordSize
	];
	var next = [0, 0, 0, 0];
	var taken = [[], [], [], []];
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
		var row = lists[pick][next[pick]];
		var size = sizes[pick](row);
		if (count > 0 && chars + size > limits.PULL_BUDGET_CHARS) break;
		taken[pick].push(row);
		next[pick] += 1;
		count += 1;
		chars += size;
		last = row.seq;
	}
	var more = false;
	for (var m = 0; m < lists.length; m++) more = more || next[m] < lists[m].length;
	var bySeq = taken[0].length
		? payloads(
				db,
				taken[0].map(function (r) {
					return r.seq;
				})
			)
		: {};
	var changes = [];
	var bigDocs = [];
	for (var i = 0; i < taken[0].length; i++) {
		var change = taken[0][i];
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
		if (change.rows > limits.COMPACT_ROWS && bigDocs.indexOf(change.doc) < 0)
			bigDocs.push(change.doc);
	}
	var recordChanges = taken[1].concat(taken[2], taken[3]).sort(function (a, b) {
		return a.seq - b.seq;
	});
	return {
		changes: changes,
		recordChanges: recordChanges,
		cursor: more ? last : head,
		more: more,
		bigDocs: bigDocs
	};
}

module.exports = { pull: pull };
