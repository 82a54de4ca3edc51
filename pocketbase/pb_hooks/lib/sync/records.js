// Upserts the plain records of one sync request (pocketbase/README.md, "Records"): project
// summaries, curriculum progress and signed charters, keyed by the client's id. Runs inside the
// request's write transaction, through the record API (validation, realtime events). The server
// sets who wrote a record; user or author fields in `data` are ignored. Writing the same data
// again changes nothing (no new seq), so a replayed request is a no-op. A charter is written
// once and never changed: any other content under its id is refused.
var limits = require(`${__hooks}/lib/sync/limits.js`);
var scopes = require(`${__hooks}/lib/sync/scope.js`);
var request = require(`${__hooks}/lib/sync/request.js`);
var charters = require(`${__hooks}/lib/charters.js`);

var DATE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

function rejection(item, status, code, reason) {
	return { id: item.id, kind: 'record', status: status, code: code, reason: reason };
}

function malformed(item, reason) {
	return rejection(item, 400, 'malformed', reason);
}

function findOrNull(txApp, collection, id) {
	try {
		return txApp.findRecordById(collection, id);
	} catch {
		return null;
	}
}

function isText(value, max) {
	return typeof value === 'string' && value.length <= max;
}

function isWordList(value) {
	if (!Array.isArray(value) || value.length > 30) return false;
	for (var i = 0; i < value.length; i++) if (!isText(value[i], 100)) return false;
	return true;
}

/** Canonical JSON of a json field, for comparison. */
function jsonOf(record, field) {
	var raw = record.get(field);
	var text = raw === null || raw === undefined ? '' : toString(raw);
	return text === '' ? 'null' : JSON.stringify(JSON.parse(text));
}

var PROJECT_TEXT = { title: 200, status: 40, summary: 5000 };

/** Project summaries: élus of the commune write them; the commune of a project never changes. */
function upsertProject(ctx, item) {
	var data = item.data;
	var fields = {};
	for (var name in PROJECT_TEXT) {
		if (data[name] === undefined) continue;
		if (!isText(data[name], PROJECT_TEXT[name])) {
			return malformed(
				item,
				'« ' + name + ' » doit être un texte d’au plus ' + PROJECT_TEXT[name] + ' caractères.'
			);
		}
		fields[name] = data[name];
	}
	var lists = ['themes', 'levers'];
	for (var l = 0; l < lists.length; l++) {
		if (data[lists[l]] === undefined) continue;
		if (!isWordList(data[lists[l]])) {
			return malformed(item, '« ' + lists[l] + ' » doit être une liste d’au plus 30 mots-clés.');
		}
		fields[lists[l]] = data[lists[l]];
	}
	if (data.commune !== undefined && typeof data.commune !== 'string') {
		return malformed(item, '« commune » doit être un identifiant de commune.');
	}
	var existing = findOrNull(ctx.txApp, 'projects', item.id);
	var owner = existing || findOrNull(ctx.txApp, 'docs', item.id);
	var commune = owner ? owner.getString('commune') : data.commune;
	if (!commune) return malformed(item, 'La commune du projet manque.');
	if (!scopes.isEluOf(ctx.scope, commune)) {
		return rejection(item, 403, 'forbidden', 'Ce projet appartient à une autre commune.');
	}
	if (data.commune !== undefined && data.commune !== commune) {
		return rejection(item, 409, 'immutable', 'La commune d’un projet ne change pas.');
	}
	var record = existing || new Record(ctx.txApp.findCollectionByNameOrId('projects'));
	if (existing && sameProject(existing, fields)) return null;
	if (!existing) {
		record.set('id', item.id);
		record.set('commune', commune);
	}
	for (var field in fields) record.set(field, fields[field]);
	return save(ctx, item, record, 'updated_by');
}

function sameProject(record, fields) {
	for (var name in fields) {
		if (PROJECT_TEXT[name]) {
			if (record.getString(name) !== fields[name]) return false;
		} else if (jsonOf(record, name) !== JSON.stringify(fields[name])) {
			return false;
		}
	}
	return true;
}

/** Curriculum progress: always the signed-in user's own. */
function upsertProgress(ctx, item) {
	var data = item.data;
	if (typeof data.module !== 'string' || data.module.length < 1 || data.module.length > 100) {
		return malformed(item, '« module » doit être un identifiant de module.');
	}
	if (data.activity !== undefined && !isText(data.activity, 100)) {
		return malformed(item, '« activity » doit être un identifiant d’activité.');
	}
	if (data.done !== undefined && typeof data.done !== 'boolean') {
		return malformed(item, '« done » doit valoir true ou false.');
	}
	if (
		data.done_at !== undefined &&
		data.done_at !== '' &&
		!(typeof data.done_at === 'string' && DATE.test(data.done_at))
	) {
		return malformed(item, '« done_at » doit être une date ISO 8601 en UTC.');
	}
	var existing = findOrNull(ctx.txApp, 'progress', item.id);
	if (existing && existing.getString('user') !== ctx.scope.id) {
		return rejection(item, 403, 'forbidden', 'Cette progression appartient à un autre compte.');
	}
	var fields = {
		module: data.module,
		activity: data.activity || '',
		done: data.done === true,
		done_at: data.done_at ? new DateTime(data.done_at).string() : ''
	};
	if (existing && sameProgress(existing, fields)) return null;
	var record = existing || new Record(ctx.txApp.findCollectionByNameOrId('progress'));
	if (!existing) record.set('id', item.id);
	for (var field in fields) record.set(field, fields[field]);
	return save(ctx, item, record, 'user');
}

