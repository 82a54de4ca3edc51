// Publishing a commune's project as a good practice (pocketbase/README.md, "Publishing a
// project"). Owns the summary that goes public and who may publish or withdraw it. The summary
// is built from the server's own `projects` row and `communes` record, never from text the client
// sends: what the commune consents to is what its synced project says. It never writes a name or
// an e-mail (good practices are readable by every signed-in user and kept in a device-wide
// database), and it never touches the project itself.
/** @type {typeof import('./sync/scope.js')} */
var scopes = require(`${__hooks}/lib/sync/scope.js`);

var ID = /^[a-z0-9]{15}$/;
var KEY_PREFIX = 'projet-';
/** `good_practices.summary` holds at most 2000 characters. */
var SUMMARY_MAX = 2000;
/** What a withdrawn record keeps as its (required) title: it is no longer shown anywhere. */
var WITHDRAWN_TITLE = 'Publication retirée';

var MESSAGES = {
	signedOut: 'Connectez-vous pour publier un projet.',
	notUser: 'La publication est réservée aux comptes des élus.',
	unknown:
		'Ce projet n’est pas encore connu du serveur : synchronisez l’appareil qui le porte, puis réessayez.',
	forbidden:
		'Ce projet appartient à une autre commune : seuls ses élus peuvent le publier ou retirer sa publication.',
	consent: 'Cochez l’accord de la commune : sans cet accord, le projet ne peut pas être publié.',
	noTitle: 'Le projet n’a pas de titre : donnez-lui un titre, synchronisez, puis publiez.',
	noSummary:
		'Le projet n’a pas encore de résumé : décrivez le problème local qu’il traite, synchronisez, puis publiez.'
};

/**
 * @param {string} collection
 * @param {string} id
 * @returns {core.Record | null}
 */
function findOrNull(collection, id) {
	try {
		return $app.findRecordById(collection, id);
	} catch (_) {
		return null;
	}
}

/**
 * @param {string} projectId
 * @returns {core.Record | null}
 */
function publicationOf(projectId) {
	try {
		return $app.findFirstRecordByData('good_practices', 'key', KEY_PREFIX + projectId);
	} catch (_) {
		return null;
	}
}

/**
 * A json field as a list of strings.
 * @param {core.Record} record
 * @param {string} field
 * @returns {string[]}
 */
function words(record, field) {
	var text = record.getString(field);
	var value;
	try {
		value = text === '' ? [] : JSON.parse(text);
	} catch (_) {
		return [];
	}
	if (!Array.isArray(value)) return [];
	return value.filter(function (word) {
		return typeof word === 'string' && word !== '';
	});
}

/**
 * The project of the request and what the caller may do with it, or `{ error: [status, message] }`.
 * Élus of the project's commune and the national team may publish and withdraw.
 * @param {core.RequestEvent} e
 * @returns {{ error: [number, string] } | { error?: undefined, project: core.Record, commune: core.Record | null }}
 */
function context(e) {
	if (!e.auth) return { error: [401, MESSAGES.signedOut] };
	if (e.auth.collection().name !== 'users') return { error: [403, MESSAGES.notUser] };
	var id = /** @type {http.Request} */ (e.request).pathValue('id');
	var project = ID.test(id) ? findOrNull('projects', id) : null;
	if (!project) return { error: [404, MESSAGES.unknown] };
	var scope = scopes.userScope(e.auth);
	if (!scopes.isEluOf(scope, project.getString('commune')) && scope.role !== 'national') {
		return { error: [403, MESSAGES.forbidden] };
	}
	return { project: project, commune: findOrNull('communes', project.getString('commune')) };
}

/**
 * The summary that would be published, from the stored project and its commune.
 * @param {core.Record} project
 * @param {core.Record | null} commune
 */
function previewOf(project, commune) {
	var place = commune ? commune.getString('name') : '';
	var departement = commune ? commune.getString('departement_name') : '';
	var summary = project.getString('summary').trim();
	if (summary.length > SUMMARY_MAX) summary = summary.slice(0, SUMMARY_MAX - 1) + '…';
	var ruralOrUrban = commune ? commune.getString('class') : '';
	return {
		title: project.getString('title').trim(),
		summary: summary,
		themes: words(project, 'themes'),
		levers: words(project, 'levers'),
		status: project.getString('status'),
		place: departement ? place + ' (' + departement + ')' : place,
		country: 'France',
		rural_or_urban: ruralOrUrban === 'rural' || ruralOrUrban === 'urbain' ? ruralOrUrban : ''
	};
}

/**
 * The state of a publication record (null when never published).
 * @param {core.Record | null} record
 * @returns {Record<string, unknown>}
 */
function stateOf(record) {
	if (!record) return { published: false, key: '', consentAt: '', updated: '' };
	var consentAt = record.getDateTime('consent_at');
	return {
		published: record.getBool('published'),
		key: record.getString('key'),
		consentAt: consentAt.isZero() ? '' : consentAt.string().replace(' ', 'T'),
		updated: record.getDateTime('updated').string().replace(' ', 'T')
	};
}

