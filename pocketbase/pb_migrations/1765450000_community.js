// The learning network and concertations (pocketbase/README.md, "Communauté : échanges et
// concertations"): `discussions` and `comments` (threads of a space, with moderation), `reports`
// (one per user and post), `notifications` (replies, mentions, moderation, per user),
// `consultations`, `proposals` and `votes` (one per consultation and élu). All are written only by
// the sync route (pb_hooks/lib/sync/collections/) or the moderation route, so every
// create/update/delete rule is null. Read rules: the readers of the space (SPACE_READERS of
// lib/sync/scope.js) for threads, consultations and proposals; the user only for reports,
// notifications and votes (a vote is secret: others read counts through the results route).
// Copies of the rules and limits (lib/sync/scope.js, lib/limits.js COMMUNITY): a migration is
// history; tests/server/limits-parity.spec.ts checks them.
const OWN = 'user = @request.auth.id';
const SPACE_READERS =
	"space_kind = 'national' || space_kind = 'theme' || space_kind = 'practice' || " +
	"@request.auth.role = 'national' || " +
	"(@request.auth.role = 'coordinateur' && @request.auth.territory_kind = 'national') || " +
	"(space_kind = 'departement' && (@request.auth.communes.departement ?= space_code || " +
	"(@request.auth.role = 'coordinateur' && @request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && @request.auth.territory_code = space_code) || " +
	"(@request.auth.territory_kind = 'region' && @request.auth.territory_code = space_region))))) || " +
	"(space_kind = 'region' && (@request.auth.communes.region ?= space_code || " +
	"(@request.auth.role = 'coordinateur' && @request.auth.territory_code != '' && " +
	"@request.auth.territory_kind = 'region' && @request.auth.territory_code = space_code)))";
