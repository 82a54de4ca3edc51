// The `training_sessions` record collection (README "Training sessions"): a planned session, its
// half-days, place and co-facilitators. Created by a facilitator or a coordinator (who becomes
// its `owner`, from the token); changed afterwards only by the people who run it. Owns the push
// checks and the wire fields; never touches participants or attendance.
/** @type {typeof import('../../limits.js')} */
var limits = require(`${__hooks}/lib/limits.js`);
/** @type {typeof import('../upsert.js')} */
var upsert = require(`${__hooks}/lib/sync/upsert.js`);
/** @type {typeof import('../../sessions.js')} */
var sessions = require(`${__hooks}/lib/sessions.js`);

var S = sessions.SESSION;

/**
 * The reason a slot is refused, in French, or ''.
 * @param {any} slot
 * @param {number} index
 * @param {string[]} modules
 */
function slotReason(slot, index, modules) {
	var n = index + 1;
	if (!slot || typeof slot !== 'object') return 'La demi-journée ' + n + ' est illisible.';
	if (!sessions.isSessionDate(slot.date)) {
		return (
			'La date de la demi-journée ' +
			n +
			' est impossible : une session a lieu entre ' +
			S.minYear +
			' et ' +
			S.maxYear +
			'.'
		);
	}
	if (!sessions.isTime(slot.start) || !sessions.isTime(slot.end)) {
		return 'Les heures de la demi-journée ' + n + ' s’écrivent 09:30.';
	}
	var duration = sessions.minutes(slot.end) - sessions.minutes(slot.start);
	if (duration <= 0) return 'La demi-journée ' + n + ' finit avant de commencer.';
	if (duration > 360) return 'Une demi-journée dure 6 heures au plus.';
	var half = sessions.minutes(slot.start) < 780 ? 'am' : 'pm';
	if (slot.key !== slot.date + '-' + half) return 'La demi-journée ' + n + ' est mal identifiée.';
	if (!Array.isArray(slot.modules) || slot.modules.length === 0) {
		return 'Indiquez le module de la demi-journée ' + n + '.';
	}
	for (var i = 0; i < slot.modules.length; i++) {
		if (modules.indexOf(slot.modules[i]) < 0) {
			return 'La demi-journée ' + n + ' cite un module absent de la session.';
		}
	}
	return '';
}

/**
 * The reason a session's data is refused, in French, or ''.
 * @param {CoreApp} txApp
 * @param {Record<string, any>} d
 */
function invalidReason(txApp, d) {
	if (!upsert.isText(d.title, S.titleMax) || !d.title.trim()) {
		return 'Donnez un titre à la session (' + S.titleMax + ' caractères au plus).';
	}
	if (!limits.isOneOf(S.volets, d.volet)) return '« volet » doit être un volet du programme.';
	if (!Array.isArray(d.modules) || d.modules.length === 0 || d.modules.length > S.maxModules) {
		return 'Choisissez de 1 à ' + S.maxModules + ' modules du programme.';
	}
	for (var m = 0; m < d.modules.length; m++) {
		var key = d.modules[m];
		if (typeof key !== 'string' || !sessions.MODULE_KEY.test(key)) {
			return '« modules » ne contient que des identifiants de modules.';
		}
		if (!upsert.findByData(txApp, 'modules', 'key', key)) {
			return 'Le module « ' + key + ' » n’existe pas.';
		}
	}
	if (!Array.isArray(d.slots) || d.slots.length === 0 || d.slots.length > S.maxSlots) {
		return 'Une session compte de 1 à ' + S.maxSlots + ' demi-journées.';
	}
	/** @type {Record<string, boolean>} */
	var seen = {};
	for (var i = 0; i < d.slots.length; i++) {
		var reason = slotReason(d.slots[i], i, d.modules);
		if (reason) return reason;
		if (seen['k' + d.slots[i].key]) return 'La même demi-journée est indiquée deux fois.';
		seen['k' + d.slots[i].key] = true;
	}
	if (typeof d.commune_insee !== 'string' || !limits.PATTERNS.insee.test(d.commune_insee)) {
		return 'Choisissez la commune où se tient la session.';
	}
	if (!upsert.isText(d.commune_name, S.communeNameMax) || !upsert.isText(d.room, S.roomMax)) {
		return 'Le nom de la commune ou du lieu est trop long.';
	}
	if (!limits.isOneOf(S.modalities, d.modality)) {
		return '« modality » doit valoir presentiel, distance ou mixte.';
	}
	if (!Array.isArray(d.co_facilitators) || d.co_facilitators.length > S.maxCoFacilitators) {
		return 'Une session a deux co-animateurs au plus.';
	}
	for (var c = 0; c < d.co_facilitators.length; c++) {
		var id = d.co_facilitators[c];
		var co =
			typeof id === 'string' && sessions.ID.test(id) ? upsert.findOrNull(txApp, 'users', id) : null;
		if (!co || co.getString('role') !== 'facilitateur') {
			return 'Un co-animateur doit avoir un compte d’animateur.';
		}
	}
	if (
		typeof d.capacity !== 'number' ||
		Math.floor(d.capacity) !== d.capacity ||
		d.capacity < 1 ||
		d.capacity > S.maxCapacity
	) {
		return 'Indiquez un nombre de places entre 1 et ' + S.maxCapacity + '.';
	}
	if (!limits.isOneOf(S.statuses, d.status)) return '« status » doit valoir prevue ou annulee.';
	if (!upsert.isText(d.notes, S.notesMax)) {
		return 'Les notes doivent tenir en ' + S.notesMax + ' caractères.';
	}
	return '';
}

