// The `discussions` record collection (pocketbase/README.md, "Communauté : échanges et
// concertations"): a thread of the learning network in a space (national, région, département,
// impact theme, or a question to the commune behind a good practice), written offline by anyone
// who reads the space, edited by its author only, hidden by 3 reports or a moderator. Owns its
// push checks and wire fields; who reads a space is lib/community/spaces.js.
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
/** @type {typeof import('../../community/notify.js')} */
var notify = require(`${__hooks}/lib/community/notify.js`);

/**
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertDiscussion(ctx, item) {
	var data = item.data;
	var c = limits.COMMUNITY;
	var problem =
		text.textProblem(data.title, c.titleMax, 'Le titre', true) ||
		text.textProblem(data.body, c.bodyMax, 'Le message', false) ||
		text.mentionsProblem(ctx.txApp, data.mentions);
	if (problem) return upsert.malformed(item, problem);
	var fields = {
		title: /** @type {string} */ (data.title),
		body: /** @type {string} */ (data.body),
		mentions: /** @type {string[]} */ (data.mentions || [])
	};
	var existing = upsert.findOrNull(ctx.txApp, 'discussions', item.id);
	if (existing) {
		if (
			existing.getString('space_kind') !== data.space_kind ||
			existing.getString('space_code') !== data.space_code
		) {
			return upsert.rejection(item, 409, 'immutable', 'Un message ne change pas d’espace.');
		}
		return posts.editPost(ctx, item, existing, fields);
	}
	var resolved = spaces.resolveSpace(ctx.txApp, data.space_kind, data.space_code);
	if ('reason' in resolved) return upsert.malformed(item, resolved.reason);
	var space = resolved.space;
	if (!spaces.canRead(ctx.txApp, ctx.scope, space)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Cet espace est réservé aux élus de son territoire : votre message n’y est pas publié.'
		);
	}
	var refused = posts.createPost(ctx, item, 'discussions', space, fields);
	if (refused) return refused;
	posts.announce(ctx, notify.elusOf(ctx.txApp, space.commune), fields.mentions, {
		kind: 'question',
		discussion: item.id,
		comment: '',
		text: fields.title
	});
	return null;
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'discussions',
	upsert: upsertDiscussion,
	accepts: ['space_kind', 'space_code', 'title', 'body', 'mentions'],
	pull: {
		scope: 'spaceReaders',
		fields: posts.PULL_FIELDS.concat([
			{ name: 'title', type: 'text' },
			{ name: 'mentions', type: 'json' }
		])
	}
};
