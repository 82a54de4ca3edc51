// The public form of a good practice (GET /api/collab/public/practices/{key}): what anyone may
// read of a case study or of a commune project that is still published. Owns the list of public
// fields; never returns an id, a relation, who consented or when, and never writes anything.
var KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

var MESSAGES = {
	badKey: 'Cette adresse ne désigne pas une bonne pratique.',
	unknown:
		'Cette bonne pratique n’existe pas ou n’est plus publiée : la commune a pu retirer sa publication.'
};

/**
 * A json field as a value ([] when empty or unreadable).
 * @param {core.Record} record
 * @param {string} field
 * @returns {unknown}
 */
function json(record, field) {
	var text = toString(record.get(field));
	try {
		return text === '' ? [] : JSON.parse(text);
	} catch (_) {
		return [];
	}
}

/**
 * The public fields of `record`.
 * @param {core.Record} record
 */
function publicFields(record) {
	return {
		key: record.getString('key'),
		kind: record.getString('kind'),
		title: record.getString('title'),
		summary: record.getString('summary'),
		place: record.getString('place'),
		country: record.getString('country'),
		themes: json(record, 'themes'),
		levers: json(record, 'levers'),
		rural_or_urban: record.getString('rural_or_urban'),
		figures: json(record, 'figures'),
		sources: json(record, 'sources'),
		body: record.getString('body'),
		population: record.getInt('population'),
		project_status: record.getString('project_status'),
		updated: record.getDateTime('updated').string()
	};
}

/**
 * GET /api/collab/public/practices/{key}: 200 with the public fields, 400 for a key that cannot
 * be one, 404 for an unknown or withdrawn practice (both with a French `message`).
 * @param {core.RequestEvent} e
 */
function publicPractice(e) {
	var key = e.request ? e.request.pathValue('key') : '';
	if (!KEY.test(key) || key.length > 100) throw new BadRequestError(MESSAGES.badKey);
	var record;
	try {
		record = $app.findFirstRecordByData('good_practices', 'key', key);
	} catch (_) {
		throw new NotFoundError(MESSAGES.unknown);
	}
	if (record.getString('kind') === 'commune_project' && !record.getBool('published')) {
		throw new NotFoundError(MESSAGES.unknown);
	}
	e.response.header().set('Cache-Control', 'public, max-age=300');
	return e.json(200, publicFields(record));
}

module.exports = { publicPractice: publicPractice };
