// Catch-up of a confirmed claim in a pull (pocketbase/README.md "Claims"): the élu's device may
// already stand past the old attendance rows of the participant row just linked to them (the
// pull is by global seq, and sealed rows are never re-sequenced). When a page carries a
// participant row linked to the caller by a confirmed claim, it also carries that session, its
// seals and the person's attendance rows the device has already passed (seq <= its cursor; later
// ones come by the ordinary scope), in their stored form. Reads only; never writes.
/** @type {typeof import('./pull.js')} */
var pulls = require(`${__hooks}/lib/sync/pull.js`);

/**
 * The records a page from `cursor` to `upTo` must add for claims confirmed in that window.
 * @param {dbx.Builder} db
 * @param {string} user
 * @param {number} cursor
 * @param {number} upTo
 * @returns {import('./pull.js').RecordChange[]}
 */
function catchUp(db, user, cursor, upTo) {
	if (upTo <= cursor) return [];
	var rows = arrayOf(new DynamicModel({ id: '', session: '' }));
	db.newQuery(
		'SELECT p.id AS id, p.session AS session FROM claims c JOIN participants p ON p.id = c.participant ' +
			"WHERE c.user = {:user} AND c.status = 'confirmed' AND p.user = {:user} " +
			'AND p.seq > {:cursor} AND p.seq <= {:upTo}'
	)
		.bind({ user: user, cursor: cursor, upTo: upTo })
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
