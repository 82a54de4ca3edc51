// Moderation of the learning network (pocketbase/README.md, "Modération"): the queue of reported
// or hidden posts that a moderator may decide on (coordinators of the post's territory, national
// coordinators, the national team), and hiding or showing a post again with a reason, which tells
// its author. Routes: GET /api/collab/moderation, POST /api/collab/moderation/{kind}/{id}.
// Never shows a reporter's identity; never deletes a post.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);
/** @type {typeof import('../sync/sequence.js')} */
var sequence = require(`${__hooks}/lib/sync/sequence.js`);
/** @type {typeof import('./spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('./posts.js')} */
var posts = require(`${__hooks}/lib/community/posts.js`);
/** @type {typeof import('../sync/upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);

var KINDS = { discussion: 'discussions', comment: 'comments', proposal: 'proposals' };

var MESSAGES = {
	signedOut: 'Connectez-vous pour modérer les échanges.',
	forbidden: 'La modération est réservée aux coordinateurs du territoire et à l’équipe nationale.',
	notFound: 'Ce message n’existe pas, ou il n’est pas dans votre territoire.',
	action: '« action » doit valoir « hide » (masquer) ou « unhide » (rendre visible).',
	reason:
		'Donnez la raison de votre décision en une phrase (au moins ' +
		limits.COMMUNITY.moderationReasonMin +
		' caractères) : elle est envoyée à l’auteur.'
};

/**
 * The signed-in moderator's scope, or a response already sent.
 * @param {core.RequestEvent} e
 * @returns {import('../sync/scope.js').UserScope | null}
 */
function moderator(e) {
	if (!e.auth || e.auth.collection().name !== 'users') {
		e.json(401, { message: MESSAGES.signedOut });
		return null;
	}
	var scope = scopes.userScope(e.auth);
	if (scope.role !== 'national' && scope.role !== 'coordinateur') {
		e.json(403, { message: MESSAGES.forbidden });
		return null;
	}
	return scope;
}

/**
 * The reasons given by the reports of one post, counted.
 * @param {string} target
 */
function reasonsOf(target) {
	var rows = arrayOf(new DynamicModel({ reason: '', n: 0 }));
	$app
		.db()
		.newQuery('SELECT reason, COUNT(*) AS n FROM reports WHERE target = {:t} GROUP BY reason')
		.bind({ t: target })
		.all(rows);
	/** @type {Record<string, number>} */
	var out = {};
	for (var i = 0; i < rows.length; i++)
		out[/** @type {any} */ (rows[i]).reason] = /** @type {any} */ (rows[i]).n;
	return out;
}

/**
 * GET /api/collab/moderation: `{ items: [{ kind, id, title, body, hidden, reports, reasons,
 * moderationReason, spaceKind, spaceCode, authorName, created }] }`, newest first, the posts of
 * the moderator's territory that were reported or hidden.
 * @param {core.RequestEvent} e
 */
function queue(e) {
	var scope = moderator(e);
	if (!scope) return;
	/** @type {any[]} */
	var items = [];
	for (var kind in KINDS) {
		var collection = KINDS[/** @type {keyof KINDS} */ (kind)];
		var records = $app.findRecordsByFilter(
			collection,
			'reports > 0 || hidden = true',
			'-created',
			200,
			0
		);
		for (var i = 0; i < records.length; i++) {
			var r = /** @type {core.Record} */ (records[i]);
			if (!spaces.canOrganise(scope, spaces.spaceOf(r))) continue;
			items.push({
				kind: kind,
				id: r.id,
				title: collection === 'comments' ? '' : r.getString('title'),
				body: r.getBool('hidden') ? r.getString('hidden_body') : r.getString('body'),
				hidden: r.getBool('hidden'),
				reports: r.getInt('reports'),
				reasons: reasonsOf(r.id),
				moderationReason: r.getString('moderation_reason'),
				spaceKind: r.getString('space_kind'),
				spaceCode: r.getString('space_code'),
				authorName: r.getString('author_name'),
				created: r.getDateTime('created').string()
			});
		}
	}
	items.sort(function (a, b) {
		return a.created < b.created ? 1 : a.created > b.created ? -1 : 0;
	});
	return e.json(200, { items: items });
}

/**
 * POST /api/collab/moderation/{kind}/{id} `{ action: 'hide' | 'unhide', reason }`: 200 with the
 * item as the queue shows it.
 * @param {core.RequestEvent} e
 */
function decide(e) {
	var scope = moderator(e);
	if (!scope) return;
	var kind = e.request ? e.request.pathValue('kind') : '';
	var id = e.request ? e.request.pathValue('id') : '';
	if (!limits.hasKey(KINDS, kind) || !limits.PATTERNS.recordId.test(id)) {
		return e.json(404, { message: MESSAGES.notFound });
	}
	/** @type {any} */
	var body = {};
	try {
		body = e.requestInfo().body;
	} catch {
		body = {};
	}
	if (!body || (body.action !== 'hide' && body.action !== 'unhide')) {
		return e.json(400, { message: MESSAGES.action });
	}
	var reason = typeof body.reason === 'string' ? body.reason.trim() : '';
	var c = limits.COMMUNITY;
	if (reason.length < c.moderationReasonMin || reason.length > c.moderationReasonMax) {
		return e.json(400, { message: MESSAGES.reason });
	}
	var collection = KINDS[/** @type {keyof KINDS} */ (kind)];
	var post = upsert.findOrNull($app, collection, id);
	if (!post || !spaces.canOrganise(scope, spaces.spaceOf(post))) {
		return e.json(404, { message: MESSAGES.notFound });
	}
	var found = /** @type {core.Record} */ (post);
	$app.runInTransaction(function (txApp) {
		var fresh = txApp.findRecordById(collection, found.id);
		var counter = new sequence.Sequence(txApp);
		posts.setHidden(txApp, counter, fresh, body.action === 'hide', reason, scope ? scope.id : '');
		counter.save();
	});
	var saved = $app.findRecordById(collection, id);
	return e.json(200, {
		kind: kind,
		id: id,
		hidden: saved.getBool('hidden'),
		moderationReason: saved.getString('moderation_reason'),
		reports: saved.getInt('reports')
	});
}

module.exports = { queue: queue, decide: decide };
