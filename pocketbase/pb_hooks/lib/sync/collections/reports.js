// The `reports` record collection (pocketbase/README.md, "Modération"): a user reports a post
// (thread, reply or proposal) once — one row per post and user, whatever the number of devices or
// replays — as spam, offensive or off-topic. When distinct users' reports reach
// COMMUNITY.reportsToHide, the post hides itself until a moderator decides (lib/community/
// moderation.js), and its author is told. A post a moderator already decided on is not hidden
// again by reports. Pulled by its user only. Owns these rules.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../community/spaces.js')} */
var spaces = require(`${__hooks}/lib/community/spaces.js`);
/** @type {typeof import('../../community/posts.js')} */
var posts = require(`${__hooks}/lib/community/posts.js`);

var TARGETS = { discussion: 'discussions', comment: 'comments', proposal: 'proposals' };

/**
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertReport(ctx, item) {
	var data = item.data;
	if (!limits.hasKey(TARGETS, data.target_kind) || typeof data.target !== 'string') {
		return upsert.malformed(item, 'Ce signalement ne dit pas quel message il vise.');
	}
	if (!limits.isOneOf(limits.COMMUNITY.reportReasons, data.reason)) {
		return upsert.malformed(item, 'Choisissez une raison : indésirable, offensant ou hors sujet.');
	}
	var target = upsert.findOrNull(
		ctx.txApp,
		TARGETS[/** @type {keyof TARGETS} */ (data.target_kind)],
		data.target
	);
	if (!target || !spaces.canRead(ctx.txApp, ctx.scope, spaces.spaceOf(target))) {
		return upsert.malformed(item, 'Le message signalé n’existe pas (ou plus).');
	}
	if (target.getString('author') === ctx.scope.id) {
		return upsert.malformed(item, 'Vous ne pouvez pas signaler votre propre message.');
	}
	var existing = upsert.findOrNull(ctx.txApp, 'reports', item.id);
	if (existing && existing.getString('user') !== ctx.scope.id) {
		return upsert.rejection(item, 403, 'forbidden', 'Ce signalement appartient à un autre compte.');
	}
	if (!existing) {
		// Reported once already (from another device, under another id): nothing more to count.
		var earlier = spaces.firstString(
			ctx.txApp,
			'SELECT id AS value FROM reports WHERE target = {:t} AND user = {:u} LIMIT 1',
			{ t: target.id, u: ctx.scope.id }
		);
		if (earlier) return null;
	}
	if (existing) {
		if (upsert.superseded(ctx, item, existing, 'reports')) return null;
		if (existing.getString('reason') === data.reason)
			return upsert.keepNewerRev(ctx, item, existing);
		existing.set('reason', data.reason);
		return upsert.save(ctx, item, existing, 'user');
	}
	var record = upsert.newRecord(ctx.txApp, 'reports');
	record.set('id', item.id);
	record.set('target_kind', data.target_kind);
	record.set('target', target.id);
	record.set('reason', data.reason);
	var refused = upsert.save(ctx, item, record, 'user');
	if (refused) return refused;
	var count = target.getInt('reports') + 1;
	target.set('reports', count);
	var decided = target.getString('moderation_reason') !== '';
	if (count >= limits.COMMUNITY.reportsToHide && !target.getBool('hidden') && !decided) {
		posts.setHidden(
			ctx.txApp,
			ctx.sequence,
			target,
			true,
			'signalé par ' + count + ' personnes ; l’équipe de coordination va le relire.',
			''
		);
		// setHidden kept the moderation reason; reports alone are not a moderator's decision.
		target.set('moderation_reason', '');
		ctx.txApp.save(target);
	} else {
		ctx.txApp.save(target);
	}
	return null;
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'reports',
	upsert: upsertReport,
	accepts: ['target_kind', 'target', 'reason'],
	pull: {
		scope: 'own',
		fields: [
			{ name: 'target_kind', type: 'text' },
			{ name: 'target', type: 'text' },
			{ name: 'reason', type: 'text' }
		]
	}
};
