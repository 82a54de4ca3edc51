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

/** Collaborative document types the server accepts (one Yjs doc each). */
var DOC_TYPES = { project: true };

var PATTERNS = {
	device: /^[A-Za-z0-9_-]{1,40}$/,
	op: /^[a-z0-9-]{15,40}$/,
	recordId: /^[a-z0-9]{15}$/,
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
	DOC_TYPES: DOC_TYPES,
	PATTERNS: PATTERNS
};