/**
 * Stores a session the caller plans or runs.
 * @param {import('../upsert.js').SyncContext} ctx
 * @param {import('../upsert.js').RecordItem} item
 * @returns {import('../upsert.js').Rejection | null}
 */
function upsertSession(ctx, item) {
	if (!sessions.mayRunSessions(ctx.scope.role)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les animateurs et les coordinateurs planifient des sessions.'
		);
	}
	var d = item.data;
	var reason = invalidReason(ctx.txApp, d);
	if (reason) return upsert.malformed(item, reason);
	var existing = upsert.findOrNull(ctx.txApp, 'training_sessions', item.id);
	if (existing && !sessions.runs(existing, ctx.scope.id)) {
		return upsert.rejection(
			item,
			403,
			'forbidden',
			'Seuls les animateurs de cette session peuvent la modifier.'
		);
	}
	if (existing && upsert.superseded(ctx, item, existing, 'training_sessions')) return null;
	var commune = upsert.findByData(ctx.txApp, 'communes', 'insee', d.commune_insee);
	if (!commune) return upsert.malformed(item, 'La commune de la session est inconnue.');
	var record = existing || upsert.newRecord(ctx.txApp, 'training_sessions');
	if (!existing) {
		record.set('id', item.id);
		record.set('owner', ctx.scope.id);
	}
	record.set('commune', commune.id);
	record.set('title', d.title.trim());
	record.set('volet', d.volet);
	record.set('modules', d.modules);
	record.set('slots', d.slots);
	var dates = d.slots
		.map(function (/** @type {any} */ s) {
			return String(s.date);
		})
		.sort();
	record.set('first_date', dates[0]);
	record.set('commune_insee', d.commune_insee);
	record.set('commune_name', d.commune_name);
	record.set('room', d.room);
	record.set('modality', d.modality);
	record.set('co_facilitators', d.co_facilitators);
	record.set('capacity', d.capacity);
	record.set('status', d.status);
	record.set('notes', d.notes);
	return upsert.save(ctx, item, record, 'updated_by');
}

/** @type {import('./index.js').CollectionDeclaration} */
module.exports = {
	name: 'training_sessions',
	upsert: upsertSession,
	accepts: [
		'title',
		'volet',
		'modules',
		'slots',
		'commune_insee',
		'commune_name',
		'room',
		'modality',
		'co_facilitators',
		'capacity',
		'status',
		'notes'
	],
	pull: {
		scope: 'sessionReaders',
		fields: [
			{ name: 'title', type: 'text' },
			{ name: 'volet', type: 'text' },
			{ name: 'modules', type: 'json' },
			{ name: 'slots', type: 'json' },
			{ name: 'commune_insee', type: 'text' },
			{ name: 'commune_name', type: 'text' },
			{ name: 'room', type: 'text' },
			{ name: 'modality', type: 'text' },
			{ name: 'co_facilitators', type: 'json' },
			{ name: 'capacity', type: 'number' },
			{ name: 'status', type: 'text' },
			{ name: 'notes', type: 'text' },
			{ name: 'owner', type: 'text' },
			{ name: 'updated_by', type: 'text' },
			{ name: 'commune', type: 'text' }
		]
	}
};
