// Coordinators of a fabrique de transitions (issue 13, item 5): `users.territory_kind` gains
// `fabrique`, whose `territory_code` is the fabrique's record id (15 characters, so the code
// grows from 9). Such a coordinator reads the territory view of their fabrique and of the
// communes attached to it (lib/territories/scope.js); the commune data rules stay by
// département, région and EPCI.
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const kind = users.fields.getByName('territory_kind');
		kind.values = ['epci', 'departement', 'region', 'national', 'fabrique'];
		users.fields.getByName('territory_code').max = 15;
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.getByName('territory_kind').values = ['epci', 'departement', 'region', 'national'];
		users.fields.getByName('territory_code').max = 9;
		app.save(users);
	}
);
