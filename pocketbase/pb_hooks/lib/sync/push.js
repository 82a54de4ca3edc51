// Stores the pushed Yjs updates of one sync request (pocketbase/README.md, "Push" and
// "Compaction"). Runs inside the request's write transaction. The server never decodes an
// update: it checks the z85 alphabet, the length and the decoded size, and stores the string.
// A problem with one op rejects that op only. Rows are written with raw SQL (no realtime
// listener may read `doc_updates`); the `docs` rows go through the record API so that
// realtime subscribers hear about every change.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('./scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./request.js')['isInteger']} */
var isInteger = require(`${__hooks}/lib/sync/request.js`).isInteger;
/** @type {typeof import('./boards.js')} */
var boards = require(`${__hooks}/lib/sync/boards.js`);

var NOW = "strftime('%Y-%m-%d %H:%M:%fZ', 'now')";
var ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * @typedef {object} Op One pushed Yjs update, as the client sent it (fields unchecked).
 * @property {string} id the op id (checked by request.js)
 * @property {any} doc
 * @property {any} type
 * @property {any} commune
 * @property {any} update z85
 * @property {any} [covers] present on a snapshot
 * @property {number} [size] decoded bytes, set by checkOp
 */

/**
 * @typedef {object} DocEntry A `docs` record this request writes to.
 * @property {core.Record} record
 * @property {boolean} isNew
 * @property {boolean} dirty
 * @property {boolean} [runs] a board whose session the caller was found to run (lib/sync/boards.js)
 */

/**
 * @param {Op} op
 * @param {number} status
 * @param {string} code
 * @param {string} reason
 * @returns {import('./upsert.js').Rejection}
 */
function rejection(op, status, code, reason) {
	return { id: op.id, kind: 'op', status: status, code: code, reason: reason };
}

/**
 * Decoded byte length of a z85 string, or -1 when it is not well formed.
 * @param {unknown} text
 */
function decodedSize(text) {
	if (typeof text !== 'string' || (text.length - 1) % 5 !== 0) return -1;
	if (!limits.PATTERNS.z85.test(text)) return -1;
	var size = ((text.length - 1) / 5) * 4 - (text.charCodeAt(0) - 48);
	return size > 0 ? size : -1;
}

/**
 * Checks the fields of one op; returns a rejection, or null with `op.size` set.
 * @param {Op} op
 */
function checkOp(op) {
	if (typeof op.doc !== 'string' || !limits.PATTERNS.recordId.test(op.doc)) {
		return rejection(op, 400, 'malformed', 'Identifiant de document invalide.');
	}
	if (typeof op.type !== 'string') {
		return rejection(op, 400, 'malformed', 'Type de document manquant.');
	}
	if (op.covers !== undefined && (!isInteger(op.covers) || op.covers < 0)) {
		return rejection(op, 400, 'malformed', '« covers » doit être un entier positif ou nul.');
	}
	if (op.commune !== undefined && typeof op.commune !== 'string') {
		return rejection(op, 400, 'malformed', '« commune » doit être un identifiant de commune.');
	}
	var size = decodedSize(op.update);
	if (size < 0) {
		return rejection(
			op,
			400,
			'malformed',
			'La modification est illisible (encodage z85 invalide).'
		);
	}
	var snapshot = op.covers !== undefined;
	var max = snapshot ? limits.MAX_SNAPSHOT_BYTES : limits.MAX_UPDATE_BYTES;
	if (size > max) {
		return rejection(
			op,
			413,
			'too_large',
			'Cette modification est trop volumineuse (' +
				Math.ceil(size / 1024) +
				' Ko, au plus ' +
				max / 1024 +
				' Ko) : retirez des images ou découpez le document.'
		);
	}
	op.size = size;
	return null;
}

/**
 * The op ids of `ops` that the caller already stored (tombstones included). Op ids are unique per
 * author, not across users: an id another user stored (maybe on purpose, to take an id this
 * user's devices will compute) is no concern of this user.
 * @param {dbx.Builder} db
 * @param {string} author
 * @param {Op[]} ops
 * @returns {Record<string, boolean>}
 */
