// Who may write and read a collective board (a Yjs document of type `board`, issue 12): the
// facilitators of its training session — its owner and co-facilitators — and nobody else, not
// even the élus of the session's commune. On the wire a board's `commune` field carries its
// session's id (its scope, as a project's carries its commune); the `docs` row keeps the session
// in `session` and the session's commune in `commune`. Never reads a request body beyond the op.
/** @type {typeof import('../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);
/** @type {typeof import('./upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('./scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);

/**
 * @param {import('./push.js').Op} op
 * @param {string} reason
 * @returns {import('./upsert.js').Rejection}
 */
function forbidden(op, reason) {
	return { id: op.id, kind: 'op', status: 403, code: 'forbidden', reason: reason };
}

/**
 * The session `id`, or null.
 * @param {CoreApp} txApp
 * @param {unknown} id
 * @returns {core.Record | null}
 */
function findSession(txApp, id) {
	if (typeof id !== 'string' || !sessions.ID.test(id)) return null;
	return upsert.findOrNull(txApp, 'training_sessions', id);
}

/**
 * The `docs` entry a board op writes to (created in memory when new), or a rejection: the caller
 * must run the board's session.
 * @param {import('./upsert.js').SyncContext} ctx
 * @param {Record<string, import('./push.js').DocEntry>} docs
 * @param {import('./push.js').Op} op
 * @returns {{ doc: import('./push.js').DocEntry, error?: undefined } | { error: import('./upsert.js').Rejection }}
 */
function boardDocFor(ctx, docs, op) {
	var doc = docs[op.doc];
	// A request carries many ops of one board: its session is looked up once.
	if (doc && doc.runs) return { doc: doc };
	var sessionId = doc ? doc.record.getString('session') : op.commune;
	var session = findSession(ctx.txApp, sessionId);
	if (!session) {
		return {
			error: forbidden(
				op,
				doc
					? 'Ce document n’est pas un tableau de session.'
					: 'Ce tableau appartient à une session que le serveur ne connaît pas : synchronisez d’abord la session.'
			)
		};
	}
	if (!sessions.runs(session, ctx.scope.id)) {
		return {
			error: forbidden(op, 'Seuls les animateurs de la session écrivent sur ses tableaux.')
		};
	}
	if (doc) {
		doc.runs = true;
		return { doc: doc };
	}
	var record = new Record(ctx.txApp.findCollectionByNameOrId('docs'));
	record.set('id', op.doc);
	record.set('type', 'board');
	record.set('commune', session.getString('commune'));
	record.set('session', session.id);
	record.set('created_by', ctx.scope.id);
	record.set('head', 0);
	record.set('rows', 0);
	doc = { record: record, isNew: true, dirty: false, runs: true };
	docs[op.doc] = doc;
	return { doc: doc };
}

/**
 * The SQL condition on `docs d` of the boards the user pulls: those of the sessions they run
 * (scope.js sessionsRunBy); null when they run none.
 * @param {import('./scope.js').UserScope} scope
 * @returns {{ where: string, params: Record<string, string> } | null}
 */
function boardsRunBy(scope) {
	var runs = scopes.sessionsRunBy(scope);
	if (!runs.length) return null;
	return {
		where: "d.type = 'board' AND d.session IN (SELECT value FROM json_each({:runs}))",
		params: { runs: JSON.stringify(runs) }
	};
}

module.exports = { boardDocFor: boardDocFor, boardsRunBy: boardsRunBy };
