// Texts of the session transfer: showing a half-day's attendance as a sequence of QR codes on
// one tablet and reading it with the camera of the other, with the file as the other way.
import { defineMessages } from '$lib/i18n/define';

export const sessionTransfer = defineMessages(
	{
		show: {
			title: 'Envoyer par QR codes',
			intro:
				'Sur l’autre tablette, touchez « Recevoir par QR codes » et tenez sa caméra devant cet écran. Les codes défilent en boucle : gardez la caméra immobile jusqu’à 100 %.',
			frame: 'Code {index} · il en faut au moins {total}',
			alt: 'QR code {index} de la série',
			slower: 'Ralentir',
			faster: 'Accélérer',
			close: 'Fermer',
			tooLarge:
				'Ces données sont trop volumineuses pour des QR codes. Utilisez le fichier .collabactons.',
			empty: 'Il n’y a rien à envoyer.',
			failed:
				'Les données de cette demi-journée n’ont pas pu être préparées. Utilisez le fichier .collabactons.'
		},
		scan: {
			title: 'Recevoir par QR codes',
			intro:
				'Tenez la caméra de cette tablette devant l’écran de l’autre tablette, à 30 cm environ, jusqu’à 100 %.',
			start: 'Ouvrir la caméra',
			stop: 'Fermer la caméra',
			starting: 'Ouverture de la caméra…',
			progress: '{known} morceaux reçus sur {total}',
			waiting: 'Aucun code lu pour l’instant : visez l’écran de l’autre tablette.',
			video: 'Image de la caméra',
			otherSequence:
				'Un code d’une autre série a été vu et ignoré. Sur l’autre tablette, gardez une seule série à l’écran.',
			done: 'Tout est reçu. La caméra est fermée.',
			merging: 'Ajout des données sur cette tablette…',
			merged:
				'C’est fait : {count, plural, =0 {rien de nouveau, cette tablette avait déjà tout} one {# élément ajouté ou mis à jour} other {# éléments ajoutés ou mis à jour}}.',
			errors: {
				denied:
					'La caméra n’est pas autorisée. Autorisez-la dans les réglages du navigateur, ou utilisez le fichier .collabactons.',
				unavailable:
					'Aucune caméra n’est disponible sur cet appareil. Utilisez le fichier .collabactons.',
				failed:
					'La caméra n’a pas pu s’ouvrir. Fermez les autres applications qui l’utilisent, puis réessayez, ou utilisez le fichier .collabactons.',
				damaged:
					'Les codes lus ne forment pas un ensemble valide. Recommencez la lecture, ou utilisez le fichier .collabactons.',
				merge:
					'Les données reçues n’ont pas pu être ajoutées sur cette tablette. Recommencez, ou utilisez le fichier .collabactons.'
			},
			fallback:
				'Sans caméra : sur l’autre tablette, enregistrez un fichier .collabactons et ouvrez-le ici dans « Synchronisation ».'
		}
	},
	{
		show: {
			title: 'Send as QR codes',
			intro:
				'On the other tablet, tap “Receive by QR codes” and hold its camera in front of this screen. The codes loop: keep the camera still until 100%.',
			frame: 'Code {index} · at least {total} are needed',
			alt: 'QR code {index} of the sequence',
			slower: 'Slower',
			faster: 'Faster',
			close: 'Close',
			tooLarge: 'This data is too large for QR codes. Use the .collabactons file.',
			empty: 'There is nothing to send.',
			failed: 'This half-day’s data could not be prepared. Use the .collabactons file.'
		},
		scan: {
			title: 'Receive by QR codes',
			intro:
				'Hold this tablet’s camera in front of the other tablet’s screen, about 30 cm away, until 100%.',
			start: 'Open the camera',
			stop: 'Close the camera',
			starting: 'Opening the camera…',
			progress: '{known} pieces received out of {total}',
			waiting: 'No code read yet: aim at the other tablet’s screen.',
			video: 'Camera picture',
			otherSequence:
				'A code from another sequence was seen and ignored. On the other tablet, keep a single sequence on screen.',
			done: 'Everything is received. The camera is closed.',
			merging: 'Adding the data to this tablet…',
			merged:
				'Done: {count, plural, =0 {nothing new, this tablet already had everything} one {# item added or updated} other {# items added or updated}}.',
			errors: {
				denied:
					'The camera is not allowed. Allow it in the browser settings, or use the .collabactons file.',
				unavailable: 'No camera is available on this device. Use the .collabactons file.',
				failed:
					'The camera could not open. Close other apps using it, then try again, or use the .collabactons file.',
				damaged:
					'The codes read do not form a valid whole. Read them again, or use the .collabactons file.',
				merge:
					'The data received could not be added to this tablet. Try again, or use the .collabactons file.'
			},
			fallback:
				'Without a camera: on the other tablet, save a .collabactons file and open it here in “Synchronisation”.'
		}
	}
);
