// Who the caller is, from the auth record only (never from the payload), and what they may read:
// élus read and write the documents and project summaries of their own communes; coordinators
// read the summaries of their territory, the national team every summary. Owns each read scope
// twice, side by side: as the SQL of the sync pull (pullScope) and as the API-rule filter of the
// collections' list and view rules (API_RULES), so the two can be compared in one place. Never
// reads a request body. No PocketBase API at load time: migrations and Node tests load it too.
/** @type {typeof import('../limits.js')['hasKey']} */
var hasKey = require(`${__hooks}/lib/limits.js`).hasKey;
/** @type {typeof import('../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

/**
 * @typedef {object} UserScope
 * @property {string} id
 * @property {string} role `elu`, `coordinateur`, `national` or `facilitateur`; '' when the
 *   account is not active
 * @property {string[]} communes ids of the user's communes
 * @property {string} territoryKind
 * @property {string} territoryCode
 * @property {string[]} [sessionsRun] the sessions the user runs, once read (sessionsRunBy)
 */

/**
 * @typedef {object} SqlScope A condition on the pulled table `t`, for pull.js.
 * @property {string} join SQL joined after `FROM <table> t` ('' for none)
 * @property {string} where SQL condition
 * @property {Record<string, string>} params values bound to its `{:name}` placeholders
 */

/** Column of `communes` matching each territory kind (an allow-list: it is spliced into SQL). */
var TERRITORY_COLUMNS = { departement: 'departement', region: 'region', epci: 'epci' };

var ELU_OF_COMMUNE = "@request.auth.role = 'elu' && @request.auth.communes.id ?= commune";

// A coordinator sees the communes of their territory; an empty code never matches (communes
// without an EPCI have an empty `epci`, which must not make them visible to everyone).
var COORDINATOR_OF_COMMUNE =
	"@request.auth.role = 'coordinateur' && (@request.auth.territory_kind = 'national' || " +
	"(@request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && commune.departement = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'region' && commune.region = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'epci' && commune.epci = @request.auth.territory_code))))";

var COMMUNE_READERS =
	'(' + ELU_OF_COMMUNE + ') || (' + COORDINATOR_OF_COMMUNE + ") || @request.auth.role = 'national'";

// Spaces of the learning network and consultations (lib/community/spaces.js): a national, theme
// or practice space is open to every signed-in user; a région or département one to the users
// of its communes (élus, facilitators), to the coordinators of that territory or of the région
// containing a département, to national coordinators and the national team. Rows carry
// `space_kind`, `space_code` and `space_region` (the région of a département space).
var SPACE_READERS =
	"space_kind = 'national' || space_kind = 'theme' || space_kind = 'practice' || " +
	"@request.auth.role = 'national' || " +
	"(@request.auth.role = 'coordinateur' && @request.auth.territory_kind = 'national') || " +
	"(space_kind = 'departement' && (@request.auth.communes.departement ?= space_code || " +
	"(@request.auth.role = 'coordinateur' && @request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && @request.auth.territory_code = space_code) || " +
	"(@request.auth.territory_kind = 'region' && @request.auth.territory_code = space_region))))) || " +
	"(space_kind = 'region' && (@request.auth.communes.region ?= space_code || " +
	"(@request.auth.role = 'coordinateur' && @request.auth.territory_code != '' && " +
	"@request.auth.territory_kind = 'region' && @request.auth.territory_code = space_code)))";
// Training sessions (features/sessions): the people who run a session read everything about it;
// a participant with an account reads their own rows; nobody else reads a name or a signature.
var FACILITATOR_OF_SESSION =
	'session.owner = @request.auth.id || session.co_facilitators.id ?= @request.auth.id';
var SESSION_OVERSIGHT =
	'(' +
	COORDINATOR_OF_COMMUNE.replace(/commune\./g, 'session.commune.') +
	") || @request.auth.role = 'national'";
var SESSION_PEOPLE = FACILITATOR_OF_SESSION + ' || ' + SESSION_OVERSIGHT;

/**
 * The list and view rules of the synced collections, as PocketBase filters. The released
 * migrations (1764500000_sync.js, 1764700000_charters.js, 1764900000_photos.js) hold their own
 * copies of these strings: migrations are history and never change, so
 * tests/server/limits-parity.spec.ts checks the rules they set against these. New collections
 * take their rules from here (`require(`${__hooks}/lib/sync/scope.js`).API_RULES`).
 */
