import { defineMessages } from '$lib/i18n/define';

/** Photos of the project log: picking, preparing, sending, the Wi-Fi option. */
export const photos = defineMessages(
	{
		add: 'Ajouter des photos',
		addHint:
			'Six photos au plus. Elles sont réduites sur cette tablette (environ 300 Ko chacune) et envoyées dès que la connexion le permet.',
		preparing: 'Préparation de {count, plural, one {la photo} other {# photos}}…',
		prepared: 'Photo prête : {size} (au lieu de {original})',
		remove: 'Retirer cette photo',
		alt: 'Photo {index} de l’entrée du {date}',
		selectedAlt: 'Photo {index} choisie',
		problem: '« {name} » : {reason}',
		errors: {
			tooLarge:
				'ce fichier pèse {size} Mo, la limite est de 25 Mo. Choisissez une photo plus légère ; rien n’a été ajouté.',
			notImage:
				'ce fichier n’est pas une photo (JPEG, PNG, WebP, GIF). Rien n’a été ajouté au journal.',
			heic: 'le format HEIC ne peut pas être lu ici. Réglez l’appareil photo sur « le plus compatible » (JPEG), puis ajoutez la photo à nouveau.',
			empty: 'ce fichier est vide.',
			unreadable:
				'cette image est abîmée ou dans un format que la tablette ne sait pas lire. Rien n’a été ajouté.',
			tooMany: 'une entrée du journal compte six photos au plus.'
		},
		state: {
			pending: 'Envoi en attente',
			progress: 'Envoi en attente ({percent} % reçus)',
			wifi: 'En attente du Wi-Fi',
			sent: 'Envoyée',
			rejected: 'Refusée : {reason}',
			missing: 'Photo pas encore téléchargée'
		},
		queue: {
			title: 'Photos',
			pending:
				'{count, plural, one {# photo attend} other {# photos attendent}} d’être envoyée(s) ({size}).',
			wifi: 'Envoi réservé au Wi-Fi : les photos partiront à la prochaine connexion Wi-Fi.',
			rejected: '{count, plural, one {# photo refusée} other {# photos refusées}} par le serveur.',
			retry: 'Réessayer l’envoi des photos',
			none: 'Toutes les photos sont envoyées.'
		},
		wifiOnly: {
			label: 'Envoyer les photos seulement en Wi-Fi',
			hint: 'Les textes partent toujours dès qu’une connexion existe ; les photos, plus lourdes, attendent le Wi-Fi.',
			unknown:
				'Ce navigateur n’indique pas le type de connexion : les photos partent dès qu’une connexion est disponible.'
		}
	},
	{
		add: 'Add photos',
		addHint:
			'Six photos at most. They are shrunk on this tablet (about 300 KB each) and sent as soon as the connection allows.',
		preparing: 'Preparing {count, plural, one {the photo} other {# photos}}…',
		prepared: 'Photo ready: {size} (instead of {original})',
		remove: 'Remove this photo',
		alt: 'Photo {index} of the entry of {date}',
		selectedAlt: 'Chosen photo {index}',
		problem: '“{name}”: {reason}',
		errors: {
			tooLarge:
				'this file weighs {size} MB, the limit is 25 MB. Choose a lighter photo; nothing was added.',
			notImage: 'this file is not a photo (JPEG, PNG, WebP, GIF). Nothing was added to the log.',
			heic: 'HEIC photos cannot be read here. Set the camera to “most compatible” (JPEG), then add the photo again.',
			empty: 'this file is empty.',
			unreadable:
				'this image is damaged or in a format this tablet cannot read. Nothing was added.',
			tooMany: 'a log entry holds six photos at most.'
		},
		state: {
			pending: 'Waiting to be sent',
			progress: 'Waiting to be sent ({percent}% received)',
			wifi: 'Waiting for Wi-Fi',
			sent: 'Sent',
			rejected: 'Refused: {reason}',
			missing: 'Photo not downloaded yet'
		},
		queue: {
			title: 'Photos',
			pending:
				'{count, plural, one {# photo is} other {# photos are}} waiting to be sent ({size}).',
			wifi: 'Sending on Wi-Fi only: photos will leave on the next Wi-Fi connection.',
			rejected: '{count, plural, one {# photo} other {# photos}} refused by the server.',
			retry: 'Retry sending the photos',
			none: 'Every photo has been sent.'
		},
		wifiOnly: {
			label: 'Send photos on Wi-Fi only',
			hint: 'Texts always leave as soon as there is a connection; photos, heavier, wait for Wi-Fi.',
			unknown:
				'This browser does not report the connection type: photos leave as soon as a connection is available.'
		}
	}
);
