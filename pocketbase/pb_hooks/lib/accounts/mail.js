// The account e-mails the routes send themselves (invitation, validation, refusal), in French,
// each with an HTML and a plain-text part. PocketBase's own e-mails (code, reset, verification)
// use the templates of the migration 1765430000_accounts.js. Never decides whether to send.
/** @type {typeof import('../french.js')} */
var french = require(`${__hooks}/lib/french.js`);

/**
 * @param {string} text
 */
function escapeHtml(text) {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * The app's address, as e-mails write it (settings → Application URL, COLLAB_APP_URL).
 * @param {CoreApp} app
 */
function appUrl(app) {
	return app.settings().meta.appURL.replace(/\/+$/, '');
}

/**
 * Sends one message: paragraphs of plain text, links written out in full.
 * @param {CoreApp} app
 * @param {{ to: string, name: string, subject: string, paragraphs: string[], link?: string }} mail
 */
function send(app, mail) {
	var meta = app.settings().meta;
	var greeting = 'Bonjour' + (mail.name ? ' ' + mail.name : '') + ',';
	var lines = [greeting].concat(mail.paragraphs);
	var text = lines.join('\n\n');
	var html = lines
		.map(function (line) {
			return '<p>' + escapeHtml(line) + '</p>';
		})
		.join('\n');
	if (mail.link) {
		text += '\n\n' + mail.link;
		html += '\n<p><a href="' + escapeHtml(mail.link) + '">' + escapeHtml(mail.link) + '</a></p>';
	}
	text += "\n\n— L’équipe Collabor'actons";
	html += "\n<p>— L’équipe Collabor'actons</p>";
	app.newMailClient().send(
		new MailerMessage({
			from: { address: meta.senderAddress, name: meta.senderName },
			to: [{ address: mail.to, name: mail.name }],
			subject: mail.subject,
			html: html,
			text: text
		})
	);
}

/**
 * @param {CoreApp} app
 * @param {core.Record} user
 * @param {string} communeName
 * @param {string} token the secret of the link
 * @param {number} days how long the link works
 */
function invitation(app, user, communeName, token, days) {
	var identifier = user.getString('identifier');
	send(app, {
		to: user.email() || user.getString('notice_email'),
		name: user.getString('name'),
		subject: 'Votre compte Collabor’actons est prêt',
		paragraphs: [
			'Vous êtes invité à rejoindre Collabor’actons, le programme de formation des élus, ' +
				'pour la commune ' +
				french.ofName(communeName) +
				'.',
			'Ouvrez ce lien pour choisir votre mot de passe (ou recevoir un code par e-mail à ' +
				'chaque connexion). Il fonctionne une seule fois et pendant ' +
				days +
				' jours.'
		].concat(
			identifier
				? [
						'Cette adresse est partagée : ce message est pour ' +
							user.getString('name') +
							', qui se connectera avec l’identifiant personnel « ' +
							identifier +
							' » et le mot de passe choisi.'
					]
				: []
		),
		link: appUrl(app) + '/invitation?jeton=' + encodeURIComponent(token)
	});
}

/**
 * @param {CoreApp} app
 * @param {core.Record} user
 * @param {string} communeName
 */
function validated(app, user, communeName) {
	send(app, {
		to: user.email() || user.getString('notice_email'),
		name: user.getString('name'),
		subject: 'Votre compte Collabor’actons est validé',
		paragraphs: [
			'Votre demande de compte pour la commune ' + french.ofName(communeName) + ' est validée.',
			'Connectez-vous : vous voyez maintenant les projets et les données de votre commune.'
		],
		link: appUrl(app) + '/connexion'
	});
}

/**
 * @param {CoreApp} app
 * @param {core.Record} user
 * @param {string} reason
 */
function refused(app, user, reason) {
	send(app, {
		to: user.email(),
		name: user.getString('name'),
		subject: 'Votre demande de compte Collabor’actons',
		paragraphs: [
			'Votre demande de compte n’a pas été acceptée, pour cette raison : « ' + reason + ' ».',
			'Si c’est une erreur, répondez au coordinateur de votre territoire ou faites une ' +
				'nouvelle demande.'
		]
	});
}

module.exports = { send: send, invitation: invitation, validated: validated, refused: refused };
