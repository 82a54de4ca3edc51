// In-app notifications of the learning network (pocketbase/README.md, "Communauté : échanges et
// concertations"): one `notifications` row per person told of a reply, a mention of their
// commune, a question to their commune's practice, or a moderation decision about their post.
// Rows get the next seq of the caller's transaction so that the person's devices pull them.
// Never notifies the person who acted, never the same person twice for one event, never e-mails.

var ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The ids of the élus of the commune `communeId`.
 * @param {CoreApp} txApp
 * @param {string} communeId
 * @returns {string[]}
 */
function elusOf(txApp, communeId) {
	if (!communeId) return [];
	var rows = arrayOf(new DynamicModel({ id: '' }));
	txApp
		.db()
		.newQuery(
			"SELECT u.id AS id FROM users u, json_each(u.communes) je WHERE je.value = {:commune} AND u.role = 'elu'"
		)
		.bind({ commune: communeId })
		.all(rows);
	return rows.map(function (/** @type {any} */ r) {
		return String(r.id);
	});
}

/**
 * The ids of the élus of the communes with these INSEE codes.
 * @param {CoreApp} txApp
 * @param {string[]} insees
 * @returns {string[]}
 */
function elusOfInsee(txApp, insees) {
	if (!insees.length) return [];
	var rows = arrayOf(new DynamicModel({ id: '' }));
	txApp
		.db()
		.newQuery(
			'SELECT DISTINCT u.id AS id FROM users u, json_each(u.communes) je JOIN communes c ON c.id = je.value ' +
				"WHERE c.insee IN (SELECT value FROM json_each({:insees})) AND u.role = 'elu'"
		)
		.bind({ insees: JSON.stringify(insees) })
		.all(rows);
	return rows.map(function (/** @type {any} */ r) {
		return String(r.id);
	});
}

/**
 * A short excerpt of a text for a notification.
 * @param {string} text
 */
function excerpt(text) {
	var flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 300 ? flat.slice(0, 299) + '…' : flat;
}

/**
 * Writes one notification per user of `users` (minus `actor` and repeats).
 * @param {CoreApp} txApp
 * @param {{ next(): number }} sequence the transaction's sequence
 * @param {string[]} users
 * @param {string} actor
 * @param {{ kind: string, discussion: string, comment: string, text: string }} what
 * @param {Record<string, boolean>} [told] users already told of this event (filled)
 */
function notify(txApp, sequence, users, actor, what, told) {
	var seen = told || Object.create(null);
	var collection = txApp.findCollectionByNameOrId('notifications');
	for (var i = 0; i < users.length; i++) {
		var user = users[i];
		if (!user || user === actor || seen[user]) continue;
		seen[user] = true;
		var record = new Record(collection);
		record.set('id', $security.randomStringWithAlphabet(15, ID_ALPHABET));
		record.set('user', user);
		record.set('kind', what.kind);
		record.set('discussion', what.discussion);
		record.set('comment', what.comment);
		record.set('text', excerpt(what.text));
		record.set('read_at', '');
		record.set('rev', 0);
		record.set('seq', sequence.next());
		txApp.save(record);
	}
	return seen;
}

module.exports = { notify: notify, elusOf: elusOf, elusOfInsee: elusOfInsee, excerpt: excerpt };
