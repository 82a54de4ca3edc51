// Parses and checks the envelope of a sync request (pocketbase/README.md, "Request"). Anything
// wrong here fails the whole request with a French message and nothing stored; problems of a
// single op or record are left to push.js / records.js, which reject only that item.
/** @type {typeof import('../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);

/**
 * @typedef {object} SyncRequest A request whose envelope is valid (its items are not checked).
 * @property {string} device
 * @property {number} cursor
 * @property {number} limit capped at MAX_LIMIT
 * @property {import('./push.js').Op[]} ops
 * @property {import('./upsert.js').RecordItem[]} records
 */

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isInteger(value) {
	return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
function isObject(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * @param {number} status
 * @param {string} message
 * @returns {{ error: { status: number, message: string }, request?: undefined }}
 */
function fail(status, message) {
	return { error: { status: status, message: message } };
}

/**
 * Checks the list `items` of kind 'op' or 'record': objects with an id the client can match.
 * @param {unknown[]} items
 * @param {'op' | 'record'} kind
 * @returns {string | null} the problem, in French
 */
function checkItems(items, kind) {
	var pattern = kind === 'op' ? limits.PATTERNS.op : limits.PATTERNS.recordId;
	// With its article: French elides « la » before a vowel only (« l’opération », « la fiche »).
	var label = kind === 'op' ? 'L’opération' : 'La fiche';
	for (var i = 0; i < items.length; i++) {
		var item = items[i];
		if (!isObject(item)) {
			return label + ' n° ' + (i + 1) + ' n’est pas un objet JSON.';
		}
		if (typeof item.id !== 'string' || !pattern.test(item.id)) {
			return label + ' n° ' + (i + 1) + ' n’a pas d’identifiant valide.';
		}
	}
	return null;
}

/**
 * Parses the body text of POST /api/collab/sync.
 * Returns `{ request }` (normalised: ops and records are arrays, limit is capped) or
 * `{ error: { status, message } }`.
 * @param {string} text
 * @returns {{ request: SyncRequest, error?: undefined } | { error: { status: number, message: string }, request?: undefined }}
 */
function parseRequest(text) {
	var body;
	try {
		body = JSON.parse(text);
	} catch {
		return fail(400, 'La demande de synchronisation n’est pas du JSON valide.');
	}
	if (!isObject(body)) return fail(400, 'La demande de synchronisation doit être un objet JSON.');
	if (body.v !== limits.PROTOCOL_VERSION) {
		return fail(
			400,
			'Version du protocole de synchronisation non prise en charge : mettez l’application à jour.'
		);
	}
	if (typeof body.device !== 'string' || !limits.PATTERNS.device.test(body.device)) {
		return fail(400, 'Identifiant d’appareil (« device ») manquant ou invalide.');
	}
	if (!isInteger(body.cursor) || body.cursor < 0) {
		return fail(400, 'Le curseur (« cursor ») doit être un entier positif ou nul.');
	}
	var limit = limits.DEFAULT_LIMIT;
	if (body.limit !== undefined) {
		if (!isInteger(body.limit) || body.limit < 1) {
			return fail(400, 'La limite (« limit ») doit être un entier supérieur à zéro.');
		}
		limit = Math.min(body.limit, limits.MAX_LIMIT);
	}
	var ops = body.ops === undefined ? [] : body.ops;
	var records = body.records === undefined ? [] : body.records;
	if (!Array.isArray(ops)) return fail(400, '« ops » doit être une liste.');
	if (!Array.isArray(records)) return fail(400, '« records » doit être une liste.');
	if (ops.length + records.length > limits.MAX_ITEMS) {
		return fail(
			413,
			'Trop de modifications dans une seule demande (' +
				(ops.length + records.length) +
				', au plus ' +
				limits.MAX_ITEMS +
				') : envoyez-les en plusieurs fois.'
		);
	}
	var problem = checkItems(ops, 'op') || checkItems(records, 'record');
	if (problem) return fail(400, problem);
	return {
		request: {
			device: body.device,
			cursor: body.cursor,
			limit: limit,
			ops: ops,
			records: records
		}
	};
}

module.exports = {
	parseRequest: parseRequest,
	isInteger: isInteger,
	isObject: isObject
};
