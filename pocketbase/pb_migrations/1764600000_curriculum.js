// Curriculum schema: the training modules, their activities (facilitator guides), resources and
// good practices (the programme's case studies, later the communes' published projects).
// Owns these four collections and their API rules: any signed-in user reads them (the
// curriculum is public to the programme), only the national team writes them (PocketBase's admin
// or the API). Every record has a natural `key` (unique) used by the content seed and by links
// between texts, and PocketBase's own `updated` autodate, indexed, so devices pull only changes.
// It must never hold personal data: the content is shared by every user of a device.
const READ = '@request.auth.id != ""';
const WRITE = "@request.auth.role = 'national'";
const KEY_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const VOLETS = ['intelligence_collective', 'economie_symbiotique', 'transverse'];
const NAMES = ['modules', 'activities', 'resources', 'good_practices'];

/** The fields every curriculum collection starts with. */
function keyField() {
	return { type: 'text', name: 'key', required: true, max: 100, pattern: KEY_PATTERN };
}

/** Markdown body; a facilitator guide is a few pages (the text field's default cap is 5,000). */
function bodyField() {
	return { type: 'text', name: 'body', max: 200000 };
}

function timestamps() {
	return [
		{ type: 'autodate', name: 'created', onCreate: true },
		{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
	];
}

function indexes(name) {
	return [
		'CREATE UNIQUE INDEX idx_' + name + '_key ON ' + name + ' (key)',
		'CREATE INDEX idx_' + name + '_updated ON ' + name + ' (updated)'
	];
}

function collection(name, fields) {
	return new Collection({
		type: 'base',
		name: name,
		listRule: READ,
		viewRule: READ,
		createRule: WRITE,
		updateRule: WRITE,
		deleteRule: WRITE,
		fields: [keyField()].concat(fields, timestamps()),
		indexes: indexes(name)
	});
}

migrate(
	(app) => {
		app.save(
			collection('modules', [
				{ type: 'select', name: 'volet', values: VOLETS, maxSelect: 1, required: true },
				{ type: 'number', name: 'order', min: 0, onlyInt: true },
				{ type: 'text', name: 'title', required: true, max: 300 },
				{ type: 'number', name: 'duration_min', min: 0, onlyInt: true },
				{ type: 'json', name: 'modality', maxSize: 2000 },
				{ type: 'text', name: 'summary', max: 2000 },
				{ type: 'json', name: 'objectives', maxSize: 20000 },
				{ type: 'json', name: 'agenda', maxSize: 20000 },
				{ type: 'json', name: 'takeaways', maxSize: 20000 },
				bodyField()
			])
		);
		app.save(
			collection('activities', [
				{ type: 'text', name: 'module', required: true, max: 100, pattern: KEY_PATTERN },
				{ type: 'number', name: 'order', min: 0, onlyInt: true },
				{ type: 'text', name: 'title', required: true, max: 300 },
				{ type: 'number', name: 'duration_min', min: 0, onlyInt: true },
				{ type: 'text', name: 'method', max: 300 },
				{ type: 'text', name: 'purpose', max: 2000 },
				{ type: 'text', name: 'group_size', max: 300 },
				{ type: 'json', name: 'materials', maxSize: 20000 },
				bodyField()
			])
		);
		app.save(
			collection('resources', [
				{ type: 'text', name: 'title', required: true, max: 300 },
				{ type: 'text', name: 'kind', max: 50 },
				bodyField()
			])
		);
		app.save(
			collection('good_practices', [
				{
					type: 'select',
					name: 'kind',
					values: ['case_study', 'commune_project'],
					maxSelect: 1,
					required: true
				},
				{ type: 'text', name: 'title', required: true, max: 300 },
				{ type: 'text', name: 'summary', max: 2000 },
				{ type: 'text', name: 'place', max: 200 },
				{ type: 'text', name: 'country', max: 100 },
				{ type: 'json', name: 'themes', maxSize: 2000 },
				{ type: 'json', name: 'levers', maxSize: 2000 },
				{
					type: 'select',
					name: 'rural_or_urban',
					values: ['rural', 'urbain', 'les_deux'],
					maxSelect: 1
				},
				{ type: 'json', name: 'figures', maxSize: 50000 },
				{ type: 'json', name: 'sources', maxSize: 50000 },
				bodyField()
			])
		);
	},
	(app) => {
		for (const name of NAMES.slice().reverse()) {
			app.delete(app.findCollectionByNameOrId(name));
		}
	}
);
