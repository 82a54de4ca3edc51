import { defineMessages } from '../define';

export const sync = defineMessages(
	{
		title: 'Synchronisation',
		intro:
			'Tout ce que vous saisissez est d’abord enregistré sur cet appareil, puis envoyé au serveur dès que le réseau le permet. Rien n’est perdu si la connexion coupe.',
		indicator: {
			label: 'État de la synchronisation',
			offline: 'Hors ligne',
			upToDate: 'À jour',
			syncing: 'Synchronisation…',
			pending:
				'{count, plural, one {# modification en attente} other {# modifications en attente}}',
			error: 'Erreur de synchronisation',
			rejected: '{count, plural, one {# modification refusée} other {# modifications refusées}}',
			reauth: 'Reconnectez-vous pour synchroniser',
			waiting: 'Compte en attente de validation'
		},
		item: {
			device: 'Sur cet appareil',
			sending: 'Envoi en cours',
			confirmed: 'Confirmé par le serveur',
			rejected: 'Refusé'
		},
		now: 'Synchroniser maintenant',
		lastSuccess: 'Dernière synchronisation réussie : {date}',
		never: 'Aucune synchronisation réussie sur cet appareil pour l’instant.',
		reauthExplain:
			'Votre session a expiré. Vos modifications restent sur cet appareil ; reconnectez-vous pour les envoyer.',
		reauthLink: 'Se reconnecter',
		errorExplain:
			'Le serveur n’a pas pu être joint. Vos modifications restent sur cet appareil et partiront automatiquement plus tard.',
		pending: {
			title: 'En attente d’envoi',
			none: 'Aucune modification en attente.'
		},
		rejected: {
			title: 'Modifications refusées par le serveur',
			none: 'Aucune modification refusée.',
			explain:
				'Ces modifications sont gardées sur cet appareil. Vous pouvez les exporter dans un fichier pour les confier à une personne habilitée, ou réessayer après correction de vos droits.',
			reason: 'Motif : {reason}',
			noReason: 'Le serveur n’a pas donné de motif.',
			retry: 'Réessayer',
			retryAll: 'Tout réessayer',
			export: 'Exporter'
		},
		cycles: {
			title: 'Détails techniques : échanges récents avec le serveur',
			none: 'Aucun échange pour l’instant.',
			when: 'Quand',
			requests: 'Messages',
			sent: 'Données envoyées',
			received: 'Données reçues',
			result: 'Résultat',
			ok: 'Réussi',
			failed: 'Échec'
		},
		bundle: {
			title: 'Échanger sans réseau',
			explain:
				'Sans connexion, enregistrez vos données dans un fichier .collabactons et transmettez-le par câble USB, Bluetooth ou courriel. L’appareil qui l’importe fusionne les modifications sans rien écraser ; importer deux fois le même fichier ne change rien.',
			export: 'Exporter toutes mes données',
			exported: 'Fichier {name} prêt.',
			chooseFile: 'Choisir un fichier .collabactons',
			noFile: 'Aucun fichier choisi',
			preview: 'Contenu du fichier',
			from: 'Exporté par {name} le {date}',
			docs: '{count, plural, =0 {Aucun document} one {# document} other {# documents}}',
			newDoc: 'nouveau sur cet appareil',
			knownDoc: 'déjà présent, sera fusionné',
			untitled: 'Sans titre',
			merge: 'Fusionner sur cet appareil',
			cancel: 'Annuler',
			photos:
				'{count, plural, =0 {Aucune photo du journal} one {# photo du journal} other {# photos du journal}}',
			photosMerged:
				'{added, plural, =0 {Aucune photo ajoutée} one {# photo ajoutée} other {# photos ajoutées}}{refused, plural, =0 {} one {, # photo écartée (pas une image valide)} other {, # photos écartées (pas des images valides)}}.',
			merged:
				'Fusion terminée : {docs, plural, =0 {aucun document modifié} one {# document modifié} other {# documents modifiés}}, {records, plural, =0 {aucune fiche modifiée} one {# fiche modifiée} other {# fiches modifiées}}. Les nouveautés partiront vers le serveur à la prochaine synchronisation.',
			errors: {
				unreadable:
					'Ce fichier n’est pas un fichier .collabactons (il n’est pas compressé comme attendu). Vérifiez que vous avez choisi le bon fichier.',
				notBundle:
					'Ce fichier ne vient pas de Collabor’actons. Choisissez un fichier qui se termine par .collabactons.',
				newerVersion:
					'Ce fichier a été créé par une version plus récente de l’application. Mettez l’application à jour, puis importez-le de nouveau.',
				damaged:
					'Ce fichier est incomplet ou abîmé (transfert interrompu ?). Demandez à la personne de l’exporter de nouveau.',
				unexpected: 'L’import a échoué. Vos données n’ont pas été modifiées. Réessayez.'
			}
		},
		signedOut: 'Connectez-vous pour synchroniser vos données.'
	},
	{
		title: 'Sync',
		intro:
			'Everything you enter is first saved on this device, then sent to the server as soon as the network allows. Nothing is lost if the connection drops.',
		indicator: {
			label: 'Sync status',
			offline: 'Offline',
			upToDate: 'Up to date',
			syncing: 'Syncing…',
			pending: '{count, plural, one {# change waiting} other {# changes waiting}}',
			error: 'Sync error',
			rejected: '{count, plural, one {# change refused} other {# changes refused}}',
			reauth: 'Sign in again to sync',
			waiting: 'Account waiting for validation'
		},
		item: {
			device: 'On this device',
			sending: 'Sending',
			confirmed: 'Confirmed by the server',
			rejected: 'Refused'
		},
		now: 'Sync now',
		lastSuccess: 'Last successful sync: {date}',
		never: 'No successful sync on this device yet.',
		reauthExplain:
			'Your session has expired. Your changes stay on this device; sign in again to send them.',
		reauthLink: 'Sign in again',
		errorExplain:
			'The server could not be reached. Your changes stay on this device and will be sent automatically later.',
		pending: {
			title: 'Waiting to be sent',
			none: 'No change waiting.'
		},
		rejected: {
			title: 'Changes refused by the server',
			none: 'No refused change.',
			explain:
				'These changes are kept on this device. You can export them to a file for an authorised person, or retry once your rights are fixed.',
			reason: 'Reason: {reason}',
			noReason: 'The server gave no reason.',
			retry: 'Retry',
			retryAll: 'Retry all',
			export: 'Export'
		},
		cycles: {
			title: 'Recent exchanges',
			none: 'No exchange yet.',
			when: 'When',
			requests: 'Requests',
			sent: 'Sent',
			received: 'Received',
			result: 'Result',
			ok: 'Succeeded',
			failed: 'Failed'
		},
		bundle: {
			title: 'Exchange without a network',
			explain:
				'Without a connection, save your data to a .collabactons file and pass it on by USB cable, Bluetooth or e-mail. The device that imports it merges the changes without overwriting anything; importing the same file twice changes nothing.',
			export: 'Export all my data',
			exported: 'File {name} ready.',
			chooseFile: 'Choose a .collabactons file',
			noFile: 'No file chosen',
			preview: 'File contents',
			from: 'Exported by {name} on {date}',
			docs: '{count, plural, =0 {No document} one {# document} other {# documents}}',
			newDoc: 'new on this device',
			knownDoc: 'already here, will be merged',
			untitled: 'Untitled',
			merge: 'Merge on this device',
			cancel: 'Cancel',
			photos: '{count, plural, =0 {No log photo} one {# log photo} other {# log photos}}',
			photosMerged:
				'{added, plural, =0 {No photo added} one {# photo added} other {# photos added}}{refused, plural, =0 {} one {, # photo left out (not a valid image)} other {, # photos left out (not valid images)}}.',
			merged:
				'Merge done: {docs, plural, =0 {no document changed} one {# document changed} other {# documents changed}}, {records, plural, =0 {no record changed} one {# record changed} other {# records changed}}. New changes will go to the server at the next sync.',
			errors: {
				unreadable:
					'This is not a .collabactons file (it is not compressed as expected). Check that you chose the right file.',
				notBundle:
					'This file does not come from Collabor’actons. Choose a file ending in .collabactons.',
				newerVersion:
					'This file was made by a newer version of the app. Update the app, then import it again.',
				damaged:
					'This file is incomplete or damaged (interrupted transfer?). Ask the person to export it again.',
				unexpected: 'The import failed. Your data was not changed. Try again.'
			}
		},
		signedOut: 'Sign in to sync your data.'
	}
);
