// Content evaluation and resources: the fields the curriculum gained with issue 16. Owns only
// these added fields; the collections and their rules stay in 1764600000_curriculum.js.
// - modules.objective_items: the module's objectives as [{ id, text }], stable ids an élu's
//   ratings (self-positioning, feedback) point to; `objectives` keeps the same texts as strings.
// - modules.quiz: [{ id, question, choices: string[], answer: index, explanation }].
// - modules.audience: who follows the module, `elu` (the élus' path) or `facilitateur` (the
//   volunteer facilitators' module, which must not count in an élu's progress).
// - activities.resources: keys of the resources an activity uses.
// - resources: summary, volet, print format, the activities using it, the case study of a
//   poster, a text the app already holds (`app_text`, e.g. the charter), and structured `data`
//   (the path before volet 1, the one-year follow-up calendar).
// Like the rest of the curriculum it must never hold personal data.
const VOLETS = ['intelligence_collective', 'economie_symbiotique', 'transverse'];
const KEY_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const ADDED = {
	modules: [
		{ type: 'json', name: 'objective_items', maxSize: 20000 },
		{ type: 'json', name: 'quiz', maxSize: 100000 },
		{ type: 'select', name: 'audience', values: ['elu', 'facilitateur'], maxSelect: 1 }
	],
	activities: [{ type: 'json', name: 'resources', maxSize: 5000 }],
	resources: [
		{ type: 'text', name: 'summary', max: 2000 },
		{ type: 'select', name: 'volet', values: VOLETS, maxSelect: 1 },
		{ type: 'select', name: 'format', values: ['A4', 'A3'], maxSelect: 1 },
		{ type: 'json', name: 'activities', maxSize: 5000 },
		{ type: 'text', name: 'case', max: 100, pattern: KEY_PATTERN },
		{ type: 'text', name: 'app_text', max: 100 },
		{ type: 'json', name: 'data', maxSize: 100000 }
	]
};

/** The typed field object of a plain description (PocketBase's JS API has one class per type). */
function toField(field) {
	if (field.type === 'json') return new JSONField(field);
	if (field.type === 'select') return new SelectField(field);
	return new TextField(field);
}

migrate(
	(app) => {
		for (const name in ADDED) {
			const collection = app.findCollectionByNameOrId(name);
			for (const field of ADDED[name]) collection.fields.add(toField(field));
			app.save(collection);
		}
	},
	(app) => {
		for (const name in ADDED) {
			const collection = app.findCollectionByNameOrId(name);
			for (const field of ADDED[name]) collection.fields.removeByName(field.name);
			app.save(collection);
		}
	}
);
