import { defineMessages } from '$lib/i18n/define';

/** The engagement charter: reading, signing, the receipt, checking a receipt, the PDF. */
export const charters = defineMessages(
	{
		title: 'Contrat d’engagement',
		intro:
			'Lisez le contrat, puis signez-le sur cette tablette, même sans connexion. Le reçu remis à la signature permet à quiconque de le vérifier.',
		version: 'Version {version} du {date}',
		frenchSigned: 'Le texte signé est le texte français ci-dessus.',
		notElu: 'Seuls les élus signent le contrat d’engagement. Vous pouvez vérifier un reçu.',
		allSigned: 'Vous avez signé la version en vigueur du contrat pour chacune de vos communes.',
		noCommune:
			'Votre compte n’est rattaché à aucune commune : demandez à votre coordinateur de l’ajouter.',
		verifyLink: 'Vérifier un contrat',
		form: {
			title: 'Signer le contrat',
			signerName: 'Votre nom',
			signerNameHint: 'Tel qu’il doit figurer sur le contrat. Il accompagne votre signature.',
			mandate: 'Votre mandat',
			commune: 'Votre commune',
			date: 'Date',
			signature: 'Votre signature',
			signatureHint: 'Signez avec le doigt dans le cadre, comme sur un document papier.',
			signatureLabel: 'Cadre de signature de {name}',
			clear: 'Effacer',
			countersign: 'Ajouter la contre-signature du facilitateur',
			countersignerName: 'Nom du facilitateur',
			countersignature: 'Signature du facilitateur',
			consent:
				'J’ai lu le contrat et je m’engage à le respecter. Mon nom, mon mandat, ma commune, la date et ma signature seront enregistrés.',
			consentRequired: 'Cochez la case pour confirmer votre engagement.',
			submit: 'Signer',
			saving: 'Signature en cours…',
			failed: 'Le contrat n’a pas pu être enregistré sur cet appareil : réessayez.',
			errorsSummary: 'Le contrat n’est pas signé : corrigez les champs signalés.'
		},
		mandates: {
			maire: 'Maire',
			adjoint: 'Adjoint ou adjointe',
			conseiller: 'Conseiller ou conseillère municipale'
		},
		receipt: {
			title: 'Contrat signé',
			code: 'Code du reçu',
			hash: 'Empreinte (SHA-256)',
			technical: 'Détails techniques',
			project: 'Projet engagé :',
			projectLater: 'projet à choisir',
			projectUnknown: 'un projet qui n’est pas sur cet appareil',
			saved: 'Enregistré sur cet appareil',
			device: 'En attente d’envoi au serveur',
			confirmed: 'Reçu par le serveur',
			receivedAt: 'Reçu par le serveur le {date}',
			rejected: 'Refusée par le serveur : {reason}',
			readOnly:
				'Un contrat signé ne change plus. Une nouvelle version du texte demandera une nouvelle signature.',
			signedBy: '{name}, {mandate}, {commune}',
			signedOn: 'Signé le {date}',
			countersignedBy: 'Contresigné par {name}',
			signatureOf: 'Signature de {name}',
			pdf: 'Télécharger le PDF',
			pdfBusy: 'Préparation du PDF…',
			pdfFailed: 'Le PDF n’a pas pu être créé : réessayez.'
		},
		list: {
			title: 'Vos contrats signés',
			empty: 'Aucun contrat signé sur cet appareil pour le moment.'
		},
		verify: {
			title: 'Vérifier un contrat',
			intro:
				'Saisissez le code du reçu (12 caractères, par exemple ABCD-EFGH-JKMN). Majuscules, minuscules, espaces ou tirets : peu importe.',
			code: 'Code du reçu',
			submit: 'Vérifier',
			checking: 'Vérification…',
			malformed:
				'Ce code n’a pas la forme d’un reçu : il compte 12 lettres ou chiffres, sans U. Vérifiez-le.',
			unknown:
				'Aucun contrat ne correspond à ce code, ni sur cet appareil ni sur le serveur. Vérifiez le code.',
			unknownLocal:
				'Aucun contrat de cet appareil ne correspond à ce code. Sans connexion, le serveur n’a pas pu être consulté : réessayez avec du réseau.',
			server: 'Le serveur n’a pas pu répondre. Réessayez plus tard.',
			localValid: 'Contrat authentique : il est sur cet appareil et son empreinte est intacte.',
			localInvalid:
				'Attention : le contrat de cet appareil ne correspond plus à son empreinte. Il a été modifié.',
			serverValid: 'Contrat authentique, enregistré par le serveur.',
			serverInvalid:
				'Attention : le serveur connaît ce code mais le contenu ne correspond plus à son empreinte.',
			offlineNote: 'Sans connexion : le serveur sera consulté quand le réseau reviendra.',
			signer: 'Signataire',
			commune: 'Commune',
			signedAt: 'Signé le',
			received: 'Reçu par le serveur le',
			version: 'Version du texte',
			countersigned: 'Contresigné par un facilitateur',
			yes: 'Oui',
			no: 'Non'
		},
		pdf: {
			fields: 'Signataire',
			name: 'Nom',
			mandate: 'Mandat',
			commune: 'Commune',
			project: 'Projet engagé',
			signedAt: 'Date de signature',
			received: 'Reçu par le serveur le',
			notReceived: 'Pas encore reçu par le serveur',
			signature: 'Signature',
			countersignature: 'Contre-signature de {name}',
			receipt: 'Code du reçu',
			hash: 'Empreinte SHA-256',
			verifyAt: 'Vérifiable sur {url}/charte/verifier',
			footer: 'Contrat d’engagement Collabor’actons · reçu {receipt} · page {page} sur {pages}'
		},
		errors: {
			versionUnknown: 'Cette version du contrat est inconnue : mettez l’application à jour.',
			textHashInvalid: 'L’empreinte du texte est invalide.',
			signerNameRequired: 'Indiquez le nom du signataire.',
			signerNameTooLong: 'Le nom du signataire doit tenir en 120 caractères au plus.',
			signerNameInvalid: 'Le nom du signataire contient des caractères invisibles.',
			countersignerNameRequired: 'Indiquez le nom du contresignataire.',
			countersignerNameTooLong: 'Le nom du contresignataire doit tenir en 120 caractères au plus.',
			countersignerNameInvalid: 'Le nom du contresignataire contient des caractères invisibles.',
			mandateRequired: 'Choisissez votre mandat : maire, adjoint ou conseiller.',
			communeRequired: 'Choisissez votre commune.',
			communeNameInvalid: 'Le nom de la commune manque ou est invalide.',
			signedAtInvalid:
				'La date de signature est invalide : vérifiez la date et l’heure de l’appareil.',
			signatureRequired: 'Signez dans le cadre prévu.',
			signatureInvalid: 'La signature n’a pas pu être lue : effacez-la et signez de nouveau.',
			signatureTooShort: 'La signature est trop courte : signez comme sur un document papier.',
			countersignatureRequired: 'Le facilitateur doit signer dans son cadre.',
			countersignatureInvalid:
				'La signature du facilitateur n’a pas pu être lue : effacez-la et recommencez.',
			countersignatureTooShort:
				'La signature du facilitateur est trop courte : signez comme sur un document papier.',
			projectInvalid: 'Le projet choisi est introuvable.'
		},
		records: {
			item: 'Contrat d’engagement signé par {signer} ({commune})',
			count:
				'{count, plural, =0 {Aucun contrat signé} one {# contrat signé} other {# contrats signés}}',
			refused: {
				altered:
					'Le contrat {label} n’a pas été importé : cet appareil en garde une version différente sous le même identifiant. Un contrat signé ne change plus ; celui de cet appareil est conservé.',
				damaged:
					'Le contrat {label} n’a pas été importé : son contenu ne correspond plus à son empreinte (fichier modifié ou abîmé). Demandez à la personne de l’exporter de nouveau.'
			}
		}
	},
	{
		title: 'Engagement charter',
		intro:
			'Read the charter, then sign it on this tablet, even offline. The receipt given at signing lets anyone verify it.',
		version: 'Version {version} of {date}',
		frenchSigned: 'The signed text is the French one; this translation is for reading only.',
		notElu: 'Only elected members sign the engagement charter. You can verify a receipt.',
		allSigned: 'You have signed the current charter for each of your communes.',
		noCommune: 'Your account has no commune: ask your coordinator to add it.',
		verifyLink: 'Verify a charter',
		form: {
			title: 'Sign the charter',
			signerName: 'Your name',
			signerNameHint: 'As it should appear on the charter. It goes with your signature.',
			mandate: 'Your mandate',
			commune: 'Your commune',
			date: 'Date',
			signature: 'Your signature',
			signatureHint: 'Sign with your finger inside the frame, as on paper.',
			signatureLabel: 'Signature frame of {name}',
			clear: 'Clear',
			countersign: 'Add the facilitator’s countersignature',
			countersignerName: 'Facilitator’s name',
			countersignature: 'Facilitator’s signature',
			consent:
				'I have read the charter and commit to it. My name, mandate, commune, the date and my signature will be recorded.',
			consentRequired: 'Tick the box to confirm your commitment.',
			submit: 'Sign',
			saving: 'Signing…',
			failed: 'The charter could not be saved on this device: try again.',
			errorsSummary: 'The charter is not signed: correct the fields marked.'
		},
		mandates: {
			maire: 'Mayor',
			adjoint: 'Deputy mayor',
			conseiller: 'Municipal councillor'
		},
		receipt: {
			title: 'Charter signed',
			code: 'Receipt code',
			hash: 'Fingerprint (SHA-256)',
			technical: 'Technical details',
			project: 'Project committed to:',
			projectLater: 'project to be chosen',
			projectUnknown: 'a project not on this device',
			saved: 'Saved on this device',
			device: 'Waiting to be sent to the server',
			confirmed: 'Received by the server',
			receivedAt: 'Received by the server on {date}',
			rejected: 'Refused by the server: {reason}',
			readOnly: 'A signed charter never changes. A new text version will need a new signature.',
			signedBy: '{name}, {mandate}, {commune}',
			signedOn: 'Signed on {date}',
			countersignedBy: 'Countersigned by {name}',
			signatureOf: 'Signature of {name}',
			pdf: 'Download the PDF',
			pdfBusy: 'Preparing the PDF…',
			pdfFailed: 'The PDF could not be created: try again.'
		},
		list: {
			title: 'Your signed charters',
			empty: 'No signed charter on this device yet.'
		},
		verify: {
			title: 'Verify a charter',
			intro:
				'Type the receipt code (12 characters, for example ABCD-EFGH-JKMN). Case, spaces and dashes do not matter.',
			code: 'Receipt code',
			submit: 'Verify',
			checking: 'Checking…',
			malformed:
				'This code does not look like a receipt: it has 12 letters or digits, without U. Check it.',
			unknown: 'No charter matches this code, on this device or on the server. Check the code.',
			unknownLocal:
				'No charter on this device matches this code. Offline, the server could not be asked: try again with a connection.',
			server: 'The server could not answer. Try again later.',
			localValid: 'Authentic charter: it is on this device and its fingerprint is intact.',
			localInvalid:
				'Warning: the charter on this device no longer matches its fingerprint. It was altered.',
			serverValid: 'Authentic charter, recorded by the server.',
			serverInvalid:
				'Warning: the server knows this code but the content no longer matches its fingerprint.',
			offlineNote: 'Offline: the server will be asked once the connection is back.',
			signer: 'Signer',
			commune: 'Commune',
			signedAt: 'Signed on',
			received: 'Received by the server on',
			version: 'Text version',
			countersigned: 'Countersigned by a facilitator',
			yes: 'Yes',
			no: 'No'
		},
		pdf: {
			fields: 'Signer',
			name: 'Name',
			mandate: 'Mandate',
			commune: 'Commune',
			project: 'Project committed to',
			signedAt: 'Signed on',
			received: 'Received by the server on',
			notReceived: 'Not yet received by the server',
			signature: 'Signature',
			countersignature: 'Countersignature of {name}',
			receipt: 'Receipt code',
			hash: 'SHA-256 fingerprint',
			verifyAt: 'Verifiable at {url}/charte/verifier',
			footer: 'Collabor’actons engagement charter · receipt {receipt} · page {page} of {pages}'
		},
		errors: {
			versionUnknown: 'This charter version is unknown: update the app.',
			textHashInvalid: 'The text fingerprint is invalid.',
			signerNameRequired: 'Enter the signer’s name.',
			signerNameTooLong: 'The signer’s name must be 120 characters at most.',
			signerNameInvalid: 'The signer’s name contains invisible characters.',
			countersignerNameRequired: 'Enter the countersigner’s name.',
			countersignerNameTooLong: 'The countersigner’s name must be 120 characters at most.',
			countersignerNameInvalid: 'The countersigner’s name contains invisible characters.',
			mandateRequired: 'Choose your mandate: mayor, deputy or councillor.',
			communeRequired: 'Choose your commune.',
			communeNameInvalid: 'The commune name is missing or invalid.',
			signedAtInvalid: 'The signing date is invalid: check the device’s date and time.',
			signatureRequired: 'Sign inside the frame.',
			signatureInvalid: 'The signature could not be read: clear it and sign again.',
			signatureTooShort: 'The signature is too short: sign as you would on paper.',
			countersignatureRequired: 'The facilitator must sign in their frame.',
			countersignatureInvalid: 'The facilitator’s signature could not be read: clear it and retry.',
			countersignatureTooShort: 'The facilitator’s signature is too short: sign as on paper.',
			projectInvalid: 'The chosen project cannot be found.'
		},
		records: {
			item: 'Charter signed by {signer} ({commune})',
			count:
				'{count, plural, =0 {No signed charter} one {# signed charter} other {# signed charters}}',
			refused: {
				altered:
					'Charter {label} was not imported: this device keeps a different version under the same identifier. A signed charter never changes; the one on this device is kept.',
				damaged:
					'Charter {label} was not imported: its content no longer matches its fingerprint (file changed or damaged). Ask the person to export it again.'
			}
		}
	}
);
