// Catch-up of a confirmed claim in a pull (pocketbase/README.md "Claims"): the élu's device may
// already stand past the old attendance rows of the participant row just linked to them (the
// pull is by global seq, and sealed rows are never re-sequenced). When a page carries a
// participant row linked to the caller by a confirmed claim, it also carries that session, its
// seals and the person's attendance rows the device has already passed (seq <= its cursor; later
// ones come by the ordinary scope), in their stored form. A page without such a row costs no
// query: this runs on every device's cycle. Reads only; never writes.
/** @type {typeof import('./pull.js')} */
var pulls = require(`${__hooks}/lib/sync/pull.js`);

/**
 * The ids of the participant rows of `changes` linked to `user`.
 * @param {import('./pull.js').RecordChange[]} changes
 * @param {string} user
 * @returns {string[]}
 */
function linkedParticipants(changes, user) {
	/** @type {string[]} */
	var ids = [];
	for (var i = 0; i < changes.length; i++) {
		if (changes[i].collection === 'participants' && changes[i].data.user === user) {
			ids.push(changes[i].id);
		}
	}
	return ids;
}

/**
 * The records the page `changes` pulled after `cursor` must add for claims it shows confirmed.
 * @param {dbx.Builder} db
 * @param {string} user
 * @param {number} cursor
 * @param {import('./pull.js').RecordChange[]} changes
 * @returns {import('./pull.js').RecordChange[]}
 */
function catchUp(db, user, cursor, changes) {
	var linked = linkedParticipants(changes, user);
	if (!linked.length) return [];
	var rows = arrayOf(new DynamicModel({ id: '', session: '' }));
	db.newQuery(
		'SELECT p.id AS id, p.session AS session FROM claims c JOIN participants p ON p.id = c.participant ' +
			"WHERE c.participant IN (SELECT value FROM json_each({:linked})) AND c.user = {:user} AND c.status = 'confirmed'"
	)
		.bind({ linked: JSON.stringify(linked), user: user })
		.all(rows);
	if (!rows.length) return [];
	/** @type {{ collection: string, id: string }[]} */
	var items = [];
	for (var i = 0; i < rows.length; i++) {
		var ids = arrayOf(new DynamicModel({ collection: '', id: '' }));
		db.newQuery(
			"SELECT 'training_sessions' AS collection, id FROM training_sessions WHERE id = {:session} AND seq <= {:cursor} " +
				"UNION ALL SELECT 'attendance_seals', id FROM attendance_seals WHERE session = {:session} AND seq <= {:cursor} " +
				"UNION ALL SELECT 'attendances', id FROM attendances WHERE participant = {:participant} AND seq <= {:cursor}"
		)
			.bind({ session: rows[i].session, participant: rows[i].id, cursor: cursor })
			.all(ids);
		for (var j = 0; j < ids.length; j++) {
			items.push({ collection: ids[j].collection, id: ids[j].id });
		}
	}
	return pulls.currentRecords(db, items);
}

module.exports = { catchUp: catchUp };
