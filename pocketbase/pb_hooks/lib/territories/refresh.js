// Rebuilds `territory_facts` (README, "Territories"): first one row per commune × metric with
// SQL GROUP BY over the records (users, progress, charters, projects, ...), then the same
// metrics summed per EPCI, EPCI part inside a département, département, région and nation.
// Builds the next table beside the current one and swaps them (readers keep the previous
// figures until then), every `REFRESH_CRON` and on demand (superuser route, the national generator). Never reads a
// request and never returns personal data: only counts.
// Why precomputed rather than summed per request: see README "Territories" (measured: the
// national GROUP BY over the records takes seconds at national scale; a summary read from
// these rows takes milliseconds).

/** Every 10 minutes: the dashboards say the date of their figures. */
var REFRESH_CRON = '*/10 * * * *';

/** @type {typeof import('./participation.js')} */
var participation = require(`${__hooks}/lib/territories/participation.js`);

/**
 * Per-commune metrics: each SELECT yields (code = commune id, metric, value).
 * Another feature adds its figures with one more line here.
 */
var COMMUNE_METRICS = [
	"SELECT c.id, 'communes', 1 FROM communes c",
	"SELECT c.id, 'population', c.population FROM communes c",
	"SELECT c.id, 'class.' || c.class, 1 FROM communes c WHERE c.class != ''",
	"SELECT c.id, 'profile.' || c.profile, 1 FROM communes c WHERE c.profile != ''",
	"SELECT je.value, 'elus.accounts', COUNT(*) FROM users u, json_each(u.communes) je WHERE u.role = 'elu' GROUP BY je.value",
	"SELECT je.value, 'elus.mandate.' || u.mandate, COUNT(*) FROM users u, json_each(u.communes) je WHERE u.role = 'elu' AND u.mandate != '' GROUP BY je.value, u.mandate",
	// Self-declared: modules an élu ticked alone (never added to "trained", DESIGN.md § 6).
	"SELECT je.value, 'self_declared.elus', COUNT(DISTINCT u.id) FROM users u, json_each(u.communes) je JOIN progress p ON p.user = u.id AND p.done = TRUE WHERE u.role = 'elu' GROUP BY je.value",
	"SELECT je.value, 'self_declared.module.' || p.module, COUNT(DISTINCT u.id) FROM users u, json_each(u.communes) je JOIN progress p ON p.user = u.id AND p.done = TRUE WHERE u.role = 'elu' GROUP BY je.value, p.module",
	"SELECT commune, 'charters', COUNT(*) FROM charters GROUP BY commune",
	"SELECT commune, 'charters.communes', 1 FROM charters GROUP BY commune",
	"SELECT commune, 'charters.month.' || substr(signed_at, 1, 7), COUNT(*) FROM charters GROUP BY commune, substr(signed_at, 1, 7)",
	"SELECT commune, 'projects', COUNT(*) FROM projects GROUP BY commune",
	"SELECT p.commune, 'projects.communes', 1 FROM projects p GROUP BY p.commune",
	"SELECT p.commune, 'projects.communes.' || c.class, 1 FROM projects p JOIN communes c ON c.id = p.commune WHERE c.class != '' GROUP BY p.commune",
	"SELECT commune, 'projects.status.' || status, COUNT(*) FROM projects WHERE status != '' GROUP BY commune, status",
	"SELECT p.commune, 'projects.theme.' || je.value, COUNT(*) FROM projects p, json_each(CASE WHEN json_valid(p.themes) THEN p.themes ELSE '[]' END) je GROUP BY p.commune, je.value",
	"SELECT p.commune, 'projects.lever.' || je.value, COUNT(*) FROM projects p, json_each(CASE WHEN json_valid(p.levers) THEN p.levers ELSE '[]' END) je GROUP BY p.commune, je.value",
	"SELECT commune, 'projects.month.' || substr(created, 1, 7), COUNT(*) FROM projects GROUP BY commune, substr(created, 1, 7)"
];

