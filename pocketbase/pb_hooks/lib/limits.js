// Every limit, vocabulary and pattern the server enforces (pocketbase/README.md): the sync
// protocol's caps, the bounds of project summaries, progress, charters and photos. One place, so
// the README, the validation and the tests agree. Most have a twin in the app's TypeScript, named
// in the comment (`→ file: NAME`); tests/server/limits-parity.spec.ts loads this module in Node
// and fails when a twin differs. Plain data: no PocketBase API here, nothing at load time.
// Released migrations keep their own copies of some of these numbers (history does not change);
// the same spec checks the schema they built against this file.

/** Version of the sync protocol. → src/lib/domain/sync/protocol.ts: PROTOCOL_VERSION */
var PROTOCOL_VERSION = 1;
/** Whole request body, in bytes. → protocol.ts: MAX_REQUEST_BYTES */
var MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Ops + records in one request. → protocol.ts: MAX_ITEMS_PER_REQUEST */
var MAX_ITEMS = 1000;
/** One update, decoded bytes. → protocol.ts: MAX_UPDATE_BYTES */
var MAX_UPDATE_BYTES = 512 * 1024;
/** One snapshot (a full state), decoded bytes. → protocol.ts: MAX_SNAPSHOT_BYTES */
var MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024;
/** Change rows returned by one pull: default and server cap of `limit` (server only). */
var DEFAULT_LIMIT = 1000;
var MAX_LIMIT = 2000;
/** Characters of payload (z85 strings, record data) in one response before `more` is set. */
var PULL_BUDGET_CHARS = 4 * 1024 * 1024;
/** A document with more stored rows than this is listed in `compact`. */
var COMPACT_ROWS = 50;

/**
 * Collaborative document types the server accepts (one Yjs doc each), as a list; look a type up
 * with isDocType (never as `obj[type]`: a request could name `constructor`).
 * → protocol.ts: DOC_TYPES
 */
var DOC_TYPES = ['project', 'board'];

/**
 * Engagement charters (README, "Charters").
 * `textHashes`: SHA-256 hex of the French text of each published charter version. A published
 * text never changes, so neither does its hash: add a version, never edit one.
 * → src/lib/features/charters/domain/text.ts (hashes of CHARTER_VERSIONS, tests/server/charters.spec.ts)
 */
var CHARTER = {
	textHashes: { '2026-1': '14a746c9472af0f4186f5b44081e19736a4fac285fa8bb3c3381b548da1ad173' },
	/** → src/lib/domain/users.ts: MANDATES */
	mandates: ['maire', 'adjoint', 'conseiller'],
	/** → charter/validation.ts: SIGNER_NAME_MAX (also the countersigner's) */
	nameMax: 120,
	/** → charter/validation.ts: COMMUNE_NAME_MAX */
	communeNameMax: 200,
	/** Any string field of a pushed charter, before normalisation (server only: a shape check). */
	fieldMax: 65536,
	/** → charter/signature.ts: SIGNATURE_MAX_CHARS */
	signatureMaxChars: 65536,
	/** → charter/signature.ts: SIGNATURE_WIDTH, SIGNATURE_HEIGHT */
	signatureWidth: 600,
	signatureHeight: 200,
	/** → charter/signature.ts: SIGNATURE_MIN_POINTS, SIGNATURE_MIN_SPAN */
	signatureMinPoints: 10,
	signatureMinSpan: 10
};

/**
 * Project summaries pushed as `projects` records (README, "projects").
 * → src/lib/features/projects/domain/validation.ts: TITLE_MAX (= title); canvas.ts SUMMARY_MAX stays
 * under `summary`; the programme's theme and lever keys fit `listMax` × `wordMax`.
 */
var PROJECT = {
	text: { title: 200, status: 40, summary: 5000 },
	/** Items in `themes` or `levers`, and characters of each. */
	listMax: 30,
	wordMax: 100,
	/**
	 * The vocabularies a summary's keys come from (looked up with `indexOf`, never as keys).
	 * → src/lib/domain/projects/types.ts: PROJECT_STATUSES + LEGACY_PROJECT_STATUSES ('' = unset)
	 */
	statuses: ['idee', 'cadrage', 'lance', 'en_cours', 'realise', 'abandonne', 'suspendu'],
	/** → src/lib/domain/programme.ts: IMPACT_THEMES */
	themes: [
		'relance_economique',
		'emploi',
		'relocalisation',
		'regeneration_ecosystemes',
		'resilience_alimentaire',
		'fracture_numerique',
		'eau',
		'energie',
		'dechets',
		'revitalisation_democratique',
		'progres_social'
	],
	/** → src/lib/domain/programme.ts: SYMBIOTIC_LEVERS */
	levers: [
		'open_data',
		'economie_circulaire',
		'economie_bleue',
		'biomimetisme',
		'urbanisme_multifonctionnel',
		'ingenierie_ecologique',
		'permaculture',
		'intelligence_collective',
		'economie_information',
		'communs'
	]
};

/** Curriculum progress records: `module` and `activity` keys (server only). */
var PROGRESS = { keyMax: 100 };

/**
 * Quiz attempts (README, "Quiz attempts"): one row per élu × module × attempt.
 * → src/lib/features/quizzes/domain/quiz.ts: QUIZ_LIMITS (maxQuestions, moduleMax), QUIZ_PHASES
 */