var API_RULES = {
	/** `docs`: the élus of the document's commune. */
	eluOfCommune: ELU_OF_COMMUNE,
	/**
	 * `docs` since the boards (1765410000_boards.js): a project document to the élus of its
	 * commune; a session's board to nobody through the API (its facilitators reach it by sync).
	 */
	docReaders: "type != 'board' && " + ELU_OF_COMMUNE,
	/** `projects`, `photos`: élus of the commune, coordinators of its territory, the national team. */
	communeReaders: COMMUNE_READERS,
	/** `charters`: the signer, then the same readers as a project. */
	charterReaders: 'user = @request.auth.id || ' + COMMUNE_READERS,
	/** `progress`: its user and the national team. */
	ownOrNational: "user = @request.auth.id || @request.auth.role = 'national'",
	/**
	 * `quiz_attempts`: its user only. Facilitators, coordinators and the national team read counts
	 * and means through GET /api/collab/quiz-stats, never one élu's answers.
	 */
	own: 'user = @request.auth.id',
	/**
	 * `needs_surveys` (issue 14): the commune's élus, the facilitators who follow the commune (a
	 * session's planning adapts to its needs), the coordinators of its territory, the national team.
	 */
	censusReaders:
		"((@request.auth.role = 'elu' || @request.auth.role = 'facilitateur') && @request.auth.communes.id ?= commune) || (" +
		COORDINATOR_OF_COMMUNE +
		") || @request.auth.role = 'national'",
	/** `discussions`, `comments`, `consultations`, `proposals`: the readers of their space. */
	spaceReaders: SPACE_READERS,
	/**
	 * `training_sessions`: its facilitators, coordinators of its territory, the national team, and
	 * the élus of its département (they see upcoming sessions to ask to join; no names in it).
	 */
	sessionReaders:
		'owner = @request.auth.id || co_facilitators.id ?= @request.auth.id || (' +
		COORDINATOR_OF_COMMUNE +
		") || @request.auth.role = 'national' || " +
		"(@request.auth.role = 'elu' && @request.auth.communes.departement ?= commune.departement)",
	/** `participants`: the person themselves, then the session's facilitators and overseers. */
	participantReaders: 'user = @request.auth.id || ' + SESSION_PEOPLE,
	/** `attendances`: the participant's own rows, then the session's facilitators and overseers. */
	attendanceReaders:
		'subject_user = @request.auth.id || participant.user = @request.auth.id || ' + SESSION_PEOPLE,
	/** `attendance_seals`: the session's facilitators and overseers, and its participants. */
	sealReaders:
		SESSION_PEOPLE +
		' || (@collection.participants.session ?= session && @collection.participants.user ?= @request.auth.id)'
};

/**
 * The scope of the signed-in `users` record `auth`.
 * @param {core.Record} auth
 * @returns {UserScope}
 */
function userScope(auth) {
	/** @type {string[]} */
	var communes = [];
	// An account that is not active (pending, refused, ended mandate) reads and writes nothing,
	// whatever its role and communes say (issue 13).
	var active = auth.getString('status') === 'active';
	var raw = active ? auth.getStringSlice('communes') : [];
	for (var i = 0; i < raw.length; i++) communes.push(raw[i]);
	return {
		id: auth.id,
		role: active ? auth.getString('role') : '',
		communes: communes,
		territoryKind: auth.getString('territory_kind'),
		territoryCode: auth.getString('territory_code')
	};
}

/**
 * True when the user may read and write the documents and summaries of `communeId`.
 * @param {UserScope} scope
 * @param {unknown} communeId
 */
function isEluOf(scope, communeId) {
	return (
		scope.role === 'elu' && typeof communeId === 'string' && scope.communes.indexOf(communeId) >= 0
	);
}

/**
 * The SQL twin of COMMUNE_READERS for a table `t` with a `commune` column.
 * @param {UserScope} scope
 * @returns {SqlScope | null}
 */
