// Training sessions on the server (README "Training sessions", DESIGN.md § 6): the canonical form
// and hashes of attendance rows and seals (twins of src/lib/features/sessions/domain/canonical.ts,
// attendance.ts and seal.ts; tests/server/sessions.spec.ts pushes rows hashed by the app; the
// quoting is lib/canonical.js, shared with charters),
// the deterministic attendance id, who runs a session, and whether a row is sealed. Never saves
// a record (the declarations in lib/sync/collections/ do). Loads no PocketBase API at load time.
/** @type {typeof import('./limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('./charters.js')} */
var charters = require(`${__hooks}/lib/charters.js`);
/** @type {typeof import('./canonical.js')} */
var canonicalJson = require(`${__hooks}/lib/canonical.js`);

/**
 * Limits of the sessions feature.
 * → src/lib/features/sessions/domain/types.ts: SESSION_LIMITS
 */
var SESSION = {
	titleMax: 200,
	roomMax: 200,
	notesMax: 2000,
	nameMax: 120,
	emailMax: 200,
	noteMax: 500,
	communeNameMax: 200,
	maxModules: 8,
	maxSlots: 16,
	maxCoFacilitators: 2,
	maxCapacity: 60,
	maxCovers: 500,
	minYear: 2024,
	maxYear: 2100,
	volets: ['intelligence_collective', 'economie_symbiotique', 'transverse'],
	modalities: ['presentiel', 'distance', 'mixte'],
	statuses: ['prevue', 'annulee'],
	fundings: ['gratuit', 'commune', 'dif'],
	enrolments: ['demande', 'inscrit', 'attente', 'refuse'],
	mandates: ['maire', 'adjoint', 'conseiller', 'autre'],
	attendanceStatuses: ['present', 'absent'],
	attendanceModes: ['sur_place', 'a_distance']
};

var TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var SLOT_KEY = /^\d{4}-\d{2}-\d{2}-(am|pm)$/;
var ID = /^[a-z0-9]{15}$/;
var MODULE_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The canonical string of an attendance row. → domain/attendance.ts: canonicalAttendance
 * @param {Record<string, any>} d
 */
function canonicalAttendance(d) {
	return canonicalJson.canonicalObject({
		session: d.session,
		slot: d.slot,
		participant: d.participant,
		status: d.status,
		mode: d.mode,
		signature: d.signature,
		signed_at: d.signed_at,
		arrived_at: d.arrived_at,
		left_at: d.left_at,
		amends: d.amends,
		note: String(d.note).trim().normalize('NFC')
	});
}

/**
 * `id:hash` sorted by id, joined by commas. → domain/seal.ts: coversText
 * @param {{ id: string, hash: string }[]} covers
 */
function coversText(covers) {
	return covers
		.slice()
		.sort(function (a, b) {
			return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
		})
		.map(function (c) {
			return c.id + ':' + c.hash;
		})
		.join(',');
}

/**
 * The canonical string of a seal. → domain/seal.ts: canonicalSeal
 * @param {Record<string, any>} d
 */
function canonicalSeal(d) {
	return canonicalJson.canonicalObject({
		session: d.session,
		slot: d.slot,
		covers: coversText(d.covers),
		countersigner_name: String(d.countersigner_name).trim().normalize('NFC'),
		countersignature: d.countersignature,
		sealed_at: d.sealed_at,
		addendum_of: d.addendum_of
	});
}

/**
 * The id of the original attendance row of (session, slot, participant). → domain/ids.ts
 * @param {string} session
 * @param {string} slot
 * @param {string} participant
 */
function attendanceId(session, slot, participant) {
	return $security.sha256('attendance/' + session + '/' + slot + '/' + participant).slice(0, 15);
}

/**
 * True for `HH:MM`.
 * @param {unknown} value
 */
function isTime(value) {
	return typeof value === 'string' && TIME.test(value);
}

/**
 * @param {string} time
 */
function minutes(time) {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * True for a date that exists, within the years a session may have.
 * @param {unknown} value
 */
function isSessionDate(value) {
	if (typeof value !== 'string') return false;
	var m = DATE.exec(value);
	if (!m) return false;
	var year = Number(m[1]);
	var month = Number(m[2]);
	var day = Number(m[3]);
	if (year < SESSION.minYear || year > SESSION.maxYear) return false;
	var probe = new Date(Date.UTC(year, month - 1, day));
	return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * True for a UTC ISO 8601 instant to the millisecond (limits.PATTERNS.signedAt).
 * @param {unknown} value
 */
function isSignedAt(value) {
	return typeof value === 'string' && limits.PATTERNS.signedAt.test(value);
}

/**
 * True when the user runs the session (its owner or a co-facilitator).
 * @param {core.Record} session
 * @param {string} userId
 */
function runs(session, userId) {
	if (session.getString('owner') === userId) return true;
	var co = session.getStringSlice('co_facilitators');
	for (var i = 0; i < co.length; i++) if (co[i] === userId) return true;
	return false;
}

/**
 * Whether an account of `role` may plan and run sessions: facilitators and coordinators own
 * them, and only facilitators are named co-facilitators. Élus and the national team run none,
 * which spares their pulls the search of every session for the ones they run.
 * @param {string} role
 */
function mayRunSessions(role) {
	return role === 'facilitateur' || role === 'coordinateur';
}

/**
 * The keys of a session's half-days.
 * @param {core.Record} session
 * @returns {string[]}
 */
function slotKeys(session) {
	var raw = toString(session.get('slots'));
	/** @type {any[]} */
	var slots;
	try {
		slots = JSON.parse(raw || '[]');
	} catch {
		slots = [];
	}
	/** @type {string[]} */
	var keys = [];
	for (var i = 0; i < slots.length; i++)
		if (slots[i] && slots[i].key) keys.push(String(slots[i].key));
	return keys;
}

/**
 * The hashes under which seals of (session, slot) cover the row `id` (empty when not sealed).
 * @param {CoreApp} txApp
 * @param {string} session
 * @param {string} slot
 * @param {string} id
 * @returns {string[]}
 */
function sealedHashes(txApp, session, slot, id) {
	var seals = txApp.findRecordsByFilter(
		'attendance_seals',
		'session = {:session} && slot = {:slot}',
		'',
		0,
		0,
		{ session: session, slot: slot }
	);
	/** @type {string[]} */
	var hashes = [];
	for (var i = 0; i < seals.length; i++) {
		var seal = seals[i];
		if (!seal) continue;
		var covers = JSON.parse(toString(seal.get('covers')) || '[]');
		for (var j = 0; j < covers.length; j++) if (covers[j].id === id) hashes.push(covers[j].hash);
	}
	return hashes;
}

module.exports = {
	SESSION: SESSION,
	TIME: TIME,
	SLOT_KEY: SLOT_KEY,
	ID: ID,
	MODULE_KEY: MODULE_KEY,
	EMAIL: EMAIL,
	canonicalAttendance: canonicalAttendance,
	canonicalSeal: canonicalSeal,
	coversText: coversText,
	attendanceId: attendanceId,
	isTime: isTime,
	minutes: minutes,
	isSessionDate: isSessionDate,
	runs: runs,
	mayRunSessions: mayRunSessions,
	slotKeys: slotKeys,
	sealedHashes: sealedHashes,
	isSignature: charters.isSignature,
	hasInvisible: canonicalJson.hasInvisible,
	isSignedAt: isSignedAt
};
