// The account lifecycle (issue 13): an account's status (pending until a validation, active,
// refused, inactive once the mandate ends), the commune it asked for (never its `communes`: only
// a validation or an invitation sets those), a personal sign-in identifier for élus who share the
// mairie's address, sign-in by e-mail code (OTP), short-lived reset and verification links, the
// French e-mails, and three collections: `invitations` (one-time links sent by coordinators and
// the national team), `account_events` (who changed whose account, when and why) and `devices`
// (the devices each account syncs from, revocable one by one). Every rule that writes is null:
// only the routes of pb_hooks/accounts.pb.js write them.
const AUTHOR_OR_NATIONAL = "user = @request.auth.id || @request.auth.role = 'national'";

/** Users edit their name and language only; the rest is set by a validation or the programme. */
const USERS_UPDATE_RULE =
	'id = @request.auth.id && @request.body.role:isset = false && ' +
	'@request.body.communes:isset = false && @request.body.territory_kind:isset = false && ' +
	'@request.body.territory_code:isset = false && @request.body.verified:isset = false && ' +
	'@request.body.mandate:isset = false && @request.body.status:isset = false && ' +
	'@request.body.requested_commune:isset = false && @request.body.status_reason:isset = false && ' +
	'@request.body.identifier:isset = false && @request.body.volets:isset = false && ' +
	'@request.body.notice_email:isset = false && ' +
	'@request.body.facilitator_application:isset = false';

const PREVIOUS_UPDATE_RULE =
	'id = @request.auth.id && @request.body.role:isset = false && ' +
	'@request.body.communes:isset = false && @request.body.territory_kind:isset = false && ' +
	'@request.body.territory_code:isset = false && @request.body.verified:isset = false';