/**
 * Attendance rows that count: present, covered by a seal with the same hash (DESIGN.md § 6), and
 * not corrected to absent by a sealed amendment. One row per (session, slot, participant, id).
 */
var SEALED =
	"WITH covered AS MATERIALIZED (SELECT json_extract(c.value, '$.id') AS id, " +
	"json_extract(c.value, '$.hash') AS hash FROM attendance_seals s, json_each(s.covers) c), " +
	'sealed AS (SELECT a.id, a.session, a.slot, a.participant FROM covered k ' +
	"JOIN attendances a ON a.id = k.id AND a.hash = k.hash WHERE a.status = 'present' AND a.id NOT IN (" +
	'SELECT x.amends FROM covered kx JOIN attendances x ON x.id = kx.id AND x.hash = kx.hash ' +
	"WHERE x.amends != '' AND x.status = 'absent')) ";

/**
 * Figures of training sessions (features/sessions), when their tables exist: élus trained counted
 * from sealed attendance only, per module; participants not linked to an account apart (by the
 * commune they gave; one person per name and commune across sessions, since each session has its
 * own participant rows); sessions held (at least one sealed half-day) and planned.
 */
var SESSION_METRICS = [
	SEALED +
		", people AS (SELECT DISTINCT p.user AS user FROM sealed JOIN participants p ON p.id = sealed.participant WHERE p.user != '') " +
		"SELECT je.value, 'trained.elus', COUNT(*) FROM people JOIN users u ON u.id = people.user, json_each(u.communes) je GROUP BY je.value",
	SEALED +
		', taught AS (SELECT DISTINCT p.user AS user, m.value AS module FROM sealed JOIN participants p ON p.id = sealed.participant ' +
		"JOIN training_sessions t ON t.id = sealed.session, json_each(t.slots) sl, json_each(json_extract(sl.value, '$.modules')) m " +
		"WHERE p.user != '' AND json_extract(sl.value, '$.key') = sealed.slot) " +
		"SELECT je.value, 'trained.module.' || taught.module, COUNT(*) FROM taught JOIN users u ON u.id = taught.user, json_each(u.communes) je GROUP BY je.value, taught.module",
	SEALED +
		"SELECT c.id, 'participants.unlinked', COUNT(DISTINCT lower(trim(p.name)) || '|' || p.commune_insee) FROM sealed JOIN participants p ON p.id = sealed.participant " +
		"JOIN communes c ON c.insee = p.commune_insee WHERE p.user = '' GROUP BY c.id",
	"SELECT t.commune, 'sessions.held', COUNT(*) FROM training_sessions t WHERE t.status != 'annulee' AND EXISTS (SELECT 1 FROM attendance_seals s WHERE s.session = t.id) GROUP BY t.commune",
	"SELECT t.commune, 'sessions.planned', COUNT(*) FROM training_sessions t WHERE t.status != 'annulee' AND NOT EXISTS (SELECT 1 FROM attendance_seals s WHERE s.session = t.id) GROUP BY t.commune"
];

/**
 * Levels above the commune: kind, the SQL giving its code from the commune `c`, and for the
 * levels that nest (a département lies in one région), the level summed instead of communes.
 */
var ROLLUPS = [
	"SELECT 'epci', c.epci, f.metric, SUM(f.value) FROM territory_facts_next f JOIN communes c ON c.id = f.code WHERE f.kind = 'commune' AND c.epci != '' GROUP BY c.epci, f.metric",
	"SELECT 'epci_dep', c.epci || '@' || c.departement, f.metric, SUM(f.value) FROM territory_facts_next f JOIN communes c ON c.id = f.code WHERE f.kind = 'commune' AND c.epci != '' GROUP BY c.epci, c.departement, f.metric",
	"SELECT 'departement', c.departement, f.metric, SUM(f.value) FROM territory_facts_next f JOIN communes c ON c.id = f.code WHERE f.kind = 'commune' AND c.departement != '' GROUP BY c.departement, f.metric",
	"SELECT 'region', m.region, f.metric, SUM(f.value) FROM territory_facts_next f JOIN (SELECT DISTINCT departement, region FROM communes WHERE region != '') m ON m.departement = f.code WHERE f.kind = 'departement' GROUP BY m.region, f.metric",
	"SELECT 'national', '', f.metric, SUM(f.value) FROM territory_facts_next f WHERE f.kind = 'region' GROUP BY f.metric"
];

