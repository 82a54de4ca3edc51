// The `comments` record collection (pocketbase/README.md, "Communauté : échanges et
// concertations"): a reply to a thread, to a consultation or to a proposal, in the space of what
// it answers (copied from it, never from the payload), edited by its author only, hidden by 3
// reports or a moderator. A reply tells the thread's author; a mention tells the commune's élus.
// Owns its push checks and wire fields.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../community/spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('../../community/text.js')} */
var text = require(`${__hooks}/lib/community/text.js`);
/** @type {typeof import('../../community/posts.js')} */
var posts = require(`${__hooks}/lib/community/posts.js`);

var PARENTS = { discussion: 'discussions', consultation: 'consultations', proposal: 'proposals' };

/**
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertComment(ctx, item) {
	var data = item.data;
	var problem =
		text.textProblem(data.body, limits.COMMUNITY.bodyMax, 'La réponse', true) ||
		text.mentionsProblem(ctx.txApp, data.mentions);
	if (problem) return upsert.malformed(item, problem);
	if (!limits.hasKey(PARENTS, data.parent_kind) || typeof data.parent !== 'string') {
		return upsert.malformed(item, 'Cette réponse ne dit pas à quoi elle répond.');
	}
	var fields = {
		body: /** @type {string} */ (data.body),
		mentions: /** @type {string[]} */ (data.mentions || [])
	};
	var existing = upsert.findOrNull(ctx.txApp, 'comments', item.id);
	if (existing) {
		if (existing.getString('parent') !== data.parent) {
			return upsert.rejection(item, 409, 'immutable', 'Une réponse ne change pas de fil.');
		}
		return posts.editPost(ctx, item, existing, fields);
	}
	var parentCollection = PARENTS[/** @type {keyof PARENTS} */ (data.parent_kind)];
	var parent = upsert.findOrNull(ctx.txApp, parentCollection, data.parent);
	if (!parent) {
		return upsert.malformed(item, 'Le message auquel vous répondez n’existe pas (ou plus).');
	}
	var space = spaces.spaceOf(parent);
	if (!spaces.canRead(ctx.txApp, ctx.scope, space)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Cet espace est réservé aux élus de son territoire : votre réponse n’y est pas publiée.'
		);
	}
	var refused = posts.createPost(ctx, item, 'comments', space, {
		parent_kind: /** @type {string} */ (data.parent_kind),
		parent: data.parent,
		body: fields.body,
		mentions: fields.mentions
	});
	if (refused) return refused;
	posts.announce(ctx, [parent.getString('author')], fields.mentions, {
		kind: 'reply',
		discussion: data.parent_kind === 'discussion' ? data.parent : '',
		comment: item.id,
		text: fields.body
	});
	return null;
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'comments',
	upsert: upsertComment,
	accepts: ['parent_kind', 'parent', 'body', 'mentions'],
	pull: {
		scope: 'spaceReaders',
		fields: posts.PULL_FIELDS.concat([
			{ name: 'mentions', type: 'json' },
			{ name: 'parent_kind', type: 'text' },
			{ name: 'parent', type: 'text' }
		])
	}
};
