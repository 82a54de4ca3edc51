// The charter signed in a training session (DESIGN.md § 6; README "Training sessions"): a
// charter's signer may be a session participant, perhaps without an account, the charter then
// authored (`user`) by the facilitator who runs the session. `participant` holds that participant's
// id; it is part of the signed content (empty, and so absent from the canonical form, for every
// charter signed before), so no signed charter changes.
migrate(
	(app) => {
		const charters = app.findCollectionByNameOrId('charters');
		charters.fields.add(new TextField({ name: 'participant', max: 15 }));
		app.save(charters);
	},
	(app) => {
		const charters = app.findCollectionByNameOrId('charters');
		charters.fields.removeByName('participant');
		app.save(charters);
	}
);
