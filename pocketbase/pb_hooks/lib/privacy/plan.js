// What the server holds about one user, and what a deletion request would do with it. Scoped
// to the signed-in user only: every query is filtered by their id (and their communes for
// projects), never by anything the client sends. Never returns a password, a token key, a file
// token or another user's data. Read by lib/privacy/routes.js.

/**
 * Signed charters are proof of an engagement: kept 11 years after signature, the length of a
 * municipal mandate (6 years) plus the common limitation period (5 years, art. 2224 of the
 * Code civil), so that an engagement taken at the start of a mandate can be proved until the
 * last action about it is time-barred. The privacy notice (src/routes/confidentialite) says so.
 */
var CHARTER_RETENTION_YEARS = 11;

var USER_FIELDS = [
	'id',
	'name',
	'role',
	'communes',
	'territory_kind',
	'territory_code',
	'mandate',
	'locale',
	'verified',
	'created',
	'updated'
];
var PHOTO_FIELDS = [
	'id',
	'commune',
	'project',
	'entry',
	'mime',
	'bytes',
	'width',
	'height',
	'complete',
	'created',
	'updated'
];

/**
 * @param {core.Record} record
 * @param {string[]} fields
 * @returns {Record<string, unknown>}
 */
function pick(record, fields) {
	/** @type {Record<string, unknown>} */
	var out = {};
	for (var i = 0; i < fields.length; i++) out[fields[i]] = record.get(fields[i]);
	return out;
}

/**
 * Every row of `collection` matching `filter` (bound to `params`).
 * @param {string} collection
 * @param {string} filter
 * @param {Record<string, unknown>} params
 * @returns {core.Record[]}
 */
function all(collection, filter, params) {
	var rows = $app.findRecordsByFilter(collection, filter, '', 0, 0, params);
	return /** @type {core.Record[]} */ (rows.filter(Boolean));
}

/**
 * Everything of a record but its hidden fields (what the collection API would show).
 * @param {core.Record[]} records
 */
function exported(records) {
	return records.map(function (record) {
		return JSON.parse(JSON.stringify(record.publicExport()));
	});
}

/**
 * @param {core.Record} user
 * @returns {string[]}
 */
function communesOf(user) {
	var ids = user.get('communes');
	var list = [];
	for (var i = 0; i < ids.length; i++) list.push(String(ids[i]));
	return list;
}

/**
 * The projects of the user's communes that the user created or last changed.
 * @param {core.Record} user
 * @returns {core.Record[]}
 */
function authoredProjects(user) {
	var communes = new Set(communesOf(user));
	var seen = new Set();
	/** @type {core.Record[]} */
	var projects = [];
	/** @param {core.Record | undefined} record */
	var add = function (record) {
		if (!record || seen.has(record.id) || !communes.has(String(record.get('commune')))) return;
		seen.add(record.id);
		projects.push(record);
	};
	var created = all('docs', 'created_by = {:user}', { user: user.id });
	for (var i = 0; i < created.length; i++) {
		try {
			add($app.findRecordById('projects', /** @type {core.Record} */ (created[i]).id));
		} catch (_error) {
			// a document that is not a project (or not summarised yet)
		}
	}
	var changed = all('projects', 'updated_by = {:user}', { user: user.id });
	for (var j = 0; j < changed.length; j++) add(changed[j]);
	return projects;
}

/**
 * The posts `user` wrote in `collection`, with the text of those moderation hid (theirs).
 * @param {string} collection
 * @param {core.Record} user
 */
function posts(collection, user) {
	var rows = all(collection, 'author = {:user}', { user: user.id });
	var out = exported(rows);
	for (var i = 0; i < rows.length; i++) {
		if (rows[i].getBool('hidden')) out[i].body = rows[i].getString('hidden_body');
	}
	return out;
}

/**
 * The JSON export of GET /api/collab/me/export for the auth record `user`.
 * @param {core.Record} user
 */