const LIMITS = { titleMax: 200, bodyMax: 10000, contextMax: 10000, synthesisMax: 20000 };
const SPACE_KINDS = ['national', 'region', 'departement', 'theme', 'practice'];

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const communes = app.findCollectionByNameOrId('communes');
		const user = (name, required) => ({
			type: 'relation',
			name,
			required,
			collectionId: users.id,
			maxSelect: 1,
			cascadeDelete: true
		});
		// What every synced record carries (README, "Adding a synced record collection").
		const sync = () => [
			{ type: 'number', name: 'seq', min: 0, onlyInt: true },
			{ type: 'number', name: 'rev', min: 0, onlyInt: true },
			{ type: 'text', name: 'device', max: 40, hidden: true },
			{ type: 'autodate', name: 'created', onCreate: true },
			{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
		];
		const space = [
			{ type: 'select', name: 'space_kind', required: true, values: SPACE_KINDS, maxSelect: 1 },
			{ type: 'text', name: 'space_code', max: 100 },
			{ type: 'text', name: 'space_region', max: 3 }
		];
		const moderated = [
			{ type: 'bool', name: 'hidden' },
			// The text of a hidden post: only the moderation route reads it (never pulled).
			{ type: 'text', name: 'hidden_body', max: LIMITS.bodyMax, hidden: true },
			{ type: 'text', name: 'moderation_reason', max: 500 },
			{ type: 'number', name: 'reports', min: 0, onlyInt: true }
		];
		// When the server first stored it (devices drop `created` from pulled rows).
		const posted = { type: 'autodate', name: 'posted', onCreate: true };
		const author = [
			posted,
			user('author', true),
			{ type: 'text', name: 'author_name', max: 200 },
			{ type: 'text', name: 'author_commune', max: 5 }
		];
		const base = (name, listRule, fields, indexes) =>
			new Collection({
				type: 'base',
				name,
				listRule,
				viewRule: listRule,
				createRule: null,
				updateRule: null,
				deleteRule: null,
				fields: fields.concat(sync()),
				indexes: [`CREATE UNIQUE INDEX idx_${name}_seq ON ${name} (seq)`].concat(indexes)
			});

		app.save(
			base(
				'discussions',
				SPACE_READERS,
				space.concat(author, moderated, [
					{ type: 'text', name: 'title', required: true, max: LIMITS.titleMax },
					{ type: 'text', name: 'body', max: LIMITS.bodyMax },
					{ type: 'json', name: 'mentions', maxSize: 2000 }
				]),
				['CREATE INDEX idx_discussions_space ON discussions (space_kind, space_code)']
			)
		);
		app.save(
			base(
				'consultations',
				SPACE_READERS,
				space.concat(author, [
					{ type: 'text', name: 'title', required: true, max: LIMITS.titleMax },
					{ type: 'text', name: 'context', max: LIMITS.contextMax },
					{
						type: 'select',
						name: 'kind',
						required: true,
						values: ['choice', 'proposals'],
						maxSelect: 1
					},
					{ type: 'bool', name: 'multiple' },
					{ type: 'json', name: 'options', maxSize: 20000 },
					{ type: 'date', name: 'closes_at', required: true },
					{ type: 'text', name: 'synthesis', max: LIMITS.synthesisMax }
				]),
				['CREATE INDEX idx_consultations_space ON consultations (space_kind, space_code)']
			)
		);
		const consultations = app.findCollectionByNameOrId('consultations');
		const consultation = {
			type: 'relation',
			name: 'consultation',
			required: true,
			collectionId: consultations.id,
			maxSelect: 1,
			cascadeDelete: true
		};
		app.save(
			base(
				'proposals',
				SPACE_READERS,
				space.concat(author, moderated, [
					consultation,
					{ type: 'text', name: 'title', required: true, max: LIMITS.titleMax },
					{ type: 'text', name: 'body', max: LIMITS.bodyMax }
				]),
				['CREATE INDEX idx_proposals_consultation ON proposals (consultation)']
			)
		);
		app.save(
			base(
				'comments',
				SPACE_READERS,
				space.concat(author, moderated, [
					{
						type: 'select',
						name: 'parent_kind',
						required: true,
						values: ['discussion', 'consultation', 'proposal'],
						maxSelect: 1
					},
					{ type: 'text', name: 'parent', required: true, max: 15 },
					{ type: 'text', name: 'body', max: LIMITS.bodyMax },
					{ type: 'json', name: 'mentions', maxSize: 2000 }
				]),
				['CREATE INDEX idx_comments_parent ON comments (parent)']
			)
		);
		app.save(
			base(
				'votes',
				OWN,
				[
					user('user', true),
					consultation,
					{
						type: 'relation',
						name: 'commune',
						collectionId: communes.id,
						maxSelect: 1,
						cascadeDelete: false
					},
					{ type: 'json', name: 'choices', maxSize: 2000 },
					// The device's clock when the élu voted, and the server's when the vote arrived.
					{ type: 'date', name: 'cast_at', required: true },
					{ type: 'date', name: 'received', required: true },
					{ type: 'bool', name: 'late' }
				],
				[
					'CREATE UNIQUE INDEX idx_votes_voter ON votes (consultation, user)',
					'CREATE INDEX idx_votes_user_seq ON votes (user, seq)'
				]
			)
		);
		app.save(
			base(
				'reports',
				OWN,
				[
					user('user', true),
					{
						type: 'select',
						name: 'target_kind',
						required: true,
						values: ['discussion', 'comment', 'proposal'],
						maxSelect: 1
					},
					{ type: 'text', name: 'target', required: true, max: 15 },
					{
						type: 'select',
						name: 'reason',
						required: true,
						values: ['spam', 'offensive', 'off_topic'],
						maxSelect: 1
					}
				],
				[
					'CREATE UNIQUE INDEX idx_reports_once ON reports (target, user)',
					'CREATE INDEX idx_reports_user_seq ON reports (user, seq)'
				]
			)
		);
		app.save(
			base(
				'notifications',
				OWN,
				[
					user('user', true),
					{
						type: 'select',
						name: 'kind',
						required: true,
						values: ['reply', 'mention', 'question', 'hidden', 'unhidden'],
						maxSelect: 1
					},
					{ type: 'text', name: 'discussion', max: 15 },
					{ type: 'text', name: 'comment', max: 15 },
					{ type: 'text', name: 'text', max: 500 },
					posted,
					{ type: 'text', name: 'read_at', max: 30 }
				],
				['CREATE INDEX idx_notifications_user_seq ON notifications (user, seq)']
			)
		);
	},
	(app) => {
		for (const name of [
			'notifications',
			'reports',
			'votes',
			'comments',
			'proposals',
			'consultations',
			'discussions'
		]) {
			app.delete(app.findCollectionByNameOrId(name));
		}
	}
);