/**
 * Whether `record` already publishes exactly `preview`.
 * @param {core.Record} record
 * @param {ReturnType<typeof previewOf>} preview
 */
function samePublication(record, preview) {
	return (
		record.getBool('published') &&
		record.getString('title') === preview.title &&
		record.getString('summary') === preview.summary &&
		record.getString('place') === preview.place &&
		record.getString('rural_or_urban') === preview.rural_or_urban &&
		record.getString('project_status') === preview.status &&
		JSON.stringify(words(record, 'themes')) === JSON.stringify(preview.themes) &&
		JSON.stringify(words(record, 'levers')) === JSON.stringify(preview.levers)
	);
}

/**
 * @param {core.RequestEvent} e
 * @param {number} status
 * @param {core.Record} project
 * @param {core.Record | null} commune
 * @param {core.Record | null} record
 */
function respond(e, status, project, commune, record) {
	var body = stateOf(record);
	body.project = project.id;
	body.preview = previewOf(project, commune);
	return e.json(status, body);
}

/**
 * GET …/publication: what would be published, and whether it is.
 * @param {core.RequestEvent} e
 */
function show(e) {
	var ctx = context(e);
	if (ctx.error) return e.json(ctx.error[0], { message: ctx.error[1] });
	return respond(e, 200, ctx.project, ctx.commune, publicationOf(ctx.project.id));
}

/**
 * POST …/publish `{ consent: true }`: publishes (or refreshes) the summary; idempotent.
 * @param {core.RequestEvent} e
 */
function publish(e) {
	var ctx = context(e);
	if (ctx.error) return e.json(ctx.error[0], { message: ctx.error[1] });
	var body = e.requestInfo().body || {};
	if (body.consent !== true) return e.json(400, { message: MESSAGES.consent });
	var preview = previewOf(ctx.project, ctx.commune);
	if (!preview.title) return e.json(422, { message: MESSAGES.noTitle });
	if (!preview.summary) return e.json(422, { message: MESSAGES.noSummary });
	var record = publicationOf(ctx.project.id);
	// The same summary again changes nothing: not its `updated` date (devices pull by it), nor
	// who consented and when.
	if (record && samePublication(record, preview)) {
		return respond(e, 200, ctx.project, ctx.commune, record);
	}
	if (!record) {
		record = new Record($app.findCollectionByNameOrId('good_practices'));
		record.set('key', KEY_PREFIX + ctx.project.id);
	}
	record.set('kind', 'commune_project');
	record.set('title', preview.title);
	record.set('summary', preview.summary);
	record.set('place', preview.place);
	record.set('country', preview.country);
	record.set('themes', preview.themes);
	record.set('levers', preview.levers);
	record.set('rural_or_urban', preview.rural_or_urban);
	record.set('figures', []);
	record.set('sources', []);
	record.set('body', '');
	record.set('commune', ctx.project.getString('commune'));
	record.set('project_id', ctx.project.id);
	record.set('project_status', preview.status);
	// Public reference data of the commune, for the library's ranking (issue 14).
	record.set('insee', ctx.commune ? ctx.commune.getString('insee') : '');
	record.set('population', ctx.commune ? ctx.commune.getInt('population') : 0);
	record.set('departement', ctx.commune ? ctx.commune.getString('departement') : '');
	record.set('region', ctx.commune ? ctx.commune.getString('region') : '');
	record.set('published', true);
	record.set('consent_by', /** @type {core.Record} */ (e.auth).id);
	record.set('consent_at', new DateTime());
	$app.save(record);
	return respond(e, 200, ctx.project, ctx.commune, record);
}

/**
 * DELETE …/publish: withdraws the publication. The record stays, emptied and marked unpublished,
 * so that devices which copied it learn of the withdrawal at their next pull (by `updated`);
 * withdrawing what is not published changes nothing.
 * @param {core.RequestEvent} e
 */
function withdraw(e) {
	var ctx = context(e);
	if (ctx.error) return e.json(ctx.error[0], { message: ctx.error[1] });
	var record = publicationOf(ctx.project.id);
	if (record && record.getBool('published')) {
		record.set('title', WITHDRAWN_TITLE);
		record.set('summary', '');
		record.set('place', '');
		record.set('themes', []);
		record.set('levers', []);
		record.set('rural_or_urban', '');
		record.set('project_status', '');
		record.set('insee', '');
		record.set('population', 0);
		record.set('departement', '');
		record.set('region', '');
		record.set('published', false);
		record.set('consent_by', '');
		record.set('consent_at', '');
		$app.save(record);
	}
	return respond(e, 200, ctx.project, ctx.commune, record);
}

module.exports = { show: show, publish: publish, withdraw: withdraw, previewOf: previewOf };