/** Whether a refresh started less than this long ago is still running (ms). */
var RUNNING_MS = 10 * 60 * 1000;

/**
 * Whether a table exists (features merged later add their metrics only when their table is there).
 * @param {dbx.Builder} db @param {string} table
 */
function hasTable(db, table) {
	var row = new DynamicModel({ n: 0 });
	db.newQuery("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = {:t}")
		.bind({ t: table })
		.one(row);
	return row.n > 0;
}

/**
 * Rebuilds every fact into `territory_facts_next`, one statement at a time (each its own short
 * write), then swaps it in by renaming: readers see the old figures until the swap.
 * Returns how long it took and how many rows it wrote; `skipped` when another run is going on.
 * @param {CoreApp} app
 * @param {string[]} [extra] more per-commune SELECTs (code, metric, value), e.g. from features
 * @returns {{ ms: number, rows: number, computedAt: number, skipped?: boolean }}
 */
function refresh(app, extra) {
	var started = Date.now();
	var store = app.store();
	var running = Number(store.get('territories.refreshing') || 0);
	if (running && started - running < RUNNING_MS)
		return { ms: 0, rows: 0, computedAt: 0, skipped: true };
	store.set('territories.refreshing', started);
	try {
		var db = app.db();
		var metrics = COMMUNE_METRICS.concat(
			hasTable(db, 'attendance_seals') ? SESSION_METRICS : [],
			participation.metrics(function (t) {
				return hasTable(db, t);
			}, SEALED),
			extra || []
		);
		db.newQuery('DROP TABLE IF EXISTS territory_facts_next').execute();
		db.newQuery(
			'CREATE TABLE territory_facts_next (kind TEXT NOT NULL, code TEXT NOT NULL, ' +
				'metric TEXT NOT NULL, value NUMERIC NOT NULL, PRIMARY KEY (kind, code, metric)) WITHOUT ROWID'
		).execute();
		for (var i = 0; i < metrics.length; i++) {
			db.newQuery(
				"INSERT OR REPLACE INTO territory_facts_next (kind, code, metric, value) SELECT 'commune', * FROM (" +
					metrics[i] +
					')'
			).execute();
		}
		for (var l = 0; l < ROLLUPS.length; l++) {
			db.newQuery(
				'INSERT INTO territory_facts_next (kind, code, metric, value) ' + ROLLUPS[l]
			).execute();
		}
		var computedAt = Date.now();
		db.newQuery(
			"INSERT INTO territory_facts_next (kind, code, metric, value) VALUES ('meta', '', 'computed_at', {:at})"
		)
			.bind({ at: computedAt })
			.execute();
		var count = new DynamicModel({ n: 0 });
		db.newQuery('SELECT COUNT(*) AS n FROM territory_facts_next').one(count);
		app.runInTransaction(function (txApp) {
			var tx = txApp.db();
			tx.newQuery('DROP TABLE IF EXISTS territory_facts_old').execute();
			tx.newQuery('ALTER TABLE territory_facts RENAME TO territory_facts_old').execute();
			tx.newQuery('ALTER TABLE territory_facts_next RENAME TO territory_facts').execute();
		});
		db.newQuery('DROP TABLE IF EXISTS territory_facts_old').execute();
		return { ms: Date.now() - started, rows: count.n, computedAt: computedAt };
	} finally {
		store.remove('territories.refreshing');
	}
}

module.exports = { refresh: refresh, hasTable: hasTable, REFRESH_CRON: REFRESH_CRON };