/** A short French e-mail: what happened, what to do next, and a plain link (no button image). */
function template(subject, lines) {
	return {
		subject: subject,
		body:
			'<p>Bonjour {RECORD:name},</p>\n' +
			lines.map((line) => '<p>' + line + '</p>').join('\n') +
			"\n<p>— L’équipe Collabor'actons</p>"
	};
}

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const communes = app.findCollectionByNameOrId('communes');
		users.fields.add(
			new SelectField({
				name: 'status',
				values: ['pending', 'active', 'refused', 'inactive'],
				maxSelect: 1
			})
		);
		users.fields.add(
			new RelationField({ name: 'requested_commune', collectionId: communes.id, maxSelect: 1 })
		);
		users.fields.add(new TextField({ name: 'status_reason', max: 500 }));
		users.fields.add(new TextField({ name: 'identifier', max: 40, pattern: '^[a-z0-9.-]*$' }));
		// Élus who share the mairie's address sign in with a personal identifier; the shared
		// address only receives notices (their account has no e-mail of its own).
		users.fields.add(new EmailField({ name: 'notice_email' }));
		users.fields.getByName('email').required = false;
		users.fields.add(
			new SelectField({
				name: 'volets',
				values: ['intelligence_collective', 'economie_symbiotique', 'transverse'],
				maxSelect: 3
			})
		);
		users.fields.add(new TextField({ name: 'facilitator_application', max: 2000 }));
		users.indexes.push(
			"CREATE UNIQUE INDEX idx_users_identifier ON users (identifier) WHERE identifier != ''"
		);
		users.updateRule = USERS_UPDATE_RULE;
		users.passwordAuth.identityFields = ['email', 'identifier'];
		users.otp.enabled = true;
		users.otp.duration = 600;
		users.otp.length = 6;
		users.otp.emailTemplate = template('Votre code de connexion : {OTP}', [
			'Votre code pour vous connecter à Collabor’actons : <strong>{OTP}</strong>',
			'Saisissez-le dans l’application. Il reste valable 10 minutes et ne sert qu’une fois.',
			'Vous n’avez rien demandé ? Ignorez ce message : personne ne peut se connecter sans ce code.'
		]);
		users.passwordResetToken.duration = 30 * 60;
		users.resetPasswordTemplate = template('Choisir un nouveau mot de passe', [
			'Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 30 minutes, une seule fois) :',
			'<a href="{APP_URL}/mot-de-passe?token={TOKEN}">{APP_URL}/mot-de-passe?token={TOKEN}</a>',
			'Vous n’avez rien demandé ? Ignorez ce message : votre mot de passe ne change pas.'
		]);
		users.verificationToken.duration = 24 * 3600;
		users.verificationTemplate = template('Confirmez votre adresse e-mail', [
			'Pour confirmer votre adresse et transmettre votre demande de compte, ouvrez ce lien ' +
				'(valable 24 heures) :',
			'<a href="{APP_URL}/verifier-adresse?token={TOKEN}">{APP_URL}/verifier-adresse?token={TOKEN}</a>',
			'Ensuite, le maire de votre commune ou le coordinateur de votre territoire valide la demande.'
		]);
		app.save(users);

		// Every existing account was created by the programme: it is active.
		app
			.db()
			.newQuery("UPDATE users SET status = 'active' WHERE status = '' OR status IS NULL")
			.execute();

		app.save(
			new Collection({
				type: 'base',
				name: 'invitations',
				listRule: "invited_by = @request.auth.id || @request.auth.role = 'national'",
				viewRule: "invited_by = @request.auth.id || @request.auth.role = 'national'",
				createRule: null,
				updateRule: null,
				deleteRule: null,
				fields: [
					{
						type: 'relation',
						name: 'user',
						collectionId: users.id,
						maxSelect: 1,
						cascadeDelete: true
					},
					{ type: 'relation', name: 'invited_by', collectionId: users.id, maxSelect: 1 },
					{ type: 'email', name: 'email', required: true },
					// SHA-256 of the secret of the link: the link itself is only in the e-mail.
					{ type: 'text', name: 'token_hash', required: true, max: 64, hidden: true },
					{ type: 'date', name: 'expires', required: true },
					{ type: 'date', name: 'used' },
					{ type: 'autodate', name: 'created', onCreate: true },
					{ type: 'autodate', name: 'updated', onCreate: true, onUpdate: true }
				],
				indexes: [
					'CREATE UNIQUE INDEX idx_invitations_token ON invitations (token_hash)',
					'CREATE INDEX idx_invitations_user ON invitations (user)'
				]
			})
		);

		app.save(
			new Collection({
				type: 'base',
				name: 'account_events',
				listRule:
					"actor = @request.auth.id || user = @request.auth.id || @request.auth.role = 'national'",
				viewRule:
					"actor = @request.auth.id || user = @request.auth.id || @request.auth.role = 'national'",
				createRule: null,
				updateRule: null,
				deleteRule: null,
				fields: [
					// Not cascading: the trace of a change outlives the account it was about.
					{ type: 'relation', name: 'user', collectionId: users.id, maxSelect: 1 },
					{ type: 'relation', name: 'actor', collectionId: users.id, maxSelect: 1 },
					{
						type: 'select',
						name: 'action',
						required: true,
						maxSelect: 1,
						values: [
							'registered',
							'invited',
							'validated',
							'refused',
							'role_changed',
							'deactivated',
							'reactivated',
							'facilitator_applied',
							'qualified',
							'device_revoked',
							'devices_signed_out'
						]
					},
					{ type: 'text', name: 'reason', max: 500 },
					{ type: 'json', name: 'before', maxSize: 5000 },
					{ type: 'json', name: 'after', maxSize: 5000 },
					{ type: 'autodate', name: 'created', onCreate: true }
				],
				indexes: [
					'CREATE INDEX idx_account_events_user ON account_events (user)',
					'CREATE INDEX idx_account_events_actor ON account_events (actor)'
				]
			})
		);

		app.save(
			new Collection({
				type: 'base',
				name: 'devices',
				listRule: AUTHOR_OR_NATIONAL,
				viewRule: AUTHOR_OR_NATIONAL,
				createRule: null,
				updateRule: null,
				deleteRule: null,
				fields: [
					{
						type: 'relation',
						name: 'user',
						collectionId: users.id,
						maxSelect: 1,
						required: true,
						cascadeDelete: true
					},
					// The internal id of sync (SHA-256 of user/device, 40 hex), never the device's own id.
					{ type: 'text', name: 'key', required: true, max: 40, hidden: true },
					{ type: 'text', name: 'name', max: 120 },
					{ type: 'date', name: 'last_sync' },
					{ type: 'date', name: 'revoked' },
					{ type: 'autodate', name: 'created', onCreate: true }
				],
				indexes: ['CREATE UNIQUE INDEX idx_devices_user_key ON devices (user, key)']
			})
		);

		const settings = app.settings();
		const rules = settings.rateLimits.rules;
		rules.push(
			{ label: '*:requestOTP', maxRequests: 20, duration: 60, audience: '' },
			{ label: '*:requestPasswordReset', maxRequests: 20, duration: 60, audience: '' },
			{ label: '/api/collab/accounts/register', maxRequests: 20, duration: 60, audience: '' },
			{ label: '/api/collab/accounts/invitation', maxRequests: 60, duration: 60, audience: '' }
		);
		settings.rateLimits.rules = rules;
		app.save(settings);
	},
	(app) => {
		for (const name of ['devices', 'account_events', 'invitations']) {
			app.delete(app.findCollectionByNameOrId(name));
		}
		const users = app.findCollectionByNameOrId('users');
		users.indexes = users.indexes.filter((index) => index.indexOf('idx_users_identifier') < 0);
		for (const name of [
			'status',
			'requested_commune',
			'status_reason',
			'identifier',
			'volets',
			'facilitator_application',
			'notice_email'
		]) {
			users.fields.removeByName(name);
		}
		users.passwordAuth.identityFields = ['email'];
		users.fields.getByName('email').required = true;
		users.otp.enabled = false;
		users.updateRule = PREVIOUS_UPDATE_RULE;
		app.save(users);
	}
);