function knownOps(db, author, ops) {
	var ids = ops.map(function (/** @type {Op} */ op) {
		return op.id;
	});
	var rows = arrayOf(new DynamicModel({ op: '' }));
	db.newQuery(
		'SELECT op FROM doc_updates WHERE author = {:author} AND ' +
			'op IN (SELECT value FROM json_each({:ids}))'
	)
		.bind({ author: author, ids: JSON.stringify(ids) })
		.all(rows);
	/** @type {Record<string, boolean>} */
	var known = Object.create(null);
	for (var i = 0; i < rows.length; i++) known[rows[i].op] = true;
	return known;
}

/**
 * The `docs` records the ops name, by id, each wrapped as `{ record, isNew, dirty }`.
 * @param {CoreApp} txApp
 * @param {Op[]} ops
 * @returns {Record<string, DocEntry>}
 */
function loadDocs(txApp, ops) {
	/** @type {string[]} */
	var ids = [];
	for (var i = 0; i < ops.length; i++) {
		if (typeof ops[i].doc === 'string' && ids.indexOf(ops[i].doc) < 0) ids.push(ops[i].doc);
	}
	var docs = Object.create(null);
	var records = ids.length ? txApp.findRecordsByIds('docs', ids) : [];
	for (var j = 0; j < records.length; j++) {
		var record = records[j];
		if (record) docs[record.id] = { record: record, isNew: false, dirty: false };
	}
	return docs;
}

/**
 * @param {dbx.Builder} db
 * @param {import('./upsert.js').SyncContext} ctx
 * @param {Op} op
 * @param {number} seq
 * @param {boolean} snapshot
 */
function insertRow(db, ctx, op, seq, snapshot) {
	db.newQuery(
		'INSERT INTO doc_updates (id, op, doc, seq, "update", snapshot, covers, author, device, ' +
			'size, created) VALUES ({:id}, {:op}, {:doc}, {:seq}, {:update}, {:snapshot}, ' +
			'{:covers}, {:author}, {:device}, {:size}, ' +
			NOW +
			')'
	)
		.bind({
			id: $security.randomStringWithAlphabet(15, ID_ALPHABET),
			op: op.id,
			doc: op.doc,
			seq: seq,
			update: op.update,
			snapshot: snapshot,
			covers: snapshot ? op.covers : 0,
			author: ctx.scope.id,
			device: ctx.device,
			size: op.size
		})
		.execute();
}

/**
 * Applies a snapshot op: replaces this doc's rows with seq <= covers by the snapshot, stored
 * at the highest replaced seq. Replaced rows become tombstones (seq 0, no update) that keep
 * their op id, so a late replay of one of them is still recognised. Returns the rejection, or
 * null (also when the snapshot is stale and changes nothing).
 * @param {dbx.Builder} db
 * @param {import('./upsert.js').SyncContext} ctx
 * @param {Op} op
 * @param {DocEntry} doc
 */
