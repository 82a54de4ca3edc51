// Training sessions (pocketbase/README.md, "Training sessions"; DESIGN.md § 6): a planned session
// and its half-days, its participants (a person with or without an account), one attendance row
// per participant × half-day (or an amendment), and the seals that countersign a half-day. All
// written only by the sync route (pb_hooks/lib/sync/collections/), so every create, update and
// delete rule is null. Read rules from API_RULES of lib/sync/scope.js: names and signatures only
// for the session's facilitators, the coordinator of its territory, the national team and the
// person themselves.
// Copies of API_RULES of lib/sync/scope.js (sessionReaders, participantReaders,
// attendanceReaders, sealReaders): a migration is history and runs without the hooks folder
// (`superuser upsert`); tests/server/sessions-visibility.spec.ts checks the rules it sets
// against scope.js.
const COORDINATOR_OF_COMMUNE =
	"@request.auth.role = 'coordinateur' && (@request.auth.territory_kind = 'national' || " +
	"(@request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && commune.departement = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'region' && commune.region = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'epci' && commune.epci = @request.auth.territory_code))))";
const FACILITATOR_OF_SESSION =
	'session.owner = @request.auth.id || session.co_facilitators.id ?= @request.auth.id';
const SESSION_OVERSIGHT =
	'(' +
	COORDINATOR_OF_COMMUNE.replace(/commune\./g, 'session.commune.') +
	") || @request.auth.role = 'national'";
const SESSION_PEOPLE = FACILITATOR_OF_SESSION + ' || ' + SESSION_OVERSIGHT;
const RULES = {
	sessionReaders:
		'owner = @request.auth.id || co_facilitators.id ?= @request.auth.id || (' +
		COORDINATOR_OF_COMMUNE +
		") || @request.auth.role = 'national' || " +
		"(@request.auth.role = 'elu' && @request.auth.communes.departement ?= commune.departement)",
	participantReaders: 'user = @request.auth.id || ' + SESSION_PEOPLE,
	attendanceReaders: 'subject_user = @request.auth.id || ' + SESSION_PEOPLE,
	sealReaders:
		SESSION_PEOPLE +
		' || (@collection.participants.session ?= session && @collection.participants.user ?= @request.auth.id)'
};

