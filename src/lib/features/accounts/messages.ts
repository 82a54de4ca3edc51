// Texts of the accounts feature: asking for an account, confirming the address, the invitation
// link, signing in by a code, a forgotten password, the validators' list, invitations from a
// spreadsheet, roles and the end of a mandate, « Mes appareils ».
import { defineMessages } from '$lib/i18n/define';

export const accounts = defineMessages(
	{
		links: {
			register: 'Demander un compte',
			code: 'Recevoir un code par e-mail',
			forgot: 'Mot de passe oublié ?',
			password: 'Me connecter avec mon mot de passe'
		},
		register: {
			title: 'Demander un compte',
			intro:
				'Vous êtes élu d’une commune ? Demandez votre compte. Le maire de votre commune ou le coordinateur de votre territoire le valide ; en attendant, vous ne voyez pas les données de la commune.',
			name: 'Prénom et nom',
			email: 'Adresse e-mail',
			commune: 'Votre commune',
			communeChosen: 'Commune choisie : {name} ({insee})',
			mandate: 'Votre mandat',
			mandates: {
				maire: 'Maire',
				adjoint: 'Adjoint ou adjointe',
				conseiller: 'Conseiller ou conseillère municipal'
			},
			password: 'Mot de passe (facultatif, 10 caractères au moins)',
			passwordHint:
				'Sans mot de passe, vous vous connecterez avec un code reçu par e-mail à chaque fois.',
			submit: 'Envoyer ma demande',
			sending: 'Envoi…',
			sent: 'Demande envoyée. Ouvrez le message reçu à {email} et cliquez sur le lien pour confirmer votre adresse. Vous recevrez un autre message quand votre compte sera validé.',
			problems: {
				name: 'Indiquez vos prénom et nom.',
				email:
					'Cette adresse e-mail n’est pas valide : vérifiez-la (exemple : prenom.nom@mairie.fr).',
				commune: 'Choisissez votre commune dans la liste.',
				mandate: 'Choisissez votre mandat.',
				password: 'Le mot de passe doit compter de 10 à 72 caractères, ou restez sans mot de passe.'
			},
			offline: 'Pas de réseau : la demande part quand vous êtes connecté à Internet.'
		},
		verify: {
			title: 'Confirmer votre adresse',
			checking: 'Vérification du lien…',
			confirmed:
				'Adresse confirmée, merci. Votre demande est transmise : le maire de votre commune ou le coordinateur de votre territoire va la valider. Vous recevrez un e-mail.',
			expired:
				'Ce lien ne fonctionne plus (déjà utilisé ou trop ancien). Si votre adresse n’est pas encore confirmée, refaites une demande de compte : un nouveau lien vous sera envoyé.',
			offline: 'Pas de réseau : ouvrez de nouveau ce lien une fois connecté à Internet.'
		},
		pending: {
			title: 'Votre compte est en attente de validation',
			text: 'Le maire de votre commune ou le coordinateur de votre territoire doit valider votre demande. Vous recevrez un e-mail ; d’ici là, vous ne voyez pas les données de la commune.'
		},
		invitation: {
			title: 'Choisir mon mot de passe',
			intro: 'Bienvenue {name} : votre compte est prêt pour la commune {commune} ({mandate}).',
			password: 'Nouveau mot de passe (10 caractères au moins)',
			submit: 'Enregistrer et me connecter',
			byCode: 'Je préfère recevoir un code par e-mail à chaque connexion',
			loading: 'Lecture de l’invitation…',
			gone: 'Ce lien d’invitation n’est plus valable.',
			offline: 'Pas de réseau : ouvrez de nouveau ce lien une fois connecté à Internet.',
			done: 'C’est fait : vous êtes connecté.',
			identifier:
				'Votre identifiant personnel : {identifier}. Vous vous connecterez avec lui et ce mot de passe (l’adresse de la mairie est partagée).'
		},
		code: {
			title: 'Me connecter avec un code',
			intro:
				'Indiquez votre adresse e-mail : nous vous envoyons un code à 6 chiffres, valable 10 minutes.',
			email: 'Adresse e-mail',
			send: 'Recevoir un code',
			sentTo:
				'Si un compte existe pour {email}, un code vient d’y être envoyé. Il reste valable 10 minutes.',
			code: 'Code à 6 chiffres',
			submit: 'Me connecter',
			again: 'Recevoir un autre code',
			badEmail: 'Cette adresse e-mail n’est pas valide : vérifiez-la.',
			badCode: 'Le code compte 6 chiffres : recopiez-le depuis le message reçu.',
			wrongCode: 'Ce code n’est pas le bon, ou il a expiré. Vérifiez-le, ou demandez-en un autre.'
		},
		password: {
			title: 'Mot de passe oublié',
			intro:
				'Indiquez votre adresse e-mail : nous vous envoyons un lien pour choisir un nouveau mot de passe (valable 30 minutes).',
			send: 'Recevoir le lien',
			sent: 'Si un compte existe pour cette adresse, un lien vient d’y être envoyé. Ouvrez-le dans les 30 minutes.',
			chooseTitle: 'Choisir un nouveau mot de passe',
			new: 'Nouveau mot de passe (10 caractères au moins)',
			save: 'Enregistrer le mot de passe',
			done: 'Mot de passe enregistré. Vous pouvez vous connecter.',
			tooShort: 'Choisissez un mot de passe de 10 à 72 caractères.',
			linkExpired:
				'Ce lien ne fonctionne plus (déjà utilisé ou plus de 30 minutes). Demandez-en un nouveau.'
		},
		requests: {
			title: 'Demandes de compte à valider',
			none: 'Aucune demande en attente.',
			notValidator:
				'Les demandes de compte sont validées par le maire de la commune, le coordinateur du territoire ou l’équipe nationale.',
			asked: '{email} · {mandate} · demande du {date}',
			official: 'Données officielles de la commune',
			population: '{count} habitants',
			epci: 'Intercommunalité : {name}',
			validate: 'Valider',
			refuse: 'Refuser',
			reason: 'Raison du refus (envoyée à la personne)',
			reasonNeeded: 'Indiquez la raison du refus (5 caractères au moins).',
			validated: 'Compte validé : la personne est prévenue par e-mail.',
			refused: 'Demande refusée : la personne reçoit la raison par e-mail.',
			offline: 'Pas de réseau : la liste des demandes vient du serveur.'
		},
		invite: {
			title: 'Inviter des élus',
			intro:
				'Un tableau enregistré au format CSV, avec les colonnes Nom (ou Prénom et Nom), E-mail, Commune (code INSEE ou nom) et Mandat. Chaque élu reçoit un lien pour choisir son mot de passe ; inviter de nouveau une adresse envoie un nouveau lien, jamais un second compte. Des élus partagent l’adresse de la mairie ? Ajoutez une colonne Identifiant : chacun se connectera avec le sien.',
			file: 'Choisir le fichier CSV',
			ready:
				'{count, plural, one {# invitation prête} other {# invitations prêtes}} dans « {file} ».',
			send: 'Envoyer les invitations',
			sending: 'Envoi : {sent} sur {total}…',
			invited:
				'{count, plural, =0 {Aucune invitation envoyée} one {# invitation envoyée} other {# invitations envoyées}}.',
			refusedTitle: 'Lignes refusées',
			line: 'Ligne {line} : {reason}',
			bad_email: 'adresse e-mail invalide : « {email} »',
			duplicate_email: 'adresse déjà présente ligne {first} : {email}',
			duplicate_identifier: 'identifiant déjà présent ligne {first} : {identifier}',
			bad_mandate: 'mandat inconnu : « {mandate} » (maire, adjoint ou conseiller)',
			one: 'Inviter un élu',
			name: 'Prénom et nom',
			email: 'Adresse e-mail',
			commune: 'Commune (code INSEE ou nom)',
			mandate: 'Mandat',
			sendOne: 'Envoyer l’invitation'
		},
		people: {
			title: 'Comptes, rôles et territoires',
			search: 'Chercher un compte (nom ou adresse)',
			go: 'Chercher',
			none: 'Aucun compte trouvé.',
			role: 'Rôle',
			roles: {
				elu: 'Élu',
				facilitateur: 'Facilitateur',
				coordinateur: 'Coordinateur',
				national: 'Équipe nationale'
			},
			statuses: {
				pending: 'en attente',
				active: 'actif',
				refused: 'refusé',
				inactive: 'désactivé'
			},
			territoryKind: 'Territoire',
			kinds: {
				none: 'Aucun',
				epci: 'EPCI',
				departement: 'Département',
				region: 'Région',
				national: 'National',
				fabrique: 'Fabrique de transitions'
			},
			territoryCode: 'Code du territoire (identifiant pour une fabrique)',
			reason: 'Pourquoi ce changement ? (gardé avec votre nom et la date)',
			saveRole: 'Changer le rôle',
			deactivate: 'Fin de mandat : désactiver',
			reactivate: 'Réactiver',
			saved: 'Changement enregistré.',
			applied: 'candidat pour animer'
		},
		devices: {
			title: 'Mes appareils',
			intro:
				'Les appareils qui se synchronisent avec votre compte. Une tablette perdue ou prêtée ? Retirez-la : à son prochain contact avec le serveur, elle efface vos données.',
			warning:
				'Attention : ce que cet appareil n’a pas encore envoyé est perdu. Ces données sont peut-être entre les mains de quelqu’un d’autre : elles ne lui sont pas proposées.',
			current: 'l’appareil que vous utilisez',
			lastSync: 'Dernière synchronisation : {date}',
			revoked: 'Retiré le {date}',
			revoke: 'Retirer cet appareil',
			confirm: 'Retirer « {name} » ? Ses modifications non envoyées seront perdues.',
			all: 'Déconnecter tous les appareils',
			allHint:
				'Chaque appareil, celui-ci compris, devra se reconnecter ; leurs données restent sur l’appareil.',
			allDone:
				'Tous vos appareils sont déconnectés. Reconnectez-vous ici pour continuer à synchroniser.',
			offline: 'Pas de réseau : la liste de vos appareils vient du serveur.',
			error: 'La liste n’a pas pu être chargée. Réessayez dans quelques minutes.',
			erased:
				'Cet appareil a été retiré de votre compte : vos données de Collabor’actons y ont été effacées. Reconnectez-vous si c’est bien votre appareil.'
		},
		facilitator: {
			title: 'Devenir facilitateur',
			intro:
				'Vous souhaitez animer les modules du programme ? Dites-nous pourquoi : un coordinateur vous répondra.',
			motivation: 'Votre expérience et vos motivations',
			send: 'Envoyer ma candidature',
			sent: 'Candidature envoyée.'
		},
		claims: {
			title: 'Relier ma participation à mon compte',
			intro:
				'Vous avez signé la feuille d’une session avant d’avoir un compte. Reliez cette participation à votre compte : votre attestation et vos signatures compteront comme les vôtres.',
			code: 'Code du reçu (sur votre attestation)',
			send: 'Relier ma participation',
			pending:
				'Demande envoyée. L’animateur de la session ou le maire de votre commune doit la confirmer.',
			confirmed: 'C’est fait : cette participation est reliée à votre compte.',
			afterValidation:
				'Demandez d’abord votre compte ci-dessous. Une fois votre compte validé, rouvrez ce lien (ou scannez à nouveau le QR code) pour relier votre participation.',
			notActive:
				'Votre compte attend encore sa validation. Rouvrez ce lien une fois votre compte validé.',
			listTitle: 'Participations à confirmer',
			listIntro:
				'Ces personnes ont signé une session avant d’avoir un compte et ont donné le code de leur reçu. Vérifiez qu’il s’agit bien d’elles avant de confirmer.',
			listEmpty: 'Aucune participation à confirmer.',
			account: 'Compte : {name} ({email})',
			participation: 'A signé comme {name} ({commune}) · {session}',
			confirm: 'Confirmer',
			done: 'Confirmé.',
			qrTitle: 'Créer son compte',
			qrIntro:
				'Cette personne n’a pas de compte. Elle scanne ce code (ou recopie le lien) pour demander son compte puis relier sa participation, avec le code du reçu de son attestation.',
			qrNone: 'Scellez d’abord une demi-journée : le lien utilise le code du reçu.'
		},
		common: {
			offline: 'Pas de réseau : réessayez une fois connecté.',
			server: 'Le serveur ne répond pas correctement. Réessayez dans quelques minutes.'
		}
	},
	{
		links: {
			register: 'Ask for an account',
			code: 'Get a code by email',
			forgot: 'Forgot your password?',
			password: 'Sign in with my password'
		},
		register: {
			title: 'Ask for an account',
			intro:
				'Are you an elected official of a commune? Ask for your account. The mayor of your commune or your territory’s coordinator validates it; until then you do not see the commune’s data.',
			name: 'First and last name',
			email: 'Email address',
			commune: 'Your commune',
			communeChosen: 'Chosen commune: {name} ({insee})',
			mandate: 'Your office',
			mandates: { maire: 'Mayor', adjoint: 'Deputy mayor', conseiller: 'Municipal councillor' },
			password: 'Password (optional, at least 10 characters)',
			passwordHint: 'Without a password, you will sign in with a code sent by email each time.',
			submit: 'Send my request',
			sending: 'Sending…',
			sent: 'Request sent. Open the message sent to {email} and click the link to confirm your address. Another message will tell you when your account is validated.',
			problems: {
				name: 'Enter your first and last name.',
				email: 'This email address is not valid: check it (example: first.last@mairie.fr).',
				commune: 'Choose your commune in the list.',
				mandate: 'Choose your office.',
				password: 'The password must have 10 to 72 characters, or leave it empty.'
			},
			offline: 'No network: the request leaves when you are online.'
		},
		verify: {
			title: 'Confirm your address',
			checking: 'Checking the link…',
			confirmed:
				'Address confirmed, thank you. Your request is passed on: the mayor of your commune or your territory’s coordinator will validate it. You will get an email.',
			expired:
				'This link no longer works (already used or too old). If your address is not confirmed yet, ask for an account again: a new link will be sent.',
			offline: 'No network: open this link again once online.'
		},
		pending: {
			title: 'Your account is waiting for validation',
			text: 'The mayor of your commune or your territory’s coordinator must validate your request. You will get an email; until then you do not see the commune’s data.'
		},
		invitation: {
			title: 'Choose my password',
			intro: 'Welcome {name}: your account is ready for the commune {commune} ({mandate}).',
			password: 'New password (at least 10 characters)',
			submit: 'Save and sign in',
			byCode: 'I prefer to get a code by email each time I sign in',
			loading: 'Reading the invitation…',
			gone: 'This invitation link is no longer valid.',
			offline: 'No network: open this link again once online.',
			done: 'Done: you are signed in.',
			identifier:
				'Your personal identifier: {identifier}. You will sign in with it and this password (the mairie’s address is shared).'
		},
		code: {
			title: 'Sign in with a code',
			intro: 'Enter your email address: we send you a 6-digit code, valid for 10 minutes.',
			email: 'Email address',
			send: 'Get a code',
			sentTo:
				'If an account exists for {email}, a code has just been sent there. It is valid for 10 minutes.',
			code: '6-digit code',
			submit: 'Sign in',
			again: 'Get another code',
			badEmail: 'This email address is not valid: check it.',
			badCode: 'The code has 6 digits: copy it from the message.',
			wrongCode: 'This code is wrong or has expired. Check it, or ask for another one.'
		},
		password: {
			title: 'Forgot your password',
			intro:
				'Enter your email address: we send you a link to choose a new password (valid for 30 minutes).',
			send: 'Get the link',
			sent: 'If an account exists for this address, a link has just been sent there. Open it within 30 minutes.',
			chooseTitle: 'Choose a new password',
			new: 'New password (at least 10 characters)',
			save: 'Save the password',
			done: 'Password saved. You can sign in.',
			tooShort: 'Choose a password of 10 to 72 characters.',
			linkExpired:
				'This link no longer works (already used or older than 30 minutes). Ask for a new one.'
		},
		requests: {
			title: 'Account requests to validate',
			none: 'No pending request.',
			notValidator:
				'Account requests are validated by the commune’s mayor, the territory’s coordinator or the national team.',
			asked: '{email} · {mandate} · asked on {date}',
			official: 'Official data of the commune',
			population: '{count} inhabitants',
			epci: 'Intercommunality: {name}',
			validate: 'Validate',
			refuse: 'Refuse',
			reason: 'Reason for refusing (sent to the person)',
			reasonNeeded: 'Give the reason for refusing (at least 5 characters).',
			validated: 'Account validated: the person is told by email.',
			refused: 'Request refused: the person gets the reason by email.',
			offline: 'No network: the list of requests comes from the server.'
		},
		invite: {
			title: 'Invite elected officials',
			intro:
				'A table saved as CSV with the columns Name (or First name and Name), Email, Commune (INSEE code or name) and Office. Each official gets a link to choose a password; inviting an address again sends a new link, never a second account. Officials sharing the mairie’s address? Add an Identifier column: each will sign in with their own.',
			file: 'Choose the CSV file',
			ready: '{count, plural, one {# invitation ready} other {# invitations ready}} in “{file}”.',
			send: 'Send the invitations',
			sending: 'Sending: {sent} of {total}…',
			invited:
				'{count, plural, =0 {No invitation sent} one {# invitation sent} other {# invitations sent}}.',
			refusedTitle: 'Refused lines',
			line: 'Line {line}: {reason}',
			bad_email: 'invalid email address: “{email}”',
			duplicate_email: 'address already on line {first}: {email}',
			duplicate_identifier: 'identifier already on line {first}: {identifier}',
			bad_mandate: 'unknown office: “{mandate}” (maire, adjoint or conseiller)',
			one: 'Invite one official',
			name: 'First and last name',
			email: 'Email address',
			commune: 'Commune (INSEE code or name)',
			mandate: 'Office',
			sendOne: 'Send the invitation'
		},
		people: {
			title: 'Accounts, roles and territories',
			search: 'Find an account (name or address)',
			go: 'Search',
			none: 'No account found.',
			role: 'Role',
			roles: {
				elu: 'Elected official',
				facilitateur: 'Facilitator',
				coordinateur: 'Coordinator',
				national: 'National team'
			},
			statuses: {
				pending: 'pending',
				active: 'active',
				refused: 'refused',
				inactive: 'deactivated'
			},
			territoryKind: 'Territory',
			kinds: {
				none: 'None',
				epci: 'EPCI',
				departement: 'Département',
				region: 'Région',
				national: 'National',
				fabrique: 'Transition hub (fabrique)'
			},
			territoryCode: 'Territory code (its id for a fabrique)',
			reason: 'Why this change? (kept with your name and the date)',
			saveRole: 'Change the role',
			deactivate: 'End of office: deactivate',
			reactivate: 'Reactivate',
			saved: 'Change saved.',
			applied: 'applied to facilitate'
		},
		devices: {
			title: 'My devices',
			intro:
				'The devices that sync with your account. A tablet lost or lent? Remove it: on its next contact with the server, it erases your data.',
			warning:
				'Warning: what this device has not sent yet is lost. That data may be in someone else’s hands: it is not offered to them.',
			current: 'the device you are using',
			lastSync: 'Last sync: {date}',
			revoked: 'Removed on {date}',
			revoke: 'Remove this device',
			confirm: 'Remove “{name}”? Its unsent changes will be lost.',
			all: 'Sign out every device',
			allHint:
				'Every device, this one included, must sign in again; their data stays on the device.',
			allDone: 'All your devices are signed out. Sign in again here to keep syncing.',
			offline: 'No network: the list of your devices comes from the server.',
			error: 'The list could not be loaded. Try again in a few minutes.',
			erased:
				'This device was removed from your account: your Collabor’actons data on it has been erased. Sign in again if it really is your device.'
		},
		facilitator: {
			title: 'Become a facilitator',
			intro:
				'Would you like to run the programme’s modules? Tell us why: a coordinator will answer.',
			motivation: 'Your experience and motivation',
			send: 'Send my application',
			sent: 'Application sent.'
		},
		claims: {
			title: 'Link my attendance to my account',
			intro:
				'You signed a session’s sheet before you had an account. Link that attendance to your account: your certificate and signatures will count as yours.',
			code: 'Receipt code (on your certificate)',
			send: 'Link my attendance',
			pending: 'Request sent. The session’s facilitator or your commune’s mayor must confirm it.',
			confirmed: 'Done: this attendance is linked to your account.',
			afterValidation:
				'First ask for your account below. Once it is validated, open this link again (or scan the QR code again) to link your attendance.',
			notActive: 'Your account is still waiting for validation. Open this link again once it is.',
			listTitle: 'Attendances to confirm',
			listIntro:
				'These people signed a session before they had an account and gave their receipt code. Check it really is them before confirming.',
			listEmpty: 'Nothing to confirm.',
			account: 'Account: {name} ({email})',
			participation: 'Signed as {name} ({commune}) · {session}',
			confirm: 'Confirm',
			done: 'Confirmed.',
			qrTitle: 'Create an account',
			qrIntro:
				'This person has no account. They scan this code (or copy the link) to ask for an account, then link their attendance with the receipt code on their certificate.',
			qrNone: 'Seal a half-day first: the link uses its receipt code.'
		},
		common: {
			offline: 'No network: try again once online.',
			server: 'The server is not answering properly. Try again in a few minutes.'
		}
	}
);
