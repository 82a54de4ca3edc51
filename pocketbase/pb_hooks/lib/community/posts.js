// What the posts of the learning network and of consultations share (discussions, comments,
// proposals): their common wire fields, editing an existing post (its author only, never once
// hidden by moderation, never moving it to another space), saving a new one stamped with the
// author's name and commune, telling the people a new post concerns and the communes it mentions,
// and hiding or showing a post again (by 3 reports or by a moderator), which tells its author.
// Runs inside the caller's write transaction; never decides who reads a space.
/** @type {typeof import('../sync/upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('./spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('./notify.js')} */
var notify = require(`${__hooks}/lib/community/notify.js`);

/**
 * The wire fields every pulled post has; each declaration adds its own.
 * @type {import('../sync/collections/index.js').WireField[]}
 */
var PULL_FIELDS = [
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

/**
 * @typedef {Record<string, string | string[]>} PostFields Columns of a post a push sets: texts,
 *   or lists of INSEE codes (`mentions`).
 */

/**
 * True when the stored post already holds `fields`.
 * @param {core.Record} existing
 * @param {PostFields} fields
 */
function sameAs(existing, fields) {
	for (var column in fields) {
		var value = fields[column];
		var stored =
			typeof value === 'string'
				? existing.getString(column)
				: JSON.stringify(JSON.parse(toString(existing.get(column)) || '[]'));
		if (stored !== (typeof value === 'string' ? value : JSON.stringify(value))) return false;
	}
	return true;
}

/**
 * Sets `fields` on the post and saves it with its author and version.
 * @param {import('../sync/upsert.js').SyncContext} ctx
 * @param {import('../sync/upsert.js').RecordItem} item
 * @param {core.Record} record
 * @param {PostFields} fields
 * @returns {import('../sync/upsert.js').Rejection | null}
 */
function savePost(ctx, item, record, fields) {
	for (var column in fields) record.set(column, fields[column]);
	return upsert.save(ctx, item, record, 'author');
}

/**
 * The checks of a push that edits the stored post `existing`: a rejection, or null to go on (the
 * caller then compares and saves). `same` tells whether the pushed data equals what is stored.
 * @param {import('../sync/upsert.js').SyncContext} ctx
 * @param {import('../sync/upsert.js').RecordItem} item
 * @param {core.Record} existing
 * @param {string} collection
 * @param {boolean} same
 * @returns {import('../sync/upsert.js').Rejection | 'done' | null}
 */
function checkEdit(ctx, item, existing, collection, same) {
	if (existing.getString('author') !== ctx.scope.id) {
		return upsert.rejection(item, 403, 'forbidden', 'Seul son auteur peut modifier ce message.');
	}
	if (upsert.superseded(ctx, item, existing, collection)) return 'done';
	if (same) {
		upsert.keepNewerRev(ctx, item, existing);
		return 'done';
	}
	if (existing.getBool('hidden')) {
		return upsert.rejection(
			item,
			409,
			'immutable',
			'Ce message a été masqué par la modération : il ne peut plus être modifié.'
		);
	}
	return null;
}

/**
 * A push that edits the stored post `existing` to `fields`: the checks of checkEdit, then saved.
 * @param {import('../sync/upsert.js').SyncContext} ctx
 * @param {import('../sync/upsert.js').RecordItem} item
 * @param {core.Record} existing
 * @param {PostFields} fields
 * @returns {import('../sync/upsert.js').Rejection | null}
 */
function editPost(ctx, item, existing, fields) {
	var edit = checkEdit(ctx, item, existing, existing.collection().name, sameAs(existing, fields));
	if (edit) return edit === 'done' ? null : edit;
	return savePost(ctx, item, existing, fields);
}

/**
 * Saves a new post of `collection` in `space` with `fields`, stamped with its author.
 * @param {import('../sync/upsert.js').SyncContext} ctx
 * @param {import('../sync/upsert.js').RecordItem} item
 * @param {string} collection
 * @param {import('./spaces.js').Space} space
 * @param {PostFields} fields
 * @returns {import('../sync/upsert.js').Rejection | null}
 */
function createPost(ctx, item, collection, space, fields) {
	var record = upsert.newRecord(ctx.txApp, collection);
	record.set('id', item.id);
	spaces.setSpace(record, space);
	stampAuthor(ctx, record);
	return savePost(ctx, item, record, fields);
}

/**
 * Tells `users` of a new post (`what`), then the élus of the communes it mentions (kind
 * `mention`); nobody twice, never its author.
 * @param {import('../sync/upsert.js').SyncContext} ctx
 * @param {string[]} users
 * @param {string[]} mentions INSEE codes
 * @param {{ kind: string, discussion: string, comment: string, text: string }} what
 */
function announce(ctx, users, mentions, what) {
	var told = notify.notify(ctx.txApp, ctx.sequence, users, ctx.scope.id, what);
	notify.notify(
		ctx.txApp,
		ctx.sequence,
		notify.elusOfInsee(ctx.txApp, mentions),
		ctx.scope.id,
		{ kind: 'mention', discussion: what.discussion, comment: what.comment, text: what.text },
		told
	);
}

/**
 * Sets the author's name and commune on a new post.
 * @param {import('../sync/upsert.js').SyncContext} ctx
 * @param {core.Record} record
 */
function stampAuthor(ctx, record) {
	var author = spaces.authorOf(ctx.txApp, ctx.scope);
	record.set('author_name', author.name);
	record.set('author_commune', author.insee);
	record.set('hidden', false);
	record.set('reports', 0);
}

/**
 * Hides a post (its text kept apart, never pulled) or shows it again, with the next seq so that
 * devices pull the change, and tells its author.
 * @param {CoreApp} txApp
 * @param {{ next(): number }} sequence
 * @param {core.Record} post a discussion, comment or proposal
 * @param {boolean} hide
 * @param {string} reason shown to the author and beside the post
 * @param {string} actor who decided ('' for the reports)
 */
function setHidden(txApp, sequence, post, hide, reason, actor) {
	if (post.getBool('hidden') === hide) {
		post.set('moderation_reason', reason);
	} else if (hide) {
		post.set('hidden_body', post.getString('body'));
		post.set('body', '');
	} else {
		post.set('body', post.getString('hidden_body'));
		post.set('hidden_body', '');
	}
	post.set('hidden', hide);
	post.set('moderation_reason', reason);
	post.set('seq', sequence.next());
	txApp.save(post);
	var collection = post.collection().name;
	var title = post.getString('title');
	var text =
		(hide ? 'Votre message a été masqué' : 'Votre message est de nouveau visible') +
		(title ? ' (« ' + title + ' »)' : '') +
		' : ' +
		reason;
	notify.notify(txApp, sequence, [post.getString('author')], actor, {
		kind: hide ? 'hidden' : 'unhidden',
		discussion: collection === 'discussions' ? post.id : post.getString('parent'),
		comment: collection === 'discussions' ? '' : post.id,
		text: text
	});
}

module.exports = {
	PULL_FIELDS: PULL_FIELDS,
	sameAs: sameAs,
	checkEdit: checkEdit,
	editPost: editPost,
	createPost: createPost,
	savePost: savePost,
	announce: announce,
	setHidden: setHidden
};
