// Session feedback (pocketbase/README.md, "Session feedback"): one answer per élu × module ×
// moment (before, right after, three months later), written only by the sync route
// (pb_hooks/lib/sync/collections/session_feedback.js), so every create/update/delete rule is
// null. Read rule: the writer only (API_RULES.own of lib/sync/scope.js); the session's
// facilitators, the coordinators of its territory and the national team read aggregates through
// GET /api/collab/feedback-stats (pb_hooks/feedback.pb.js), never a row, never who answered.
// A copy of API_RULES.own: a migration is history and runs without the hooks folder.
const OWN = 'user = @request.auth.id';

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const sessions = app.findCollectionByNameOrId('training_sessions');
		const participants = app.findCollectionByNameOrId('participants');
		app.save(
			new Collection({
				type: 'base',
				name: 'session_feedback',
				listRule: OWN,
				viewRule: OWN,
				createRule: null,
				updateRule: null,
				deleteRule: null,
				fields: [
					{
						type: 'relation',
						name: 'user',
						required: true,
						collectionId: users.id,
						maxSelect: 1,
						cascadeDelete: true
					},
					{
						type: 'relation',
						name: 'session',
						required: true,
						collectionId: sessions.id,
						maxSelect: 1,
						cascadeDelete: true
					},
					{ type: 'text', name: 'module', required: true, max: 100 },
					{
						type: 'select',
						name: 'kind',
						required: true,
						values: ['avant', 'chaud', 'froid'],
						maxSelect: 1
					},
					// Empty for an anonymous answer: nothing links it to a person.
					{
						type: 'relation',
						name: 'participant',
						collectionId: participants.id,
						maxSelect: 1,
						cascadeDelete: false
					},
					{ type: 'number', name: 'satisfaction', min: 0, max: 5, onlyInt: true },
					{ type: 'json', name: 'objectives', maxSize: 2000 },
					{ type: 'text', name: 'next_step', max: 500 },
					{ type: 'text', name: 'comment', max: 2000 },
					{ type: 'bool', name: 'anonymous' },
					{ type: 'date', name: 'answered_at', required: true },
					{ type: 'number', name: 'seq', min: 0, onlyInt: true },
					// The record version the device stamps (README, "Record versions").
					{ type: 'number', name: 'rev', min: 0, onlyInt: true },
					{ type: 'text', name: 'device', max: 40, hidden: true },
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				],
				indexes: [
					'CREATE INDEX idx_session_feedback_user_seq ON session_feedback (user, seq)',
					'CREATE UNIQUE INDEX idx_session_feedback_seq ON session_feedback (seq)',
					'CREATE INDEX idx_session_feedback_session ON session_feedback (session, module, kind)'
				]
			})
		);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('session_feedback'));
	}
);
