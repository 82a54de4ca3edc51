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
	var mentions = /** @type {string[]} */ (data.mentions || []);
	var existing = upsert.findOrNull(ctx.txApp, 'discussions', item.id);
	if (existing) {
		if (
			existing.getString('space_kind') !== data.space_kind ||
			existing.getString('space_code') !== data.space_code
		) {
			return upsert.rejection(item, 409, 'immutable', 'Un message ne change pas d’espace.');
		}
		var same =
			existing.getString('title') === data.title &&
			existing.getString('body') === data.body &&
			JSON.stringify(JSON.parse(toString(existing.get('mentions')) || '[]')) ===
				JSON.stringify(mentions);
		var edit = posts.checkEdit(ctx, item, existing, 'discussions', same);
		if (edit) return edit === 'done' ? null : edit;
		existing.set('title', data.title);
		existing.set('body', data.body);
		existing.set('mentions', mentions);
		return upsert.save(ctx, item, existing, 'author');
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
	var record = upsert.newRecord(ctx.txApp, 'discussions');
	record.set('id', item.id);
	spaces.setSpace(record, space);
	record.set('title', data.title);
	record.set('body', data.body);
	record.set('mentions', mentions);
	posts.stampAuthor(ctx, record);
	var refused = upsert.save(ctx, item, record, 'author');
	if (refused) return refused;
	var told = notify.notify(
		ctx.txApp,
		ctx.sequence,
		notify.elusOf(ctx.txApp, space.commune),
		ctx.scope.id,
		{
			kind: 'question',
			discussion: item.id,
			comment: '',
			text: /** @type {string} */ (data.title)
		}
	);
	notify.notify(
		ctx.txApp,
		ctx.sequence,
		notify.elusOfInsee(ctx.txApp, mentions),
		ctx.scope.id,
		{
			kind: 'mention',
			discussion: item.id,
			comment: '',
			text: /** @type {string} */ (data.title)
		},
		told
	);
	return null;
}

/** The wire fields of a pulled post (shared with comments and proposals). */
var POST_FIELDS = [
	{ name: 'space_kind', type: 'text' },
	{ name: 'space_code', type: 'text' },
	{ name: 'author', type: 'text' },
	{ name: 'author_name', type: 'text' },
	{ name: 'author_commune', type: 'text' },
	{ name: 'hidden', type: 'bool' },
	{ name: 'moderation_reason', type: 'text' },
	{ name: 'body', type: 'text' },
	{ name: 'posted', type: 'text' }
];

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'discussions',
	upsert: upsertDiscussion,
	accepts: ['space_kind', 'space_code', 'title', 'body', 'mentions'],
	pull: {
		scope: 'spaceReaders',
		fields: /** @type {import('./index.js').WireField[]} */ (
			POST_FIELDS.concat([
				{ name: 'title', type: 'text' },
				{ name: 'mentions', type: 'json' }
			])
		)
	}
};
