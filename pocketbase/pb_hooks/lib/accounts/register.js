// Self-registration (POST /api/collab/accounts/register, no sign-in): anyone asks for an account
// for a commune. The account is created *pending*: role `elu`, no `communes` (so it reads
// nothing of any commune), the commune it asked for in `requested_commune`, and PocketBase sends
// the verification e-mail. Only a validation (requests.js) links it to its commune. The answer
// is the same whether or not the address already has an account, so the form never tells a
// stranger who is registered.
/** @type {typeof import('./records.js')} */
var records = require(`${__hooks}/lib/accounts/records.js`);

var ACCEPTED =
	'Demande enregistrée. Ouvrez le lien du message que nous venons d’envoyer à cette adresse ' +
	'pour la confirmer ; ensuite, le maire de la commune ou le coordinateur du territoire la valide.';

/**
 * @param {core.RequestEvent} e
 */
function register(e) {
	var input = records.body(e);
	if (!input) return e.json(400, { message: 'La demande doit être un objet JSON.' });
	var name = records.cleanName(input.name);
	if (!name)
		return e.json(400, { message: 'Indiquez vos prénom et nom (120 caractères au plus).' });
	var email = records.cleanEmail(input.email);
	if (!email) {
		return e.json(400, {
			message:
				'Cette adresse e-mail n’est pas valide : vérifiez-la (exemple : prenom.nom@mairie.fr).'
		});
	}
	if (!records.isMandate(input.mandate)) {
		return e.json(400, { message: 'Choisissez votre mandat : maire, adjoint ou conseiller.' });
	}
	var commune = records.communeByInsee(
		e.app,
		typeof input.commune === 'string' ? input.commune : ''
	);
	if (!commune) {
		return e.json(400, {
			message: 'Cette commune est inconnue : choisissez-la dans la liste des communes.'
		});
	}
	var password = typeof input.password === 'string' ? input.password : '';
	if (password && (password.length < 10 || password.length > 72)) {
		return e.json(400, {
			message:
				'Le mot de passe doit compter de 10 à 72 caractères (ou laissez-le vide pour ' +
				'vous connecter par un code reçu par e-mail).'
		});
	}
	var existing = records.userByEmail(e.app, email);
	if (existing) {
		// A pending request whose address is not confirmed yet gets its link again; anything else
		// gets the same answer and no change.
		if (existing.getString('status') === 'pending' && !existing.verified()) {
			$mails.sendRecordVerification(e.app, existing);
		}
		return e.json(202, { message: ACCEPTED });
	}
	var user = new Record(e.app.findCollectionByNameOrId('users'));
	user.setEmail(email);
	user.set('name', name);
	user.set('role', 'elu');
	user.set('status', 'pending');
	user.set('mandate', input.mandate);
	user.set('requested_commune', commune.id);
	user.set('communes', []);
	user.setPassword(password || records.randomPassword());
	user.setVerified(false);
	e.app.save(user);
	records.audit(e.app, {
		user: user.id,
		actor: user.id,
		action: 'registered',
		after: { commune: commune.getString('insee'), mandate: input.mandate }
	});
	$mails.sendRecordVerification(e.app, user);
	return e.json(202, { message: ACCEPTED });
}

module.exports = { register: register };
