// Superuser-only bulk insert for the national-scale generator (scripts/seed/national.mjs):
// rows go straight into a collection's table with multi-row INSERT statements inside one
// transaction per request, bypassing record hooks and validation (the generator builds valid
// rows itself). It never updates or deletes a row, never touches an auth collection's password
// rules beyond what the caller sends, and refuses unknown tables or columns.
// CommonJS, required inside handlers (goja).

/** Rows per INSERT statement: SQLite allows 32,766 bound parameters per statement. */
var ROWS_PER_STATEMENT = 200;

var IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/i;

/**
 * Inserts `rows` (arrays in the order of `columns`) into the table of collection `table`.
 * Body: `{ table, columns: string[], rows: unknown[][], sequence?: number }`; `sequence`, when
 * given, raises the global sync sequence to at least that value (rows carry their own `seq`).
 * @param {core.RequestEvent} e
 * @returns {{ table: string, inserted: number }}
 */
function bulkInsert(e) {
	var body = e.requestInfo().body;
	var table = String(body.table || '');
	var columns = body.columns;
	var rows = body.rows;
	if (!IDENTIFIER.test(table)) throw new BadRequestError('Nom de table invalide.');
	if (!Array.isArray(columns) || !columns.length || !Array.isArray(rows))
		throw new BadRequestError('« columns » et « rows » doivent être des listes.');
	var collection;
	try {
		collection = $app.findCollectionByNameOrId(table);
	} catch (_) {
		throw new BadRequestError('Collection inconnue : ' + table + '.');
	}
	if (collection.name !== table || collection.type === 'view')
		throw new BadRequestError('Collection inconnue : ' + table + '.');
	for (var c = 0; c < columns.length; c++) {
		var column = String(columns[c]);
		if (!IDENTIFIER.test(column) || !collection.fields.getByName(column))
			throw new BadRequestError('Colonne inconnue : ' + table + '.' + column + '.');
	}
	var head = 'INSERT INTO `' + table + '` (`' + columns.join('`, `') + '`) VALUES ';
	var width = columns.length;
	$app.runInTransaction(function (txApp) {
		var db = txApp.db();
		for (var start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
			var end = Math.min(rows.length, start + ROWS_PER_STATEMENT);
			/** @type {string[]} */
			var tuples = [];
			/** @type {Record<string, unknown>} */
			var params = {};
			for (var r = start; r < end; r++) {
				var row = rows[r];
				if (!Array.isArray(row) || row.length !== width)
					throw new BadRequestError('Ligne ' + r + ' : ' + width + ' valeurs attendues.');
				/** @type {string[]} */
				var names = [];
				for (var i = 0; i < width; i++) {
					var name = 'p' + (r - start) + '_' + i;
					var value = row[i];
					params[name] =
						value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
					names.push('{:' + name + '}');
				}
				tuples.push('(' + names.join(',') + ')');
			}
			db.newQuery(head + tuples.join(','))
				.bind(params)
				.execute();
		}
		if (typeof body.sequence === 'number' && body.sequence > 0) {
			db.newQuery(
				"UPDATE sync_counters SET value = MAX(value, {:value}) WHERE id = 'globalsequence0'"
			)
				.bind({ value: body.sequence })
				.execute();
		}
	});
	return { table: table, inserted: rows.length };
}

module.exports = { bulkInsert: bulkInsert };
