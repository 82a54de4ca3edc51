// Collective boards of training sessions (issue 12): Yjs documents of type `board`, stored in
// `docs` / `doc_updates` like project canvases. A board belongs to a session, not to a commune:
// `docs.session` names it, and only the session's facilitators push and pull it
// (lib/sync/push.js, lib/sync/pull.js). `docs.commune` holds the session's commune, so the
// required relation stays filled; the list and view rules of `docs` leave boards out, so the
// élus of that commune never learn of them. Owns only that field and those rules.
// Copies of API_ELU_OF_COMMUNE and .docReaders (lib/sync/scope.js): a migration is history,
// so it keeps the strings it set; tests/server/limits-parity.spec.ts compares them.
const ELU_OF_COMMUNE = "@request.auth.role = 'elu' && @request.auth.communes.id ?= commune";
const DOC_READERS = "type != 'board' && " + ELU_OF_COMMUNE;
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
		docs.listRule = DOC_READERS;
		docs.viewRule = DOC_READERS;
		app.save(docs);
	},
	(app) => {
		const docs = app.findCollectionByNameOrId('docs');
		docs.listRule = ELU_OF_COMMUNE;
		docs.viewRule = ELU_OF_COMMUNE;
		docs.removeIndex('idx_docs_session');
		docs.fields.removeByName('session');
		app.save(docs);
	}
);
