// What the posts of the learning network and of consultations share (discussions, comments,
// proposals): editing an existing post (its author only, never once hidden by moderation, never
// moving it to another space), stamping the author's name and commune on a new one, notifying the
// communes it mentions, and hiding or showing a post again (by 3 reports or by a moderator), which
// tells its author. Runs inside the caller's write transaction; never decides who reads a space.
/** @type {typeof import('../sync/upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('./spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('./notify.js')} */
var notify = require(`${__hooks}/lib/community/notify.js`);

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

module.exports = { checkEdit: checkEdit, stampAuthor: stampAuthor, setHidden: setHidden };
