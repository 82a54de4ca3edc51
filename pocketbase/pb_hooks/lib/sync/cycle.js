// One sync cycle (POST /api/collab/sync, pocketbase/README.md): authenticate, read and check
// the body, then push ops and upsert records in one write transaction, so a request is stored
// entirely or not at all and its seqs follow commit order; then pull changes after the commit,
// without the write lock (SQLite has one writer: a pull inside the transaction made every other
// push wait for it). A request that pushes nothing only reads.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('./request.js')} */
var requests = require(`${__hooks}/lib/sync/request.js`);
/** @type {typeof import('./scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('./push.js')} */
var push = require(`${__hooks}/lib/sync/push.js`);
/** @type {typeof import('./records.js')} */
var records = require(`${__hooks}/lib/sync/records.js`);
/** @type {typeof import('./pull.js')} */
var pulls = require(`${__hooks}/lib/sync/pull.js`);
var pull = pulls.pull;
/** @type {typeof import('./claimed.js')} */
var claimed = require(`${__hooks}/lib/sync/claimed.js`);
/** @type {typeof import('./sequence.js')} */
var sequences = require(`${__hooks}/lib/sync/sequence.js`);
/** @type {typeof import('../accounts/devices.js')} */
var devices = require(`${__hooks}/lib/accounts/devices.js`);

var TOO_LARGE =
	'La demande de synchronisation dépasse ' +
	limits.MAX_BODY_BYTES / (1024 * 1024) +
	' Mo : l’application doit l’envoyer en plusieurs fois.';

/**
 * The response body of a cycle.
 * @param {{ accepted: string[], rejected: import('./upsert.js').Rejection[], records: string[] }} ctx
 * @param {import('./pull.js').RecordChange[]} superseded the stored versions of records whose
 *   push changed nothing
 * @param {import('./pull.js').Pulled} pulled
 * @param {core.Record[]} changedDocs the `docs` records this request wrote
 */
function respond(ctx, superseded, pulled, changedDocs) {
	// Any device may snapshot with covers = the cursor it ends this response at: by then it has
	// applied every row of the doc up to that seq (its own rows it had already).
	var compact = [];
	for (var i = 0; i < changedDocs.length; i++) {
		if (changedDocs[i].getInt('rows') > limits.COMPACT_ROWS) compact.push(changedDocs[i].id);
	}
	for (var j = 0; j < pulled.bigDocs.length; j++) {
		if (compact.indexOf(pulled.bigDocs[j]) < 0) compact.push(pulled.bigDocs[j]);
	}
	return {
		v: limits.PROTOCOL_VERSION,
		accepted: ctx.accepted,
		rejected: ctx.rejected,
		records: ctx.records,
		superseded: superseded,
		changes: pulled.changes,
		recordChanges: pulled.recordChanges,
		cursor: pulled.cursor,
		more: pulled.more,
		compact: compact
	};
}

/**
 * Pushes and upserts inside the write transaction `txApp`; returns what the pull after the
 * commit needs.
 * @param {CoreApp} txApp
 * @param {import('./scope.js').UserScope} scope
 * @param {import('./request.js').SyncRequest} request
 * @param {import('./sequence.js').Sequence} sequence
 * @returns {{ ctx: import('./upsert.js').SyncContext, changedDocs: core.Record[] }}
 */
function write(txApp, scope, request, sequence) {
	/** @type {import('./upsert.js').SyncContext} */
	var ctx = {
		txApp: txApp,
		scope: scope,
		device: request.device,
		sequence: sequence,
		accepted: [],
		rejected: [],
		records: [],
		superseded: []
	};
	// A session's boards go after the records: a session planned offline reaches the server in
	// the same request as its first board, and the board's scope is that session.
	var boardOps = request.ops.filter(function (/** @type {any} */ op) {
		return op.type === 'board';
	});
	var otherOps = request.ops.filter(function (/** @type {any} */ op) {
		return op.type !== 'board';
	});
	var changedDocs = otherOps.length ? push.pushOps(ctx, otherOps) : [];
	if (request.records.length) records.upsertRecords(ctx, request.records);
	if (boardOps.length) changedDocs = changedDocs.concat(push.pushOps(ctx, boardOps));
	sequence.save();
	return { ctx: ctx, changedDocs: changedDocs };
}

