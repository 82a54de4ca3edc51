// Resumable photo uploads (pocketbase/README.md, "Photos"). A device first declares a photo
// (id, project, log entry, type, size, dimensions); the answer says how many bytes the server
// already holds, so a device that lost its connection mid-way continues where it stopped. Each
// chunk names the offset it starts at and is appended only if that is exactly what the server
// holds, so a repeated or late chunk never duplicates bytes. The last chunk turns the partial
// file into the photo, after checking it is a JPEG or WebP image. Only an élu of the project's
// commune uploads; whoever may read the `photos` row may download it. Never changes a complete
// photo, never trusts the commune a device names (it comes from the project's document).
/** @type {typeof import('./limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('./sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);

var MAX_PHOTO_BYTES = limits.PHOTO.maxBytes;
var MAX_CHUNK_BYTES = limits.PHOTO.maxChunkBytes;
var MAX_EDGE = limits.PHOTO.maxEdge;
var ID = limits.PATTERNS.recordId;
var MIMES = limits.PHOTO.files;
/** A photo declaration is a few ids and numbers. */
var MAX_DECLARATION_BYTES = 16384;
/** The `offset` of a chunk: a decimal integer without sign or leading zero. */
var OFFSET = /^(0|[1-9][0-9]{0,9})$/;
var CHUNK_TOO_LARGE =
	'Morceau de photo trop gros : ' + MAX_CHUNK_BYTES / 1024 + ' Ko au plus par envoi.';

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isInteger(value) {
	return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

/**
 * The signed-in `users` record, or a response already sent.
 * @param {core.RequestEvent} e
 * @returns {{ user: core.Record, response?: undefined } | { response: unknown, user?: undefined }}
 */
function requireUser(e) {
	if (!e.auth)
		return { response: e.json(401, { message: 'Connectez-vous pour envoyer des photos.' }) };
	if (e.auth.collection().name !== 'users') {
		return {
			response: e.json(403, { message: 'Les photos sont réservées aux comptes utilisateurs.' })
		};
	}
	// A device removed from the account (« Mes appareils ») sends and fetches no photo.
	/** @type {typeof import('./accounts/devices.js')} */
	var devices = require(`${__hooks}/lib/accounts/devices.js`);
	var revoked = devices.refusedByHeader(e, e.auth.id);
	if (revoked) {
		return { response: e.json(revoked.status, { code: revoked.code, message: revoked.message }) };
	}
	return { user: e.auth };
}

/**
 * Whether `user` is an élu of `communeId` (the same rule as the sync route's).
 * @param {core.Record} user
 * @param {string} communeId
 */
function isEluOf(user, communeId) {
	return scopes.isEluOf(scopes.userScope(user), communeId);
}

/**
 * The commune of a project, from its document (or its summary), or '' when unknown.
 * @param {string} projectId
 */
function projectCommune(projectId) {
	var names = ['docs', 'projects'];
	for (var i = 0; i < names.length; i++) {
		try {
			return $app.findRecordById(names[i], projectId).getString('commune');
		} catch {
			// not in this collection
		}
	}
	return '';
}

/**
 * @param {string} id
 * @returns {core.Record | null}
 */
function findPhoto(id) {
	try {
		return $app.findRecordById('photos', id);
	} catch {
		return null;
	}
}

/**
 * @param {core.Record} photo
 */
function state(photo) {
	return {
		id: photo.id,
		bytes: photo.getInt('bytes'),
		received: photo.getInt('received'),
		complete: photo.getBool('complete')
	};
}

/**
 * Checks the declaration of a photo; returns a French reason or null.
 * @param {any} body the parsed JSON
 * @returns {string | null}
 */
function checkDeclaration(body) {
	if (!body || typeof body !== 'object') return 'La déclaration de photo doit être un objet JSON.';
	if (typeof body.id !== 'string' || !ID.test(body.id)) return 'Identifiant de photo invalide.';
	if (typeof body.project !== 'string' || !ID.test(body.project))
		return 'Identifiant de projet invalide.';
	if (typeof body.entry !== 'string' || !ID.test(body.entry)) {
		return 'Identifiant d’entrée du journal invalide.';
	}
	if (!limits.hasKey(MIMES, body.mime)) return 'Seules les photos JPEG ou WebP sont acceptées.';
	if (!isInteger(body.bytes) || body.bytes < 1)
		return 'La taille de la photo doit être un entier positif.';
	if (
		!isInteger(body.width) ||
		!isInteger(body.height) ||
		body.width < 1 ||
		body.height < 1 ||
		body.width > MAX_EDGE ||
		body.height > MAX_EDGE
	) {
		return 'Les dimensions de la photo sont invalides.';
	}
	return null;
}

/**
 * POST /api/collab/photos: declares a photo (idempotent); answers its upload state.
 * @param {core.RequestEvent} e
 */
function declare(e) {
	var who = requireUser(e);
	if (!who.user) return who.response;
	var request = /** @type {http.Request} */ (e.request);
	var raw = toBytes(request.body, MAX_DECLARATION_BYTES + 1);
	if (raw.length > MAX_DECLARATION_BYTES) {
		return e.json(413, { message: 'La déclaration de photo dépasse 16 Ko : elle est mal formée.' });
	}
	var body;
	try {
		body = JSON.parse(toString(raw));
	} catch {
		return e.json(400, { message: 'La déclaration de photo n’est pas du JSON valide.' });
	}
	var problem = checkDeclaration(body);
	if (problem) return e.json(400, { message: problem });
	if (body.bytes > MAX_PHOTO_BYTES) {
		return e.json(413, {
			message:
				'Photo trop lourde (' +
				Math.round(body.bytes / 1024) +
				' Ko) : la limite est de ' +
				MAX_PHOTO_BYTES / 1024 +
				' Ko.'
		});
	}
	var commune = projectCommune(body.project);
	if (!commune) {
		return e.json(409, {
			code: 'project_unknown',
			message:
				'Le projet de cette photo n’est pas encore arrivé sur le serveur : nouvel essai après la prochaine synchronisation.'
		});
	}
	if (!isEluOf(who.user, commune)) {
		return e.json(403, {
			message: 'Seuls les élus de la commune du projet peuvent y ajouter des photos.'
		});
	}
	var existing = findPhoto(body.id);
	if (existing) {
		if (existing.getString('project') !== body.project || existing.getInt('bytes') !== body.bytes) {
			return e.json(409, { message: 'Une autre photo porte déjà cet identifiant.' });
		}
		return e.json(200, state(existing));
	}
	var photo = new Record($app.findCollectionByNameOrId('photos'));
	photo.set('id', body.id);
	photo.set('commune', commune);
	photo.set('project', body.project);
	photo.set('entry', body.entry);
	photo.set('uploader', who.user.id);
	photo.set('mime', body.mime);
	photo.set('bytes', body.bytes);
	photo.set('received', 0);
	photo.set('width', body.width);
	photo.set('height', body.height);
	photo.set('complete', false);
	$app.save(photo);
	return e.json(201, state(photo));
}

/**
 * The bytes of a stored file field of `record`.
 * @param {core.Record} record
 * @param {string} field
 * @returns {number[]}
 */
function readFile(record, field) {
	var name = record.getString(field);
	if (!name) return [];
	var fsys = $app.newFilesystem();
	try {
		var reader = fsys.getReader(record.baseFilesPath() + '/' + name);
		try {
			return toBytes(reader, MAX_PHOTO_BYTES + 1);
		} finally {
			reader.close();
		}
	} finally {
		fsys.close();
	}
}

/**
 * True when `bytes` look like a whole JPEG (start and end markers) or a WebP image.
 * @param {number[]} bytes
 * @param {string} mime
 */
function isImage(bytes, mime) {
	var n = bytes.length;
	if (mime === 'image/jpeg') {
		return (
			n > 4 &&
			bytes[0] === 0xff &&
			bytes[1] === 0xd8 &&
			bytes[2] === 0xff &&
			bytes[n - 2] === 0xff &&
			bytes[n - 1] === 0xd9
		);
	}
	return (
		n > 12 &&
		bytes[0] === 0x52 &&
		bytes[1] === 0x49 &&
		bytes[2] === 0x46 &&
		bytes[3] === 0x46 &&
		bytes[8] === 0x57 &&
		bytes[9] === 0x45 &&
		bytes[10] === 0x42 &&
		bytes[11] === 0x50
	);
}

/**
 * PUT /api/collab/photos/{id}/content?offset=N: appends one chunk at offset N.
 * @param {core.RequestEvent} e
 */
function appendChunk(e) {
	var who = requireUser(e);
	if (!who.user) return who.response;
	var user = who.user;
	var request = /** @type {http.Request} */ (e.request);
	// Digits only: an absent, empty or malformed offset (« », « 1.5 », « 0x10 », « 1e3 ») is
	// refused, never read as 0.
	var offsetText = /** @type {url.URL} */ (request.url).query().get('offset');
	if (!OFFSET.test(offsetText)) {
		return e.json(400, {
			message:
				'Le décalage (« offset ») manque ou n’est pas un nombre entier d’octets positif ou nul.'
		});
	}
	var offset = Number(offsetText);
	if (request.contentLength > MAX_CHUNK_BYTES) {
		return e.json(413, { message: CHUNK_TOO_LARGE });
	}
	var chunk = toBytes(request.body, MAX_CHUNK_BYTES + 1);
	if (chunk.length > MAX_CHUNK_BYTES) {
		return e.json(413, { message: CHUNK_TOO_LARGE });
	}
	if (chunk.length === 0) return e.json(400, { message: 'Ce morceau de photo est vide.' });
	/** @type {[number, unknown]} */
	var answer = [500, { message: 'Le serveur n’a pas pu enregistrer ce morceau de photo.' }];
	$app.runInTransaction(function (txApp) {
		var photo;
		try {
			photo = txApp.findRecordById('photos', request.pathValue('id'));
		} catch {
			answer = [404, { message: 'Photo inconnue : déclarez-la avant d’en envoyer le contenu.' }];
			return;
		}
		if (!isEluOf(user, photo.getString('commune'))) {
			answer = [
				403,
				{ message: 'Seuls les élus de la commune du projet peuvent y ajouter des photos.' }
			];
			return;
		}
		var received = photo.getInt('received');
		if (photo.getBool('complete') || offset !== received) {
			// The device resumes from what the server holds (a lost answer, a repeated chunk).
			answer = [
				409,
				Object.assign(
					{ code: 'offset', message: 'Reprise de l’envoi à ' + received + ' octets.' },
					state(photo)
				)
			];
			return;
		}
		var total = photo.getInt('bytes');
		if (received + chunk.length > total) {
			answer = [400, { message: 'Ce morceau dépasse la taille déclarée de la photo.' }];
			return;
		}
		var all = received ? readFile(photo, 'partial').concat(chunk) : chunk;
		var mime = photo.getString('mime');
		if (all.length === total) {
			if (!isImage(all, mime)) {
				answer = [
					422,
					{
						message:
							'Le fichier reçu n’est pas une image JPEG ou WebP complète : il n’a pas été gardé.'
					}
				];
				photo.set('partial', null);
				photo.set('received', 0);
				txApp.save(photo);
				return;
			}
			photo.set('file', $filesystem.fileFromBytes(all, MIMES[/** @type {keyof MIMES} */ (mime)]));
			photo.set('partial', null);
			photo.set('complete', true);
		} else {
			photo.set('partial', $filesystem.fileFromBytes(all, 'partial.bin'));
		}
		photo.set('received', all.length);
		txApp.save(photo);
		answer = [200, state(photo)];
	});
	return e.json(answer[0], answer[1]);
}

/**
 * GET /api/collab/photos/{id}/content: the photo, for whoever may read its row.
 * @param {core.RequestEvent} e
 */
function download(e) {
	var who = requireUser(e);
	if (!who.user) return who.response;
	var photo = findPhoto(/** @type {http.Request} */ (e.request).pathValue('id'));
	var info = e.requestInfo();
	if (
		!photo ||
		!$app.canAccessRecord(photo, info, /** @type {string} */ (photo.collection().viewRule))
	) {
		return e.json(404, { message: 'Photo introuvable, ou réservée aux élus de sa commune.' });
	}
	if (!photo.getBool('complete')) {
		return e.json(409, {
			code: 'incomplete',
			message: 'Cette photo n’est pas encore entièrement envoyée.'
		});
	}
	e.response.header().set('Cache-Control', 'private, max-age=31536000, immutable');
	return e.blob(200, photo.getString('mime'), readFile(photo, 'file'));
}

module.exports = {
	declare: declare,
	appendChunk: appendChunk,
	download: download,
	MAX_CHUNK_BYTES: MAX_CHUNK_BYTES
};
