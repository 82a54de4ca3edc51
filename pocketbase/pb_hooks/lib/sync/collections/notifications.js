// The `notifications` record collection (pocketbase/README.md, "Notifications"): rows the server
// writes for one user (a reply, a mention of their commune, a question to their practice, a
// moderation decision; lib/community/notify.js), pulled by that user only. A device pushes one
// thing: `read_at`, when the user has read it, so their other devices show it read too. Owns
// that rule; never creates a notification from a push.
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../community/text.js')} */
var text = require(`${__hooks}/lib/community/text.js`);

/**
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertNotification(ctx, item) {
	var existing = upsert.findOrNull(ctx.txApp, 'notifications', item.id);
	if (!existing || existing.getString('user') !== ctx.scope.id) {
		return upsert.rejection(item, 403, 'forbidden', 'Cette notification n’est pas la vôtre.');
	}
	var readAt = item.data.read_at;
	if (readAt !== '' && !text.isIsoDate(readAt)) {
		return upsert.malformed(item, '« read_at » doit être une date ISO 8601 en UTC, ou vide.');
	}
	if (upsert.superseded(ctx, item, existing, 'notifications')) return null;
	if (existing.getString('read_at') === readAt) return upsert.keepNewerRev(ctx, item, existing);
	existing.set('read_at', readAt);
	return upsert.save(ctx, item, existing, 'user');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'notifications',
	upsert: upsertNotification,
	accepts: ['read_at'],
	pull: {
		scope: 'own',
		fields: [
			{ name: 'kind', type: 'text' },
			{ name: 'discussion', type: 'text' },
			{ name: 'comment', type: 'text' },
			{ name: 'text', type: 'text' },
			{ name: 'read_at', type: 'text' },
			{ name: 'posted', type: 'text' }
		]
	}
};
