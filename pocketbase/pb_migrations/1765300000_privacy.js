// Requests to delete one's personal data (RGPD, right to erasure; the privacy notice at
// /confidentialite). A row is written only by the route of pb_hooks/privacy.pb.js, which lists
// what will be deleted and what is kept as proof, and until when (lib/privacy/plan.js); the
// national team processes it. The élu who asked reads their own rows; nobody writes through
// the collection API (create, update and delete rules are null: superusers only).
const OWN_OR_NATIONAL = "user = @request.auth.id || @request.auth.role = 'national'";

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		app.save(
			new Collection({
				type: 'base',
				name: 'deletion_requests',
				listRule: OWN_OR_NATIONAL,
				viewRule: OWN_OR_NATIONAL,
				createRule: null,
				updateRule: null,
				deleteRule: null,
				fields: [
					// Not required: once the account is deleted, the request stays as the trace of it.
					{ type: 'relation', name: 'user', collectionId: users.id, maxSelect: 1 },
					{ type: 'email', name: 'email', required: true },
					{
						type: 'select',
						name: 'status',
						required: true,
						values: ['requested', 'done', 'refused'],
						maxSelect: 1
					},
					{ type: 'json', name: 'to_delete', maxSize: 20000 },
					{ type: 'json', name: 'kept', maxSize: 200000 },
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				],
				indexes: ['CREATE INDEX idx_deletion_requests_user ON deletion_requests (user)']
			})
		);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('deletion_requests'));
	}
);
