// Engagement charters on the server (pocketbase/README.md, "Charters"): reads and checks the
// `data` of a pushed charter, rebuilds its canonical serialization and receipt code exactly as
// src/lib/features/charters/domain/canonical.ts does (tests/server/charters.spec.ts proves they agree
// byte for byte), and answers the public receipt check. The push rules and the pull of charters
// are the `charters` declaration (lib/sync/collections/charters.js). ES5 for goja, no PocketBase
// global at load time (the tests also load it in Node). It never changes a stored charter: a
// signed charter is immutable.
/** @type {typeof import('./limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('./canonical.js')} */
var canonicalJson = require(`${__hooks}/lib/canonical.js`);

var CHARTER = limits.CHARTER;
var PATTERNS = limits.PATTERNS;
var CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * @typedef {object} CharterContent What a signature covers, normalised (canonical.ts twin).
 * @property {string} version
 * @property {string} textHash
 * @property {string} signerName
 * @property {string} mandate
 * @property {string} communeInsee
 * @property {string} communeName
 * @property {string} signedAt
 * @property {string} signature
 * @property {string} [countersignerName]
 * @property {string} [countersignature]
 * @property {string} [projectId]
 * @property {string} [participantId] a `participants` id: signed in a training session, on the
 *   facilitator's tablet, by a person who may have no account
 */

/**
 * @typedef {object} Problem Why one charter is refused.
 * @property {number} status
 * @property {string} code
 * @property {string} reason French, for the user
 */

/**
 * Canonical key, `data` field, and kind (name: trimmed + NFC) of every charter field.
 * @type {{ key: keyof CharterContent, column: string, name?: boolean, optional?: boolean }[]}
 */
var FIELDS = [
	{ key: 'version', column: 'version' },
	{ key: 'textHash', column: 'text_hash' },
	{ key: 'signerName', column: 'signer_name', name: true },
	{ key: 'mandate', column: 'mandate' },
	{ key: 'communeInsee', column: 'commune_insee' },
	{ key: 'communeName', column: 'commune_name', name: true },
	{ key: 'signedAt', column: 'signed_at' },
	{ key: 'signature', column: 'signature' },
	{ key: 'countersignerName', column: 'countersigner_name', name: true, optional: true },
	{ key: 'countersignature', column: 'countersignature', optional: true },
	{ key: 'projectId', column: 'project_id', optional: true },
	{ key: 'participantId', column: 'participant', optional: true }
];

/**
 * The canonical content of `data` (a pushed record's `data`, or stored fields by column name):
 * names trimmed and in NFC, empty optional fields dropped. Assumes string fields (checkShape).
 * @param {Record<string, unknown>} data
 * @returns {CharterContent}
 */
function contentOf(data) {
	/** @type {Record<string, string>} */
	var content = {};
	for (var i = 0; i < FIELDS.length; i++) {
		var field = FIELDS[i];
		var value = data[field.column];
		if (value === undefined || value === null || value === '') {
			if (field.optional) continue;
			value = '';
		}
		content[field.key] = field.name ? String(value).trim().normalize('NFC') : String(value);
	}
	return /** @type {CharterContent} */ (/** @type {unknown} */ (content));
}

/**
 * The canonical serialization of a normalised content: sorted keys, no whitespace.
 * @param {CharterContent} content
 */
function canonical(content) {
	return canonicalJson.canonicalObject(
		/** @type {Record<string, string>} */ (/** @type {unknown} */ (content))
	);
}

/**
 * `XXXX-XXXX-XXXX`: the first 60 bits of a hex hash in Crockford base32.
 * @param {string} hash
 */
function receiptCode(hash) {
	var bits = '';
	for (var i = 0; i < 15; i++) {
		var nibble = parseInt(hash.charAt(i), 16).toString(2);
		while (nibble.length < 4) nibble = '0' + nibble;
		bits += nibble;
	}
	var code = '';
	for (var j = 0; j < 60; j += 5) code += CROCKFORD.charAt(parseInt(bits.slice(j, j + 5), 2));
	return code.slice(0, 4) + '-' + code.slice(4, 8) + '-' + code.slice(8);
}