function exportFor(user) {
	var profile = pick(user, USER_FIELDS);
	profile.email = user.email();
	return {
		format: 'collabactons-export',
		version: 1,
		exported_at: new Date().toISOString(),
		user: profile,
		progress: exported(all('progress', 'user = {:user}', { user: user.id })),
		charters: exported(all('charters', 'user = {:user}', { user: user.id })),
		projects: exported(authoredProjects(user)),
		photos: all('photos', 'uploader = {:user}', { user: user.id }).map(function (photo) {
			return pick(photo, PHOTO_FIELDS);
		}),
		publication_consents: all('good_practices', 'consent_by = {:user}', {
			user: user.id
		}).map(function (practice) {
			return pick(practice, ['id', 'project_id', 'published', 'consent_at']);
		}),
		deletion_requests: exported(all('deletion_requests', 'user = {:user}', { user: user.id })),
		// The learning network and concertations (pocketbase/README.md, "Communauté").
		discussions: posts('discussions', user),
		comments: posts('comments', user),
		proposals: posts('proposals', user),
		votes: exported(all('votes', 'user = {:user}', { user: user.id })),
		reports: exported(all('reports', 'user = {:user}', { user: user.id })),
		notifications: exported(all('notifications', 'user = {:user}', { user: user.id })),
		quiz_attempts: exported(all('quiz_attempts', 'user = {:user}', { user: user.id })),
		// The needs census answers this user gave last (the earlier versions are in `history`).
		needs_surveys: exported(all('needs_surveys', 'updated_by = {:user}', { user: user.id })),
		// Training sessions: the user's participant rows, their signed attendance, their evaluations.
		participants: exported(all('participants', 'user = {:user}', { user: user.id })),
		attendances: exported(all('attendances', 'subject_user = {:user}', { user: user.id })),
		session_feedback: exported(all('session_feedback', 'user = {:user}', { user: user.id })),
		// The account's history (what changed, when, why; not who among the team did it) and devices.
		account_events: all('account_events', 'user = {:user}', { user: user.id }).map(
			function (event) {
				return pick(event, ['id', 'action', 'reason', 'before', 'after', 'created']);
			}
		),
		devices: exported(all('devices', 'user = {:user}', { user: user.id }))
	};
}

/**
 * `date` (a PocketBase date string) plus `years`, as an ISO day.
 * @param {unknown} date
 * @param {number} years
 */
function addYears(date, years) {
	var d = new Date(String(date).replace(' ', 'T'));
	if (isNaN(d.getTime())) d = new Date();
	d.setUTCFullYear(d.getUTCFullYear() + years);
	return d.toISOString().slice(0, 10);
}

/**
 * What a deletion request of `user` deletes, unlinks and keeps (with the date it ends).
 * @param {core.Record} user
 */
function deletionPlan(user) {
	var progress = all('progress', 'user = {:user}', { user: user.id });
	var photos = all('photos', 'uploader = {:user}', { user: user.id });
	var charters = all('charters', 'user = {:user}', { user: user.id });
	return {
		to_delete: [
			{ kind: 'account', count: 1 },
			{ kind: 'progress', count: progress.length },
			{ kind: 'project_authorship', count: authoredProjects(user).length },
			{ kind: 'photo_uploader', count: photos.length }
		],
		kept: charters.map(function (charter) {
			return {
				kind: 'charter',
				id: charter.id,
				receipt: charter.get('receipt'),
				signed_at: String(charter.get('signed_at')),
				keep_until: addYears(charter.get('signed_at'), CHARTER_RETENTION_YEARS)
			};
		}),
		retention_years: { charter: CHARTER_RETENTION_YEARS }
	};
}

module.exports = {
	CHARTER_RETENTION_YEARS: CHARTER_RETENTION_YEARS,
	exportFor: exportFor,
	deletionPlan: deletionPlan
};