function communeReaders(scope) {
	if (scope.role === 'elu') {
		return {
			join: '',
			where: 't.commune IN (SELECT value FROM json_each({:communes}))',
			params: { communes: JSON.stringify(scope.communes) }
		};
	}
	if (scope.role === 'national') return { join: '', where: '1 = 1', params: {} };
	if (scope.role === 'coordinateur') {
		if (scope.territoryKind === 'national') return { join: '', where: '1 = 1', params: {} };
		if (hasKey(TERRITORY_COLUMNS, scope.territoryKind) && scope.territoryCode) {
			var column = TERRITORY_COLUMNS[/** @type {keyof TERRITORY_COLUMNS} */ (scope.territoryKind)];
			return {
				join: 'JOIN communes c ON c.id = t.commune',
				where: 'c.' + column + ' = {:code}',
				params: { code: scope.territoryCode }
			};
		}
	}
	return null;
}

/**
 * Records of the caller: a table `t` with a `user` column.
 * @param {UserScope} scope
 * @returns {SqlScope}
 */
function own(scope) {
	return { join: '', where: 't.user = {:user}', params: { user: scope.id } };
}

/**
 * Charters in a pull: the élus of the commune and the signer. Coordinators and the national team
 * read charters through the API (charterReaders), not through sync.
 * @param {UserScope} scope
 * @returns {SqlScope}
 */
function signerOrCommuneElus(scope) {
	return {
		join: '',
		where: '(t.commune IN (SELECT value FROM json_each({:communes})) OR t.user = {:user})',
		params: {
			communes: JSON.stringify(scope.role === 'elu' ? scope.communes : []),
			user: scope.id
		}
	};
}

/**
 * The SQL twin of API_RULES.censusReaders: the commune readers, plus the facilitators of the
 * commune.
 * @param {UserScope} scope
 * @returns {SqlScope | null}
 */
function censusReaders(scope) {
	if (scope.role === 'facilitateur') {
		return {
			join: '',
			where: 't.commune IN (SELECT value FROM json_each({:communes}))',
			params: { communes: JSON.stringify(scope.communes) }
		};
	}
	return communeReaders(scope);
}

/** A code that no territory has: binds a coordinator condition that must match nothing. */
var NO_TERRITORY = '#';

/**
 * The SQL twin of SPACE_READERS for a table `t` with `space_kind`, `space_code`, `space_region`.
 * @param {UserScope} scope
 * @returns {SqlScope}
 */
function spaceReaders(scope) {
	var everything =
		scope.role === 'national' ||
		(scope.role === 'coordinateur' && scope.territoryKind === 'national');
	if (everything) return { join: '', where: '1 = 1', params: {} };
	var coordinator = scope.role === 'coordinateur' && scope.territoryCode !== '';
	var mine =
		'SELECT c.{col} FROM communes c WHERE c.id IN (SELECT value FROM json_each({:communes}))';
	return {
		join: '',
		where:
			"(t.space_kind IN ('national', 'theme', 'practice') OR " +
			"(t.space_kind = 'departement' AND (t.space_code IN (" +
			mine.replace('{col}', 'departement') +
			') OR ' +
			't.space_code = {:coordinatorDepartement} OR t.space_region = {:coordinatorRegion})) OR ' +
			"(t.space_kind = 'region' AND (t.space_code IN (" +
			mine.replace('{col}', 'region') +
			') OR ' +
			't.space_code = {:coordinatorRegion})))',
		params: {
			communes: JSON.stringify(scope.communes),
			coordinatorDepartement:
				coordinator && scope.territoryKind === 'departement' ? scope.territoryCode : NO_TERRITORY,
			coordinatorRegion:
				coordinator && scope.territoryKind === 'region' ? scope.territoryCode : NO_TERRITORY
		}
	};
}

/**
 * The ids of the sessions the user runs, read once per request and kept on `scope`: the pull
 * scopes below name them as a list, so that each table is read through its indexes (session,
 * person) instead of joining every session to every row (0.6 s a page of attendances on the
 * national data, against under 1 ms). Owners come from their index; co-facilitators are a JSON
 * list that only facilitators may be on (training_sessions.js), so only the roles that may run a
 * session pay for reading them.
 * @param {UserScope} scope
 * @returns {string[]}
 */
