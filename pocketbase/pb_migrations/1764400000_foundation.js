// Foundation schema: communes (reference data), user roles and territories, app settings.
// API rules are explicit on every collection: reference data is readable by any signed-in
// user; only the national team or a commune's own élus may correct its rural/urban class
// and profile; accounts are created by the programme, never by self sign-up.
migrate(
	(app) => {
		const communes = new Collection({
			type: 'base',
			name: 'communes',
			listRule: '@request.auth.id != ""',
			viewRule: '@request.auth.id != ""',
			createRule: null,
			deleteRule: null,
			updateRule:
				"@request.auth.role = 'national' || (@request.auth.communes.id ?= id && " +
				'@request.body.insee:isset = false && @request.body.name:isset = false && ' +
				'@request.body.population:isset = false && @request.body.postal_codes:isset = false && ' +
				'@request.body.departement:isset = false && @request.body.region:isset = false && ' +
				'@request.body.epci:isset = false)',
			fields: [
				{
					type: 'text',
					name: 'insee',
					required: true,
					min: 5,
					max: 5,
					pattern: '^[0-9][0-9AB][0-9]{3}$'
				},
				{ type: 'text', name: 'name', required: true, max: 200 },
				{ type: 'json', name: 'postal_codes', maxSize: 2000 },
				{ type: 'number', name: 'population', min: 0, onlyInt: true },
				{ type: 'text', name: 'departement', max: 3 },
				{ type: 'text', name: 'departement_name', max: 100 },
				{ type: 'text', name: 'region', max: 3 },
				{ type: 'text', name: 'region_name', max: 100 },
				{ type: 'text', name: 'epci', max: 9 },
				{ type: 'text', name: 'epci_name', max: 200 },
				{ type: 'select', name: 'class', values: ['rural', 'urbain'], maxSelect: 1 },
				{ type: 'bool', name: 'class_corrected' },
				{ type: 'select', name: 'profile', values: ['A', 'B', 'C'], maxSelect: 1 },
				{ type: 'autodate', name: 'created', onCreate: true },
				{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_communes_insee ON communes (insee)',
				'CREATE INDEX idx_communes_departement ON communes (departement)',
				'CREATE INDEX idx_communes_epci ON communes (epci)',
				'CREATE INDEX idx_communes_region ON communes (region)'
			]
		});
		app.save(communes);

		const users = app.findCollectionByNameOrId('users');
		users.fields.add(
			new SelectField({
				name: 'role',
				values: ['elu', 'facilitateur', 'coordinateur', 'national'],
				maxSelect: 1,
				required: true
			})
		);
		users.fields.add(
			new RelationField({
				name: 'communes',
				collectionId: communes.id,
				maxSelect: 20,
				cascadeDelete: false
			})
		);
		users.fields.add(
			new SelectField({
				name: 'territory_kind',
				values: ['epci', 'departement', 'region', 'national'],
				maxSelect: 1
			})
		);
		users.fields.add(new TextField({ name: 'territory_code', max: 9 }));
		users.fields.add(
			new SelectField({ name: 'mandate', values: ['maire', 'adjoint', 'conseiller'], maxSelect: 1 })
		);
		users.fields.add(new SelectField({ name: 'locale', values: ['fr', 'en'], maxSelect: 1 }));
		// A user reads their own account; the national team reads everyone's.
		users.listRule = "id = @request.auth.id || @request.auth.role = 'national'";
		users.viewRule = "id = @request.auth.id || @request.auth.role = 'national'";
		users.createRule = null;
		// Users edit their name and language, never their role, communes or territory.
		users.updateRule =
			'id = @request.auth.id && @request.body.role:isset = false && ' +
			'@request.body.communes:isset = false && @request.body.territory_kind:isset = false && ' +
			'@request.body.territory_code:isset = false && @request.body.verified:isset = false';
		users.deleteRule = null;
		// Tablets may stay offline for weeks: 60 days, renewed by every online start (README).
		users.authToken.duration = 60 * 24 * 3600;
		app.save(users);

		const settings = app.settings();
		settings.meta.appName = "Collabor'actons";
		settings.meta.hideControls = false;
		app.save(settings);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		for (const name of [
			'role',
			'communes',
			'territory_kind',
			'territory_code',
			'mandate',
			'locale'
		]) {
			users.fields.removeByName(name);
		}
		app.save(users);
		app.delete(app.findCollectionByNameOrId('communes'));
	}
);
