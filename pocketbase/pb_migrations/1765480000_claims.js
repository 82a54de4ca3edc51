// Claims (pocketbase/README.md, "Claims"; DESIGN.md § 6 "Claiming is a link, not an edit"): a
// person who signed in a session without an account later links their participant row to their
// validated account. `claims` holds each request (participant → user, the receipt code given,
// pending until the session's facilitator or the commune's mayor confirms it); `claim_attempts`
// counts wrong codes so guessing stays impractical. Both written only by lib/claims.js routes.
// The attendance read rule also follows the participant's account (participant.user), so a
// confirmed claim opens the person's rows without touching a sealed attendance row.
const FACILITATOR_OF_SESSION =
	'session.owner = @request.auth.id || session.co_facilitators.id ?= @request.auth.id';
const COORDINATOR_OF_COMMUNE =
	"@request.auth.role = 'coordinateur' && (@request.auth.territory_kind = 'national' || " +
	"(@request.auth.territory_code != '' && (" +
	"(@request.auth.territory_kind = 'departement' && commune.departement = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'region' && commune.region = @request.auth.territory_code) || " +
	"(@request.auth.territory_kind = 'epci' && commune.epci = @request.auth.territory_code))))";
const SESSION_PEOPLE =
	FACILITATOR_OF_SESSION +
	' || (' +
	COORDINATOR_OF_COMMUNE.replace(/commune\./g, 'session.commune.') +
	") || @request.auth.role = 'national'";
// Copy of API_RULES.attendanceReaders of lib/sync/scope.js (a migration is history).
const ATTENDANCE_READERS =
	'subject_user = @request.auth.id || participant.user = @request.auth.id || ' + SESSION_PEOPLE;
const PREVIOUS_ATTENDANCE_READERS = 'subject_user = @request.auth.id || ' + SESSION_PEOPLE;
const CLAIM_READERS = 'user = @request.auth.id || ' + FACILITATOR_OF_SESSION;

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const participants = app.findCollectionByNameOrId('participants');
		const sessions = app.findCollectionByNameOrId('training_sessions');
		const relation = (name, collectionId, required) => ({
			type: 'relation',
			name,
			collectionId,
			maxSelect: 1,
			required,
			cascadeDelete: true
		});
		const claims = new Collection({
			type: 'base',
			name: 'claims',
			listRule: CLAIM_READERS,
			viewRule: CLAIM_READERS,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				relation('participant', participants.id, true),
				relation('session', sessions.id, true),
				relation('user', users.id, true),
				{ type: 'text', name: 'receipt', max: 14, required: true },
				{ type: 'select', name: 'status', values: ['pending', 'confirmed'], maxSelect: 1 },
				{ ...relation('confirmed_by', users.id, false), cascadeDelete: false },
				{ type: 'text', name: 'confirmed_at', max: 40 },
				{ type: 'autodate', name: 'created', onCreate: true },
				{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_claims_participant_user ON claims (participant, user)',
				'CREATE INDEX idx_claims_session ON claims (session)'
			]
		});
		app.save(claims);
		const attempts = new Collection({
			type: 'base',
			name: 'claim_attempts',
			listRule: null,
			viewRule: null,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ type: 'text', name: 'user', max: 15, required: true },
				{ type: 'text', name: 'participant', max: 15 },
				{ type: 'autodate', name: 'created', onCreate: true }
			],
			indexes: [
				'CREATE INDEX idx_claim_attempts_user ON claim_attempts (user, created)',
				'CREATE INDEX idx_claim_attempts_participant ON claim_attempts (participant, created)'
			]
		});
		app.save(attempts);
		const attendances = app.findCollectionByNameOrId('attendances');
		attendances.listRule = ATTENDANCE_READERS;
		attendances.viewRule = ATTENDANCE_READERS;
		app.save(attendances);
	},
	(app) => {
		const attendances = app.findCollectionByNameOrId('attendances');
		attendances.listRule = PREVIOUS_ATTENDANCE_READERS;
		attendances.viewRule = PREVIOUS_ATTENDANCE_READERS;
		app.save(attendances);
		for (const name of ['claim_attempts', 'claims']) {
			app.delete(app.findCollectionByNameOrId(name));
		}
	}
);
