// The global sequence (one row of `sync_counters`): every stored doc update and every synced
// record gets the next number. It is read and written inside the request's write transaction;
// PocketBase runs all writes on one connection and SQLite has one writer, so numbers are
// handed out in commit order and a client that has seen seq N has seen every row <= N.

var ROW = 'globalsequence0';
/** The current value as an SQL expression, for reading it within a larger statement. */
var CURRENT_SQL = "(SELECT value FROM sync_counters WHERE id = '" + ROW + "')";

/**
 * Reads the current value through `db` (a transaction's or the app's).
 * @param {dbx.Builder} db
 * @returns {number}
 */
function currentSeq(db) {
	var row = new DynamicModel({ value: 0 });
	db.newQuery('SELECT ' + CURRENT_SQL + ' AS value').one(row);
	return row.value;
}

/**
 * A counter for one transaction: `next()` hands out numbers, `save()` writes the last one.
 * @constructor
 * @param {CoreApp} txApp
 */
function Sequence(txApp) {
	this.db = txApp.db();
	this.start = currentSeq(this.db);
	this.value = this.start;
}

/** The next number (not stored until save()). */
Sequence.prototype.next = function () {
	this.value += 1;
	return this.value;
};

/** Stores the last number handed out, if any. */
Sequence.prototype.save = function () {
	if (this.value === this.start) return;
	this.db
		.newQuery('UPDATE sync_counters SET value = {:value} WHERE id = {:id}')
		.bind({ value: this.value, id: ROW })
		.execute();
};

module.exports = { Sequence: Sequence, CURRENT_SQL: CURRENT_SQL };
