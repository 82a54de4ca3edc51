// Territories (pocketbase/README.md, "Territories"): the aggregates the server keeps for the
// dashboards of coordinators and of the national team, and the fabriques de transitions.
// `territory_facts` (a plain table) holds one number per territory × metric (commune, EPCI, EPCI
// part inside a département, département, région, national), rebuilt by
// lib/territories/refresh.js; it is no collection, so no records API reads it: GET /api/collab/territories/... answers with
// what the caller's role may see. `fabriques` lists third places and the communes attached to
// them; coordinators and the national team manage them (hook checks the territory).
const TERRITORY_READERS = "@request.auth.role = 'coordinateur' || @request.auth.role = 'national'";

migrate(
	(app) => {
		// A plain SQL table, not a collection: refresh.js builds the next one beside it and swaps
		// them by renaming, so readers never wait and writers wait only for single statements.
		app
			.db()
			.newQuery(
				'CREATE TABLE IF NOT EXISTS territory_facts (kind TEXT NOT NULL, code TEXT NOT NULL, ' +
					'metric TEXT NOT NULL, value NUMERIC NOT NULL, PRIMARY KEY (kind, code, metric)) WITHOUT ROWID'
			)
			.execute();
		const communes = app.findCollectionByNameOrId('communes');
		const users = app.findCollectionByNameOrId('users');
		app.save(
			new Collection({
				type: 'base',
				name: 'fabriques',
				listRule: TERRITORY_READERS,
				viewRule: TERRITORY_READERS,
				// Any signed-in user reaches the hook, which refuses in French (403) who may not.
				createRule: '@request.auth.id != ""',
				updateRule: TERRITORY_READERS,
				deleteRule: TERRITORY_READERS,
				fields: [
					{ type: 'text', name: 'name', required: true, min: 2, max: 120 },
					{ type: 'text', name: 'description', max: 1000 },
					{
						type: 'relation',
						name: 'communes',
						required: true,
						collectionId: communes.id,
						maxSelect: 500,
						cascadeDelete: false
					},
					{ type: 'relation', name: 'created_by', collectionId: users.id, maxSelect: 1 },
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				]
			})
		);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('fabriques'));
		app.db().newQuery('DROP TABLE IF EXISTS territory_facts').execute();
	}
);