function sameProgress(record, fields) {
	return (
		record.getString('module') === fields.module &&
		record.getString('activity') === fields.activity &&
		record.getBool('done') === fields.done &&
		(record.getDateTime('done_at').isZero() ? '' : record.getDateTime('done_at').string()) ===
			fields.done_at
	);
}

var IMMUTABLE =
	'Une charte signée ne change plus : signez une nouvelle charte pour une nouvelle version du texte.';

function findByData(txApp, collection, field, value) {
	try {
		return txApp.findFirstRecordByData(collection, field, value);
	} catch {
		return null;
	}
}

/**
 * Signed charters: stored once, by an élu of the charter's commune (from the INSEE code in the
 * signed content, never from a claim of the payload), after recomputing the hash; a replay of
 * the same content is a no-op, any other content under the same id is refused (409).
 */
function upsertCharter(ctx, item) {
	var data = item.data;
	var shape = charters.checkShape(data);
	if (shape) return rejection(item, shape.status, shape.code, shape.reason);
	var content = charters.contentOf(data);
	var existing = findOrNull(ctx.txApp, 'charters', item.id);
	if (existing) {
		if (!scopes.isEluOf(ctx.scope, existing.getString('commune'))) {
			return rejection(item, 403, 'forbidden', 'Cette charte appartient à une autre commune.');
		}
		var same =
			existing.getString('hash') === data.hash &&
			charters.canonical(charters.storedContent(existing)) === charters.canonical(content);
		return same ? null : rejection(item, 409, 'immutable', IMMUTABLE);
	}
	var commune = limits.PATTERNS.insee.test(content.communeInsee)
		? findByData(ctx.txApp, 'communes', 'insee', content.communeInsee)
		: null;
	if (!commune) return malformed(item, 'La commune de la charte est inconnue.');
	if (!scopes.isEluOf(ctx.scope, commune.id)) {
		return rejection(
			item,
			403,
			'forbidden',
			'Seuls les élus de ' + commune.getString('name') + ' peuvent y signer une charte.'
		);
	}
	var invalid = charters.checkContent(content);
	if (invalid) return rejection(item, invalid.status, invalid.code, invalid.reason);
	if ($security.sha256(charters.canonical(content)) !== data.hash) {
		return malformed(item, 'L’empreinte (« hash ») ne correspond pas au contenu de la charte.');
	}
	if (findByData(ctx.txApp, 'charters', 'hash', data.hash)) {
		return rejection(
			item,
			409,
			'immutable',
			'Cette charte est déjà enregistrée sous un autre identifiant.'
		);
	}
	var record = new Record(ctx.txApp.findCollectionByNameOrId('charters'));
	record.set('id', item.id);
	record.set('commune', commune.id);
	for (var i = 0; i < charters.FIELDS.length; i++) {
		var field = charters.FIELDS[i];
		record.set(field.column, content[field.key] === undefined ? '' : content[field.key]);
	}
	record.set('hash', data.hash);
	record.set('receipt', charters.receiptCode(data.hash));
	return save(ctx, item, record, 'user');
}

/** Stamps the writer, the device and the next seq, then saves; a validation error rejects. */
function save(ctx, item, record, writerField) {
	record.set(writerField, ctx.scope.id);
	record.set('device', ctx.device);
	record.set('seq', ctx.sequence.next());
	try {
		ctx.txApp.save(record);
	} catch (err) {
		ctx.sequence.value -= 1; // nothing was written with this number
		return malformed(
			item,
			'Fiche refusée par le serveur : ' + String(err && err.message ? err.message : err)
		);
	}
	return null;
}

var HANDLERS = { projects: upsertProject, progress: upsertProgress, charters: upsertCharter };

/** Upserts `items` in request order; fills ctx.records (accepted ids) and ctx.rejected. */
function upsertRecords(ctx, items) {
	for (var i = 0; i < items.length; i++) {
		var item = items[i];
		var handler = HANDLERS[item.collection];
		var problem;
		if (!handler) {
			problem = rejection(
				item,
				422,
				'unknown_type',
				'Type de fiche inconnu : ' + String(item.collection) + '.'
			);
		} else if (!request.isObject(item.data)) {
			problem = malformed(item, '« data » doit être un objet JSON.');
		} else {
			problem = handler(ctx, item);
		}
		if (problem) ctx.rejected.push(problem);
		else ctx.records.push(item.id);
	}
}

module.exports = { upsertRecords: upsertRecords };