function sessionsRunBy(scope) {
	if (scope.sessionsRun) return scope.sessionsRun;
	var rows = arrayOf(new DynamicModel({ id: '' }));
	$app
		.db()
		.newQuery(
			'SELECT s.id AS id FROM training_sessions s WHERE s.owner = {:user}' +
				(sessions.mayRunSessions(scope.role)
					? ' OR (s.co_facilitators LIKE {:like} AND EXISTS (SELECT 1 FROM json_each(' +
						"CASE WHEN json_valid(s.co_facilitators) THEN s.co_facilitators ELSE '[]' END) " +
						'WHERE value = {:user}))'
					: '')
		)
		.bind({ user: scope.id, like: '%' + scope.id + '%' })
		.all(rows);
	/** @type {string[]} */
	var ids = [];
	for (var i = 0; i < rows.length; i++) ids.push(rows[i].id);
	scope.sessionsRun = ids;
	return ids;
}

/**
 * SQL: the session id `column` is one of {:runs} (sessionsRunBy).
 * @param {string} column
 */
function isRun(column) {
	return column + ' IN (SELECT value FROM json_each({:runs}))';
}

/**
 * Training sessions in a pull: those the user runs, and for an élu the sessions held in the
 * départements of their communes. Coordinators and the national team read others through the API.
 * @param {UserScope} scope
 * @returns {SqlScope}
 */
function sessionReaders(scope) {
	return {
		join: 'JOIN communes c ON c.id = t.commune',
		where:
			'(' +
			isRun('t.id') +
			" OR (c.departement != '' AND c.departement IN (SELECT c2.departement FROM communes c2 " +
			'WHERE c2.id IN (SELECT value FROM json_each({:communes})))))',
		params: {
			runs: JSON.stringify(sessionsRunBy(scope)),
			communes: JSON.stringify(scope.role === 'elu' ? scope.communes : [])
		}
	};
}

/**
 * Rows about the people of a session (`t.session`): the sessions the user runs, and the user's own
 * rows (`column` names the person: `user` of participants, `subject_user` of attendances). Each
 * term is indexed, so SQLite reads the three index ranges and nothing else.
 * @param {string} column
 */
function sessionPeople(column) {
	/**
	 * @param {UserScope} scope
	 * @returns {SqlScope}
	 */
	return function (scope) {
		return {
			join: '',
			where:
				'(' +
				isRun('t.session') +
				' OR t.' +
				column +
				' = {:user}' +
				// A confirmed claim links the person through their participant row (sealed rows keep
				// their subject_user; pocketbase/README.md "Claims").
				(column === 'subject_user'
					? ' OR t.participant IN (SELECT p.id FROM participants p WHERE p.user = {:user})'
					: '') +
				')',
			params: { user: scope.id, runs: JSON.stringify(sessionsRunBy(scope)) }
		};
	};
}

/**
 * Seals in a pull: of the sessions the user runs or takes part in (with an account).
 * @param {UserScope} scope
 * @returns {SqlScope}
 */
function sessionSeals(scope) {
	return {
		join: '',
		where:
			'(' +
			isRun('t.session') +
			' OR t.session IN (SELECT p.session FROM participants p WHERE p.user = {:user}))',
		params: { user: scope.id, runs: JSON.stringify(sessionsRunBy(scope)) }
	};
}

/** Pull scopes by the name a collection declares (lib/sync/collections/). */
var PULL_SCOPES = {
	censusReaders: censusReaders,
	communeReaders: communeReaders,
	own: own,
	signerOrCommuneElus: signerOrCommuneElus,
	spaceReaders: spaceReaders,
	sessionReaders: sessionReaders,
	sessionParticipants: sessionPeople('user'),
	sessionAttendances: sessionPeople('subject_user'),
	sessionSeals: sessionSeals
};

/**
 * True when `name` is a pull scope a collection may declare.
 * @param {string} name
 */
function isPullScope(name) {
	return hasKey(PULL_SCOPES, name);
}

/**
 * Which rows of a synced collection the user pulls, under the declared rule `name`: an SQL
 * condition on `t`, or null when the user pulls none.
 * @param {string} name a key of PULL_SCOPES
 * @param {UserScope} scope
 * @returns {SqlScope | null}
 */
function pullScope(name, scope) {
	if (!isPullScope(name)) throw new Error('unknown pull scope ' + name);
	return PULL_SCOPES[/** @type {keyof PULL_SCOPES} */ (name)](scope);
}

module.exports = {
	API_RULES: API_RULES,
	userScope: userScope,
	isEluOf: isEluOf,
	isPullScope: isPullScope,
	pullScope: pullScope,
	sessionsRunBy: sessionsRunBy
};
