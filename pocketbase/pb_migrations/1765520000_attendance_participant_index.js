// A pull reads an élu's attendance rows through three indexes (lib/sync/scope.js sessionPeople):
// the sessions they run, their own rows, and the rows of the participant rows linked to their
// account by a claim. This adds the index of that third term: without it, each page of a pull
// read all ~595,000 attendance rows of the national data.
migrate(
	(app) => {
		const attendances = app.findCollectionByNameOrId('attendances');
		attendances.addIndex('idx_attendances_participant', false, 'participant', '');
		app.save(attendances);
	},
	(app) => {
		const attendances = app.findCollectionByNameOrId('attendances');
		attendances.removeIndex('idx_attendances_participant');
		app.save(attendances);
	}
);