/** Fields every synced record collection has. */
function syncFields() {
	return [
		{ type: 'number', name: 'seq', min: 0, onlyInt: true },
		{ type: 'number', name: 'rev', min: 0, onlyInt: true },
		{ type: 'text', name: 'device', max: 40, hidden: true },
		{ type: 'autodate', name: 'created', onCreate: true },
		{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
	];
}

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
			cascadeDelete: false
		});

		const sessions = new Collection({
			type: 'base',
			name: 'training_sessions',
			listRule: RULES.sessionReaders,
			viewRule: RULES.sessionReaders,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				user('owner', true),
				user('updated_by', false),
				{
					type: 'relation',
					name: 'co_facilitators',
					collectionId: users.id,
					maxSelect: 2,
					cascadeDelete: false
				},
				{
					type: 'relation',
					name: 'commune',
					required: true,
					collectionId: communes.id,
					maxSelect: 1,
					cascadeDelete: false
				},
				{ type: 'text', name: 'title', required: true, max: 200 },
				{
					type: 'select',
					name: 'volet',
					required: true,
					maxSelect: 1,
					values: ['intelligence_collective', 'economie_symbiotique', 'transverse']
				},
				{ type: 'json', name: 'modules', maxSize: 2000 },
				{ type: 'json', name: 'slots', maxSize: 20000 },
				{ type: 'text', name: 'first_date', max: 10 },
				{ type: 'text', name: 'commune_insee', max: 5 },
				{ type: 'text', name: 'commune_name', max: 200 },
				{ type: 'text', name: 'room', max: 200 },
				{
					type: 'select',
					name: 'modality',
					required: true,
					maxSelect: 1,
					values: ['presentiel', 'distance', 'mixte']
				},
				{ type: 'number', name: 'capacity', min: 1, max: 60, onlyInt: true },
				{ type: 'select', name: 'status', maxSelect: 1, values: ['prevue', 'annulee'] },
				{ type: 'text', name: 'notes', max: 2000 },
				...syncFields()
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_training_sessions_seq ON training_sessions (seq)',
				'CREATE INDEX idx_training_sessions_owner ON training_sessions (owner)',
				'CREATE INDEX idx_training_sessions_commune ON training_sessions (commune)'
			]
		});
		app.save(sessions);

		const session = {
			type: 'relation',
			name: 'session',
			required: true,
			collectionId: sessions.id,
			maxSelect: 1,
			cascadeDelete: false
		};
		const participants = new Collection({
			type: 'base',
			name: 'participants',
			listRule: RULES.participantReaders,
			viewRule: RULES.participantReaders,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				session,
				user('user', false),
				user('author', true),
				{ type: 'text', name: 'name', required: true, max: 120 },
				{
					type: 'select',
					name: 'mandate',
					required: true,
					maxSelect: 1,
					values: ['maire', 'adjoint', 'conseiller', 'autre']
				},
				{ type: 'text', name: 'commune_insee', max: 5 },
				{ type: 'text', name: 'commune_name', max: 200 },
				{ type: 'text', name: 'email', max: 200 },
				{
					type: 'select',
					name: 'funding',
					required: true,
					maxSelect: 1,
					values: ['gratuit', 'commune', 'dif']
				},
				{
					type: 'select',
					name: 'enrolment',
					required: true,
					maxSelect: 1,
					values: ['demande', 'inscrit', 'attente', 'refuse']
				},
				{ type: 'bool', name: 'walk_in' },
				{ type: 'date', name: 'added_at' },
				...syncFields()
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_participants_seq ON participants (seq)',
				'CREATE INDEX idx_participants_session ON participants (session)',
				'CREATE INDEX idx_participants_user ON participants (user)'
			]
		});
		app.save(participants);

		const attendances = new Collection({
			type: 'base',
			name: 'attendances',
			listRule: RULES.attendanceReaders,
			viewRule: RULES.attendanceReaders,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				session,
				{ type: 'text', name: 'slot', required: true, max: 13 },
				{
					type: 'relation',
					name: 'participant',
					required: true,
					collectionId: participants.id,
					maxSelect: 1,
					cascadeDelete: false
				},
				user('subject_user', false),
				user('author', true),
				{
					type: 'select',
					name: 'status',
					required: true,
					maxSelect: 1,
					values: ['present', 'absent']
				},
				{
					type: 'select',
					name: 'mode',
					required: true,
					maxSelect: 1,
					values: ['sur_place', 'a_distance']
				},
				{ type: 'text', name: 'signature', max: 65536 },
				{ type: 'text', name: 'signed_at', max: 24 },
				{ type: 'text', name: 'arrived_at', max: 5 },
				{ type: 'text', name: 'left_at', max: 5 },
				{ type: 'text', name: 'amends', max: 15 },
				{ type: 'text', name: 'note', max: 500 },
				{ type: 'text', name: 'hash', required: true, max: 64 },
				...syncFields()
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_attendances_seq ON attendances (seq)',
				'CREATE INDEX idx_attendances_session ON attendances (session, slot)',
				'CREATE INDEX idx_attendances_subject ON attendances (subject_user)'
			]
		});
		app.save(attendances);

		const seals = new Collection({
			type: 'base',
			name: 'attendance_seals',
			listRule: RULES.sealReaders,
			viewRule: RULES.sealReaders,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				session,
				{ type: 'text', name: 'slot', required: true, max: 13 },
				user('author', true),
				{ type: 'json', name: 'covers', maxSize: 100000 },
				{ type: 'text', name: 'countersigner_name', required: true, max: 120 },
				{ type: 'text', name: 'countersignature', required: true, max: 65536 },
				{ type: 'text', name: 'sealed_at', max: 24 },
				{ type: 'text', name: 'addendum_of', max: 15 },
				{ type: 'text', name: 'hash', required: true, max: 64 },
				{ type: 'text', name: 'receipt', max: 14 },
				...syncFields()
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_attendance_seals_seq ON attendance_seals (seq)',
				'CREATE INDEX idx_attendance_seals_session ON attendance_seals (session, slot)',
				'CREATE UNIQUE INDEX idx_attendance_seals_hash ON attendance_seals (hash)'
			]
		});
		app.save(seals);
	},
	(app) => {
		for (const name of ['attendance_seals', 'attendances', 'participants', 'training_sessions']) {
			app.delete(app.findCollectionByNameOrId(name));
		}
	}
);