var QUIZ = { maxQuestions: 20, moduleMax: 100, phases: ['avant', 'apres'] };

/**
 * Log photos (README, "Photos").
 * → src/lib/features/photos/domain/limits.ts: MAX_STORED_BYTES (= maxBytes); UPLOAD_CHUNK_BYTES stays
 * under `maxChunkBytes`, MAX_EDGE under `maxEdge`.
 */
var PHOTO = {
	maxBytes: 512 * 1024,
	maxChunkBytes: 128 * 1024,
	maxEdge: 8192,
	/** Accepted types, each with the name its stored file gets. → sync/bundle-format.ts */
	files: { 'image/jpeg': 'photo.jpg', 'image/webp': 'photo.webp' }
};

/**
 * The learning network and concertations (README, "Communauté : échanges et concertations").
 * → src/lib/features/discussions/domain/limits.ts: DISCUSSION_LIMITS (titleMax, bodyMax,
 *   mentionsMax, reportReasons, reportsToHide, moderationReasonMin, spaceKinds)
 * → src/lib/features/consultations/domain/limits.ts: CONSULTATION_LIMITS (contextMax,
 *   synthesisMax, optionsMax, optionLabelMax, scopes, types), VOTE_GRACE_MS (= voteGraceMs)
 */
var COMMUNITY = {
	titleMax: 200,
	bodyMax: 10000,
	mentionsMax: 10,
	reportReasons: ['spam', 'offensive', 'off_topic'],
	/** Reports by distinct users after which a post hides itself until a moderator decides. */
	reportsToHide: 3,
	moderationReasonMin: 10,
	moderationReasonMax: 500,
	/** Where a thread lives: one space per territory, per impact theme, per good practice. */
	spaceKinds: ['national', 'region', 'departement', 'theme', 'practice'],
	contextMax: 10000,
	synthesisMax: 20000,
	optionsMax: 20,
	optionLabelMax: 200,
	/** Who a consultation speaks to. */
	scopes: ['national', 'region', 'departement'],
	/** A question with options, or open proposals that élus support. */
	types: ['choice', 'proposals'],
	/**
	 * A vote cast on a device before the closing and received after it still counts within this
	 * period; results stay hidden until it has passed, so nobody who has seen them can still vote.
	 */
	voteGraceMs: 48 * 3600 * 1000
};

var PATTERNS = {
	device: /^[A-Za-z0-9_-]{1,40}$/,
	op: /^[a-z0-9-]{15,40}$/,
	/** → charter/validation.ts: PROJECT_ID_PATTERN (every record id has this shape) */
	recordId: /^[a-z0-9]{15}$/,
	/** → charter/validation.ts: INSEE_PATTERN */
	insee: /^[0-9][0-9AB][0-9]{3}$/,
	sha256: /^[0-9a-f]{64}$/,
	/** Date.prototype.toISOString in UTC, milliseconds. → charter/validation.ts: SIGNED_AT_PATTERN */
	signedAt: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
	/**
	 * Signature path data: `M x y`, then `M x y` or `L x y`.
	 * → charter/signature.ts: parseSignature (its GRAMMAR; the spec compares behaviour)
	 */
	signature:
		/^M (?:0|[1-9][0-9]{0,2}) (?:0|[1-9][0-9]{0,2})(?: [ML] (?:0|[1-9][0-9]{0,2}) (?:0|[1-9][0-9]{0,2}))*$/,
	/** Z85 alphabet after a pad digit; the length is checked apart ((len - 1) % 5 == 0). */
	z85: /^[0-3][0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]*$/
};

/**
 * True when `key` is an own key of `table`: the only way to look up a name that comes from a
 * request (`table[name]` would find `constructor`, `toString` or `__proto__` on any object).
 * @param {object} table
 * @param {unknown} key
 * @returns {boolean}
 */
function hasKey(table, key) {
	return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * True when `value` is one of the strings of `list` (a prototype name such as `constructor` never
 * is: arrays are searched, not indexed by the value).
 * @param {readonly string[]} list
 * @param {unknown} value
 */
function isOneOf(list, value) {
	return typeof value === 'string' && list.indexOf(value) >= 0;
}

/**
 * True when `type` is a collaborative document type the server accepts.
 * @param {unknown} type
 */
function isDocType(type) {
	return typeof type === 'string' && DOC_TYPES.indexOf(type) >= 0;
}

module.exports = {
	PROTOCOL_VERSION: PROTOCOL_VERSION,
	MAX_BODY_BYTES: MAX_BODY_BYTES,
	MAX_ITEMS: MAX_ITEMS,
	MAX_UPDATE_BYTES: MAX_UPDATE_BYTES,
	MAX_SNAPSHOT_BYTES: MAX_SNAPSHOT_BYTES,
	DEFAULT_LIMIT: DEFAULT_LIMIT,
	MAX_LIMIT: MAX_LIMIT,
	PULL_BUDGET_CHARS: PULL_BUDGET_CHARS,
	COMPACT_ROWS: COMPACT_ROWS,
	DOC_TYPES: DOC_TYPES,
	CHARTER: CHARTER,
	PROJECT: PROJECT,
	PROGRESS: PROGRESS,
	QUIZ: QUIZ,
	PHOTO: PHOTO,
	COMMUNITY: COMMUNITY,
	PATTERNS: PATTERNS,
	hasKey: hasKey,
	isOneOf: isOneOf,
	isDocType: isDocType
};
