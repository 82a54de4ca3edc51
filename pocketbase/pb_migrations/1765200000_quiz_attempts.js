// Quiz attempts (pocketbase/README.md, "Quiz attempts"): one row per élu × module × attempt,
// written only by the sync route (pb_hooks/lib/sync/collections/quiz_attempts.js), so every
// create/update/delete rule is null. Read rule: the attempt's user only (API_RULES.own of
// lib/sync/scope.js); facilitators, coordinators and the national team see per-module counts and
// means through GET /api/collab/quiz-stats (pb_hooks/quizzes.pb.js), never individual answers.
// Copies of API_RULES.own (lib/sync/scope.js) and of QUIZ (lib/limits.js): a migration is history
// and runs without the hooks folder (`superuser upsert`); tests/server/limits-parity.spec.ts
// checks the schema it builds against both.
const OWN = 'user = @request.auth.id';
const QUIZ = { maxQuestions: 20, moduleMax: 100, phases: ['avant', 'apres'] };

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		app.save(
			new Collection({
				type: 'base',
				name: 'quiz_attempts',
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
					{ type: 'text', name: 'module', required: true, max: QUIZ.moduleMax },
					{
						type: 'select',
						name: 'phase',
						required: true,
						values: QUIZ.phases,
						maxSelect: 1
					},
					{ type: 'json', name: 'answers', maxSize: 2000 },
					{ type: 'number', name: 'score', min: 0, max: QUIZ.maxQuestions, onlyInt: true },
					{
						type: 'number',
						name: 'total',
						min: 1,
						max: QUIZ.maxQuestions,
						onlyInt: true,
						required: true
					},
					{ type: 'date', name: 'taken_at', required: true },
					{ type: 'number', name: 'seq', min: 0, onlyInt: true },
					// The record version the device stamps (README, "Record versions").
					{ type: 'number', name: 'rev', min: 0, onlyInt: true },
					// Never readable by another user (1765100000_guard.js hid it on the older ones).
					{ type: 'text', name: 'device', max: 40, hidden: true },
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				],
				indexes: [
					'CREATE INDEX idx_quiz_attempts_user_seq ON quiz_attempts (user, seq)',
					'CREATE UNIQUE INDEX idx_quiz_attempts_seq ON quiz_attempts (seq)',
					'CREATE INDEX idx_quiz_attempts_module ON quiz_attempts (module, phase)'
				]
			})
		);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('quiz_attempts'));
	}
);
