// The `proposals` record collection (pocketbase/README.md, "Concertations"): an élu's proposal in
// an open-proposals consultation they may read, written before the closing, edited by its author
// only, hidden by 3 reports or a moderator. Élus support proposals with their vote. Owns its push
// checks and wire fields.
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
/** @type {typeof import('../../community/consultation.js')} */
var rules = require(`${__hooks}/lib/community/consultation.js`);

/**
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertProposal(ctx, item) {
	var data = item.data;
	var c = limits.COMMUNITY;
	var problem =
		text.textProblem(data.title, c.titleMax, 'Le titre de la proposition', true) ||
		text.textProblem(data.body, c.bodyMax, 'La proposition', false);
	if (problem) return upsert.malformed(item, problem);
	var consultation =
		typeof data.consultation === 'string'
			? upsert.findOrNull(ctx.txApp, 'consultations', data.consultation)
			: null;
	if (!consultation) return upsert.malformed(item, 'Cette consultation n’existe pas (ou plus).');
	var fields = {
		title: /** @type {string} */ (data.title),
		body: /** @type {string} */ (data.body)
	};
	var existing = upsert.findOrNull(ctx.txApp, 'proposals', item.id);
	if (existing) {
		if (existing.getString('consultation') !== data.consultation) {
			return upsert.rejection(
				item,
				409,
				'immutable',
				'Une proposition ne change pas de consultation.'
			);
		}
		var edit = posts.checkEdit(ctx, item, existing, 'proposals', posts.sameAs(existing, fields));
		if (edit) return edit === 'done' ? null : edit;
	}
	if (consultation.getString('kind') !== 'proposals') {
		return upsert.malformed(
			item,
			'Cette consultation est une question à choix : elle ne reçoit pas de propositions.'
		);
	}
	var space = spaces.spaceOf(consultation);
	if (ctx.scope.role !== 'elu' || !spaces.canRead(ctx.txApp, ctx.scope, space)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les élus concernés par cette consultation y proposent.'
		);
	}
	if (Date.now() > rules.closesAt(consultation)) {
		return upsert.rejection(
			item,
			409,
			'closed',
			'La consultation est close : elle ne reçoit plus de propositions.'
		);
	}
	if (existing) return posts.savePost(ctx, item, existing, fields);
	return posts.createPost(ctx, item, 'proposals', space, {
		consultation: consultation.id,
		title: fields.title,
		body: fields.body
	});
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'proposals',
	upsert: upsertProposal,
	accepts: ['consultation', 'title', 'body'],
	pull: {
		scope: 'spaceReaders',
		fields: posts.PULL_FIELDS.concat([
			{ name: 'title', type: 'text' },
			{ name: 'consultation', type: 'text' }
		])
	}
};