function applySnapshot(db, ctx, op, doc) {
	if (op.covers > ctx.sequence.value) {
		return rejection(op, 400, 'malformed', '« covers » dépasse le dernier numéro du serveur.');
	}
	var newest = new DynamicModel({ covers: 0 });
	db.newQuery(
		'SELECT coalesce(max(covers), -1) AS covers FROM doc_updates ' +
			'WHERE doc = {:doc} AND seq > 0 AND snapshot = TRUE'
	)
		.bind({ doc: op.doc })
		.one(newest);
	if (newest.covers >= op.covers) return null; // stale: a stored snapshot covers as much
	var covered = new DynamicModel({ n: 0, top: 0 });
	db.newQuery(
		'SELECT count(*) AS n, coalesce(max(seq), 0) AS top FROM doc_updates ' +
			'WHERE doc = {:doc} AND seq > 0 AND seq <= {:covers}'
	)
		.bind({ doc: op.doc, covers: op.covers })
		.one(covered);
	if (covered.n === 0) return null; // late: nothing stored is covered
	db.newQuery(
		'UPDATE doc_updates SET seq = 0, "update" = \'\', size = 0 ' +
			'WHERE doc = {:doc} AND seq > 0 AND seq <= {:covers}'
	)
		.bind({ doc: op.doc, covers: op.covers })
		.execute();
	insertRow(db, ctx, op, covered.top, true);
	doc.record.set('rows', doc.record.getInt('rows') - covered.n + 1);
	doc.dirty = true;
	return null;
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
 * The doc an op writes to, created in memory if new; or a rejection.
 * @param {import('./upsert.js').SyncContext} ctx
 * @param {Record<string, DocEntry>} docs
 * @param {Op} op
 * @returns {{ doc: DocEntry, error?: undefined } | { error: import('./upsert.js').Rejection }}
 */
function docFor(ctx, docs, op) {
	var doc = docs[op.doc];
	if (doc && doc.record.getString('type') !== op.type) {
		return { error: rejection(op, 409, 'immutable', 'Le type d’un document ne change pas.') };
	}
	if (op.type === 'board') return boards.boardDocFor(ctx, docs, op);
	if (doc) {
		if (!scopes.isEluOf(ctx.scope, doc.record.getString('commune'))) {
			return {
				error: rejection(op, 403, 'forbidden', 'Ce document appartient à une autre commune.')
			};
		}
		return { doc: doc };
	}
	if (!scopes.isEluOf(ctx.scope, op.commune)) {
		return {
			error: rejection(
				op,
				403,
				'forbidden',
				'Vous ne pouvez créer un document que pour une commune dont vous êtes élu·e.'
			)
		};
	}
	// A doc id is bound to the commune that first used it, as a document or as the id of a
	// project summary: another commune cannot create a document under an id it did not make.
	var summary = findOrNull(ctx.txApp, 'projects', op.doc);
	if (summary && summary.getString('commune') !== op.commune) {
		return {
			error: rejection(
				op,
				403,
				'forbidden',
				'Cet identifiant de document appartient déjà à une autre commune.'
			)
		};
	}
	var record = new Record(ctx.txApp.findCollectionByNameOrId('docs'));
	record.set('id', op.doc);
	record.set('type', op.type);
	record.set('commune', op.commune);
	record.set('created_by', ctx.scope.id);
	record.set('head', 0);
	record.set('rows', 0);
	doc = { record: record, isNew: true, dirty: false };
	docs[op.doc] = doc;
	return { doc: doc };
}

/**
 * Stores `ops` in request order. Fills ctx.accepted / ctx.rejected and returns the `docs`
 * records changed (already saved), for the `compact` hints.
 * @param {import('./upsert.js').SyncContext} ctx
 * @param {Op[]} ops
 * @returns {core.Record[]}
 */
function pushOps(ctx, ops) {
	var db = ctx.txApp.db();
	var known = knownOps(db, ctx.scope.id, ops);
	var docs = loadDocs(ctx.txApp, ops);
	for (var i = 0; i < ops.length; i++) {
		var op = ops[i];
		var problem = checkOp(op);
		if (!problem && known[op.id]) {
			ctx.accepted.push(op.id);
			continue;
		}
		if (!problem && !limits.isDocType(op.type)) {
			problem = rejection(op, 422, 'unknown_type', 'Type de document inconnu : ' + op.type + '.');
		}
		if (!problem) {
			var target = docFor(ctx, docs, op);
			if (target.error) {
				problem = target.error;
			} else if (op.covers !== undefined) {
				problem = applySnapshot(db, ctx, op, target.doc);
			} else {
				var seq = ctx.sequence.next();
				insertRow(db, ctx, op, seq, false);
				target.doc.record.set('head', seq);
				target.doc.record.set('rows', target.doc.record.getInt('rows') + 1);
				target.doc.dirty = true;
			}
		}
		if (problem) {
			ctx.rejected.push(problem);
		} else {
			known[op.id] = true;
			ctx.accepted.push(op.id);
		}
	}
	/** @type {core.Record[]} */
	var changed = [];
	for (var id in docs) {
		if (!docs[id].dirty) continue;
		ctx.txApp.save(docs[id].record);
		changed.push(docs[id].record);
	}
	return changed;
}

module.exports = { pushOps: pushOps, decodedSize: decodedSize };