/**
 * Reads the answer of a cycle outside any transaction, up to `head`: every row with
 * seq <= head is committed (the head was read before, or is this request's own last seq,
 * read after its commit; seqs follow commits).
 * @param {import('./scope.js').UserScope} scope
 * @param {import('./request.js').SyncRequest} request
 * @param {number | undefined} head this request's last seq; undefined: the pull reads it
 * @param {{ ctx: import('./upsert.js').SyncContext, changedDocs: core.Record[] } | null} written
 */
function read(scope, request, head, written) {
	var db = $app.db();
	var pulled = pull(db, scope, request.device, request.cursor, request.limit, head);
	pulled.recordChanges = pulled.recordChanges.concat(
		claimed.catchUp(db, scope.id, request.cursor, pulled.recordChanges)
	);
	if (!written) return respond({ accepted: [], rejected: [], records: [] }, [], pulled, []);
	var ctx = written.ctx;
	var superseded = ctx.superseded.length ? pulls.currentRecords(db, ctx.superseded) : [];
	return respond(ctx, superseded, pulled, written.changedDocs);
}

/**
 * Handles the request event `e`; returns what the route returns.
 * @param {core.RequestEvent} e
 */
function handle(e) {
	var auth = e.auth;
	if (!auth) {
		return e.json(401, { message: 'Connectez-vous pour synchroniser vos données.' });
	}
	if (auth.collection().name !== 'users') {
		return e.json(403, { message: 'La synchronisation est réservée aux comptes utilisateurs.' });
	}
	var httpRequest = /** @type {http.Request} */ (e.request);
	if (httpRequest.contentLength > limits.MAX_BODY_BYTES) {
		return e.json(413, { message: TOO_LARGE });
	}
	// Bodies without Content-Length (chunked) are read up to one byte over the limit, as bytes:
	// the limit is in bytes, not characters (a body of « é » has twice as many bytes).
	var raw = toBytes(httpRequest.body, limits.MAX_BODY_BYTES + 1);
	if (raw.length > limits.MAX_BODY_BYTES) return e.json(413, { message: TOO_LARGE });
	var text = toString(raw);
	var parsed = requests.parseRequest(text);
	if (parsed.error) return e.json(parsed.error.status, { message: parsed.error.message });
	var request = parsed.request;
	var scope = scopes.userScope(auth);
	// The device id the client sent is only a name within this account: rows are stored under a
	// per-user internal id, so a device id borrowed from another user never matches theirs.
	request.device = devices.deviceKey(auth.id, request.device);
	var revoked = devices.touch($app, auth.id, request.device, httpRequest.header.get('User-Agent'));
	if (revoked) return e.json(revoked.status, { code: revoked.code, message: revoked.message });
	// An account waiting for its validation syncs nothing, and its cursor must not move: once
	// validated, the device pulls its commune from where it stood (0), not from the head.
	if (!scope.role) {
		return e.json(403, {
			code: 'account_pending',
			message:
				'Votre compte attend sa validation par le maire de votre commune ou le coordinateur de ' +
				'votre territoire : la synchronisation commencera ensuite.'
		});
	}
	var response;
	try {
		if (request.ops.length || request.records.length) {
			/** @type {{ ctx: import('./upsert.js').SyncContext, changedDocs: core.Record[] } | null} */
			var written = null;
			var head = 0;
			$app.runInTransaction(function (txApp) {
				var sequence = new sequences.Sequence(txApp);
				written = write(txApp, scope, request, sequence);
				head = sequence.value;
			});
			response = read(scope, request, head, written);
		} else {
			// The pull reads the head before any row: every row with seq <= head is committed.
			response = read(scope, request, undefined, null);
		}
	} catch (err) {
		// The transaction is rolled back. A 5xx (not PocketBase's default 400) tells the client
		// to retry later instead of showing a permanent rejection.
		$app.logger().error('sync cycle failed', 'error', String(err), 'user', scope.id);
		return e.json(500, {
			message: 'Le serveur n’a pas pu enregistrer la synchronisation ; elle sera retentée.'
		});
	}
	return e.json(200, response);
}

module.exports = { handle: handle };
