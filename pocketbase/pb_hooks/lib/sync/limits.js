// Limits and vocabularies of the sync protocol (pocketbase/README.md). One place, so the README,
// the validation and the tests agree. Plain data: no PocketBase API here.

/** Whole request body, in bytes. */
var MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Ops + records in one request. */
var MAX_ITEMS = 1000;
/** One update, decoded bytes; a snapshot (full state) may be larger. */
var MAX_UPDATE_BYTES = 512 * 1024;
var MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024;
/** Change rows returned by one pull: default and server cap of `limit`. */
var DEFAULT_LIMIT = 1000;
var MAX_LIMIT = 2000;
/** Characters of payload (z85 strings, record data) in one response before `more` is set. */
var PULL_BUDGET_CHARS = 4 * 1024 * 1024;
/** A document with more stored rows than this is listed in `compact`. */
var COMPACT_ROWS = 50;

/**
 * Engagement charters (README, "Charters"); the same bounds as src/lib/domain/charter/.
 * `textHashes`: SHA-256 hex of the French text of each published charter version. A published
 * text never changes, so neither does its hash: add a version, never edit one.
 */
var CHARTER = {
	textHashes: { '2026-1': '14a746c9472af0f4186f5b44081e19736a4fac285fa8bb3c3381b548da1ad173' },
	mandates: ['maire', 'adjoint', 'conseiller'],
	nameMax: 120,
	communeNameMax: 200,
	/** Any string field of a pushed charter, before normalisation (a signature is the longest). */
	fieldMax: 65536,
	signatureMaxChars: 65536,
	signatureWidth: 600,
	signatureHeight: 200,
	signatureMinPoints: 10,
	signatureMinSpan: 10
};

/** Collaborative document types the server accepts (one Yjs doc each). */
var DOC_TYPES = { project: true };

var PATTERNS = {
	device: /^[A-Za-z0-9_-]{1,40}$/,
	op: /^[a-z0-9-]{15,40}$/,
	recordId: /^[a-z0-9]{15}$/,
	insee: /^[0-9][0-9AB][0-9]{3}$/,
	sha256: /^[0-9a-f]{64}$/,
	// Date.prototype.toISOString in UTC, milliseconds included.
	signedAt: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
	// Signature path data (src/lib/domain/charter/signature.ts): `M x y`, then `M x y` or `L x y`.
	signature:
		/^M (?:0|[1-9][0-9]{0,2}) (?:0|[1-9][0-9]{0,2})(?: [ML] (?:0|[1-9][0-9]{0,2}) (?:0|[1-9][0-9]{0,2}))*$/,
	// Z85 alphabet after a pad digit; the length is checked apart ((len - 1) % 5 == 0).
	z85: /^[0-3][0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]*$/
};

module.exports = {
	MAX_BODY_BYTES: MAX_BODY_BYTES,
	MAX_ITEMS: MAX_ITEMS,
	MAX_UPDATE_BYTES: MAX_UPDATE_BYTES,
	MAX_SNAPSHOT_BYTES: MAX_SNAPSHOT_BYTES,
	DEFAULT_LIMIT: DEFAULT_LIMIT,
	MAX_LIMIT: MAX_LIMIT,
	PULL_BUDGET_CHARS: PULL_BUDGET_CHARS,
	COMPACT_ROWS: COMPACT_ROWS,
	CHARTER: CHARTER,
	DOC_TYPES: DOC_TYPES,
	PATTERNS: PATTERNS
};
