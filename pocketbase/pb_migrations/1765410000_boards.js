// Collective boards of training sessions (issue 12): Yjs documents of type `board`, stored in
// `docs` / `doc_updates` like project canvases. A board belongs to a session, not to a commune:
// `docs.session` names it, and only the session's facilitators push and pull it
// (lib/sync/push.js, lib/sync/pull.js). `docs.commune` holds the session's commune, so the
// required relation stays filled and the existing rules read it as before. Owns only that field.
migrate(
	(app) => {
		const docs = app.findCollectionByNameOrId('docs');
		const sessions = app.findCollectionByNameOrId('training_sessions');
		docs.fields.add(
			new RelationField({
				name: 'session',
				collectionId: sessions.id,
				maxSelect: 1,
				cascadeDelete: false
			})
		);
		docs.addIndex('idx_docs_session', false, 'session', '');
		app.save(docs);
	},
	(app) => {
		const docs = app.findCollectionByNameOrId('docs');
		docs.removeIndex('idx_docs_session');
		docs.fields.removeByName('session');
		app.save(docs);
	}
);
