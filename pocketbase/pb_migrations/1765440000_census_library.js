// The needs census and the library of good practices (issue 14, items 1, 2 and 5).
// - `needs_campaigns`: a census campaign the national team opens (one a year); every signed-in
//   user reads them, only the national team writes them.
// - `needs_surveys`: one row per campaign × commune × question (lib/sync/collections/
//   needs_surveys.js), written only by the sync route, so every create/update/delete rule is
//   null. Read by the élus of the commune, the coordinators of its territory, the facilitators
//   who follow the commune and the national team (API_RULES.censusReaders of lib/sync/scope.js).
//   Other communes see only aggregates and matches, never a commune's rows.
// - `good_practices` gains the public reference data of a published project's commune (INSEE
//   code, population, département, région), so devices rank "Communes comme la vôtre" without
//   the list of communes. Never a name or an e-mail: good practices are public.
// Copies of API_RULES.censusReaders (lib/sync/scope.js) and of the census limits
// (lib/sync/collections/needs_surveys.js): a migration is history.
const ELU =
	"(@request.auth.role = 'elu' || @request.auth.role = 'facilitateur') && @request.auth.communes.id ?= commune";
const COORDINATOR =
	"@request.auth.role = 'coordinateur' && (@request.auth.territory_kind = 'national' || " +
	"(@request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && commune.departement = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'region' && commune.region = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'epci' && commune.epci = @request.auth.territory_code))))";
const CENSUS_READERS = '(' + ELU + ') || (' + COORDINATOR + ") || @request.auth.role = 'national'";
const CAMPAIGN_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const communes = app.findCollectionByNameOrId('communes');
		app.save(
			new Collection({
				type: 'base',
				name: 'needs_campaigns',
				listRule: '@request.auth.id != ""',
				viewRule: '@request.auth.id != ""',
				createRule: "@request.auth.role = 'national'",
				updateRule: "@request.auth.role = 'national'",
				deleteRule: "@request.auth.role = 'national'",
				fields: [
					{ type: 'text', name: 'key', required: true, max: 40, pattern: CAMPAIGN_PATTERN },
					{ type: 'text', name: 'title', required: true, max: 200 },
					{ type: 'date', name: 'opens_at', required: true },
					{ type: 'date', name: 'closes_at' },
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				],
				indexes: ['CREATE UNIQUE INDEX idx_needs_campaigns_key ON needs_campaigns (key)']
			})
		);
		app.save(
			new Collection({
				type: 'base',
				name: 'needs_surveys',
				listRule: CENSUS_READERS,
				viewRule: CENSUS_READERS,
				createRule: null,
				updateRule: null,
				deleteRule: null,
				fields: [
					{ type: 'text', name: 'campaign', required: true, max: 40, pattern: CAMPAIGN_PATTERN },
					{
						type: 'relation',
						name: 'commune',
						required: true,
						collectionId: communes.id,
						maxSelect: 1,
						cascadeDelete: false
					},
					{ type: 'text', name: 'question', required: true, max: 60 },
					{ type: 'json', name: 'answer', maxSize: 5000 },
					{ type: 'date', name: 'answered_at', required: true },
					// Earlier answers to the same question, newest last, at most 20.
					{ type: 'json', name: 'history', maxSize: 120000 },
					{
						type: 'relation',
						name: 'updated_by',
						collectionId: users.id,
						maxSelect: 1,
						cascadeDelete: false
					},
					{ type: 'number', name: 'seq', min: 0, onlyInt: true },
					{ type: 'number', name: 'rev', min: 0, onlyInt: true },
					{ type: 'text', name: 'device', max: 40, hidden: true },
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				],
				indexes: [
					'CREATE UNIQUE INDEX idx_needs_surveys_seq ON needs_surveys (seq)',
					'CREATE UNIQUE INDEX idx_needs_surveys_answer ON needs_surveys (campaign, commune, question)',
					'CREATE INDEX idx_needs_surveys_commune_seq ON needs_surveys (commune, seq)'
				]
			})
		);
		const practices = app.findCollectionByNameOrId('good_practices');
		practices.fields.add(new TextField({ name: 'insee', max: 5, pattern: '^([0-9AB]{5})?$' }));
		practices.fields.add(new NumberField({ name: 'population', min: 0, onlyInt: true }));
		practices.fields.add(new TextField({ name: 'departement', max: 3 }));
		practices.fields.add(new TextField({ name: 'region', max: 3 }));
		app.save(practices);
	},
	(app) => {
		const practices = app.findCollectionByNameOrId('good_practices');
		for (const name of ['insee', 'population', 'departement', 'region']) {
			practices.fields.removeByName(name);
		}
		app.save(practices);
		app.delete(app.findCollectionByNameOrId('needs_surveys'));
		app.delete(app.findCollectionByNameOrId('needs_campaigns'));
	}
);
