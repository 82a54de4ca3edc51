// À distance presence by code (issue 12, item 4): a hidden `presence_secret` on
// `training_sessions`, set by the server the first time a facilitator asks for a half-day's code
// (lib/session-presence.js). Hidden: never in an API answer nor in a pull; devices never send it.
migrate(
	(app) => {
		const sessions = app.findCollectionByNameOrId('training_sessions');
		sessions.fields.add(new TextField({ name: 'presence_secret', max: 64, hidden: true }));
		app.save(sessions);
	},
	(app) => {
		const sessions = app.findCollectionByNameOrId('training_sessions');
		sessions.fields.removeByName('presence_secret');
		app.save(sessions);
	}
);