/**
 * A receipt code typed by a person (any case, separators or none, O/0, I/L/1), or null.
 * @param {unknown} input
 * @returns {string | null}
 */
function parseReceiptCode(input) {
	if (typeof input !== 'string' || input.length > 100) return null;
	var compact = input
		.toUpperCase()
		.replace(/[\s._-]+/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (compact.length !== 12) return null;
	for (var i = 0; i < 12; i++) if (CROCKFORD.indexOf(compact.charAt(i)) < 0) return null;
	return compact.slice(0, 4) + '-' + compact.slice(4, 8) + '-' + compact.slice(8);
}

/**
 * True when `path` is well formed, in the box, and looks drawn rather than tapped.
 * @param {string} path
 */
function isSignature(path) {
	if (path.length > CHARTER.signatureMaxChars || !PATTERNS.signature.test(path)) return false;
	var tokens = path.split(' ');
	var strokes = 0;
	var points = tokens.length / 3;
	var box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
	for (var i = 0; i < tokens.length; i += 3) {
		var x = Number(tokens[i + 1]);
		var y = Number(tokens[i + 2]);
		if (x > CHARTER.signatureWidth || y > CHARTER.signatureHeight) return false;
		if (tokens[i] === 'M') strokes++;
		box.minX = Math.min(box.minX, x);
		box.maxX = Math.max(box.maxX, x);
		box.minY = Math.min(box.minY, y);
		box.maxY = Math.max(box.maxY, y);
	}
	if (strokes < 2 && points < CHARTER.signatureMinPoints) return false;
	return Math.max(box.maxX - box.minX, box.maxY - box.minY) >= CHARTER.signatureMinSpan;
}

/**
 * @param {string} text
 */
function isSignedAt(text) {
	if (!PATTERNS.signedAt.test(text)) return false;
	var date = new Date(text);
	return !isNaN(date.getTime()) && date.toISOString() === text;
}

/**
 * @param {string} text
 * @param {number} max
 */
function isName(text, max) {
	return text.length >= 1 && text.length <= max && !canonicalJson.hasInvisible(text);
}

/**
 * A problem to report for one record: `{ status, code, reason }`.
 * @param {number} status
 * @param {string} code
 * @param {string} reason
 * @returns {Problem}
 */
function problem(status, code, reason) {
	return { status: status, code: code, reason: reason };
}

/**
 * @param {string} reason
 */
function malformed(reason) {
	return problem(400, 'malformed', reason);
}

/**
 * Every field a string (or an absent optional one) of bounded length, and a hash; or a problem.
 * @param {Record<string, unknown>} data
 * @returns {Problem | null}
 */
function checkShape(data) {
	for (var i = 0; i < FIELDS.length; i++) {
		var value = data[FIELDS[i].column];
		if (FIELDS[i].optional && (value === undefined || value === null)) continue;
		if (typeof value !== 'string' || value.length > CHARTER.fieldMax) {
			return malformed('« ' + FIELDS[i].column + ' » doit être un texte.');
		}
	}
	if (typeof data.hash !== 'string' || !PATTERNS.sha256.test(data.hash)) {
		return malformed('« hash » doit être l’empreinte SHA-256 de la charte (64 caractères hex).');
	}
	return null;
}

/**
 * @param {string} version
 */
function isKnownVersion(version) {
	return Object.prototype.hasOwnProperty.call(CHARTER.textHashes, version);
}

/**
 * Checks the fields of a new charter's normalised `content`; returns a problem (422 for an
 * unknown text version, 400 otherwise) or null. Same rules as src/lib/features/charters/domain/validation.ts.
 * @param {CharterContent} content
 * @returns {Problem | null}
 */
function checkContent(content) {
	if (!isKnownVersion(content.version)) {
		return problem(
			422,
			'unknown_type',
			'Version de charte inconnue (' + content.version + ') : mettez l’application à jour.'
		);
	}
	var textHashes = /** @type {Record<string, string>} */ (CHARTER.textHashes);
	if (content.textHash !== textHashes[content.version]) {
		return malformed(
			'L’empreinte du texte ne correspond pas à la version ' + content.version + '.'
		);
	}
	if (!isName(content.signerName, CHARTER.nameMax)) {
		return malformed('Le nom du signataire manque, dépasse 120 caractères ou est illisible.');
	}
	if (CHARTER.mandates.indexOf(content.mandate) < 0) {
		return malformed('Le mandat doit être maire, adjoint ou conseiller.');
	}
	if (!isName(content.communeName, CHARTER.communeNameMax)) {
		return malformed('Le nom de la commune manque ou est invalide.');
	}
	if (!isSignedAt(content.signedAt)) {
		return malformed('La date de signature doit être une date ISO 8601 en UTC, à la milliseconde.');
	}
	if (!isSignature(content.signature)) {
		return malformed('La signature est illisible ou trop courte.');
	}
	var countersigned = content.countersignerName !== undefined;
	if (countersigned !== (content.countersignature !== undefined)) {
		return malformed('Une contresignature demande le nom et la signature du contresignataire.');
	}
	if (
		content.countersignerName !== undefined &&
		!isName(content.countersignerName, CHARTER.nameMax)
	) {
		return malformed('Le nom du contresignataire dépasse 120 caractères ou est illisible.');
	}
	if (content.countersignature !== undefined && !isSignature(content.countersignature)) {
		return malformed('La contresignature est illisible ou trop courte.');
	}
	if (content.projectId !== undefined && !PATTERNS.recordId.test(content.projectId)) {
		return malformed('« project_id » doit être un identifiant de projet (15 caractères).');
	}
	if (content.participantId !== undefined && !PATTERNS.recordId.test(content.participantId)) {
		return malformed('« participant » doit être l’identifiant d’un participant (15 caractères).');
	}
	return null;
}

/**
 * The canonical content of a stored `charters` record.
 * @param {core.Record} record
 */
function storedContent(record) {
	/** @type {Record<string, string>} */
	var data = {};
	for (var i = 0; i < FIELDS.length; i++) {
		data[FIELDS[i].column] = record.getString(FIELDS[i].column);
	}
	return contentOf(data);
}

var NOT_FOUND =
	'Aucune charte ne correspond à ce code. Vérifiez chaque caractère du reçu ; une charte signée ' +
	'hors connexion n’est connue du serveur qu’après sa synchronisation.';

/**
 * GET /api/collab/charters/verify/{code}: public, answers only what the receipt proves.
 * @param {core.RequestEvent} e
 */
function verify(e) {
	var request = /** @type {http.Request} */ (e.request);
	var code = parseReceiptCode(request.pathValue('code'));
	if (!code) {
		return e.json(400, {
			message: 'Ce code n’a pas la forme d’un reçu de charte : 12 caractères, XXXX-XXXX-XXXX.'
		});
	}
	var record;
	try {
		record = $app.findFirstRecordByData('charters', 'receipt', code);
	} catch {
		return e.json(404, { message: NOT_FOUND });
	}
	var content = storedContent(record);
	var hash = $security.sha256(canonical(content));
	return e.json(200, {
		valid: hash === record.getString('hash'),
		receipt: code,
		version: content.version,
		signerName: content.signerName,
		communeName: content.communeName,
		communeInsee: content.communeInsee,
		signedAt: content.signedAt,
		received: record.getDateTime('received').string().replace(' ', 'T'),
		countersigned: content.countersignerName !== undefined
	});
}

module.exports = {
	FIELDS: FIELDS,
	contentOf: contentOf,
	canonical: canonical,
	receiptCode: receiptCode,
	parseReceiptCode: parseReceiptCode,
	isSignature: isSignature,
	checkShape: checkShape,
	checkContent: checkContent,
	storedContent: storedContent,
	hasInvisible: canonicalJson.hasInvisible,
	verify: verify
};
