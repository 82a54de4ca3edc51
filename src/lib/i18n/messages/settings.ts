import { defineMessages } from '../define';

export const settings = defineMessages(
	{
		title: 'Paramètres',
		account: {
			title: 'Mon compte',
			role: 'Rôle',
			communes: 'Commune(s)',
			territory: 'Territoire couvert',
			none: 'Aucune'
		},
		display: {
			title: 'Affichage',
			textSize: 'Taille du texte',
			sizes: { small: 'Normale', medium: 'Grande', large: 'Très grande' }
		},
		storage: {
			title: 'Stockage sur cet appareil',
			explain:
				'Protéger le stockage empêche le navigateur d’effacer vos données hors ligne quand l’appareil manque de place.',
			used: '{used} utilisés sur {quota} disponibles',
			unknown: 'Ce navigateur n’indique pas la place utilisée.',
			persisted: 'Stockage protégé : le navigateur ne l’effacera pas de lui-même.',
			notPersisted: 'Stockage non protégé : le navigateur pourrait l’effacer s’il manque de place.',
			denied:
				'Le navigateur a refusé pour l’instant. Installer l’application augmente souvent les chances d’accord.',
			unsupported: 'Ce navigateur ne permet pas de protéger le stockage.',
			request: 'Protéger mes données'
		},
		app: {
			title: 'Application',
			install: 'Installer l’application sur cet appareil',
			installExplain:
				'Elle s’ouvrira alors comme une application, sans barre d’adresse, et pourra se synchroniser en arrière-plan.',
			installed: 'L’application est installée sur cet appareil.',
			offlineReady: 'Prête à fonctionner sans réseau.',
			version: 'Version {version}'
		},
		privacy: {
			title: 'Vos données personnelles',
			explain:
				'Vous pouvez télécharger tout ce que le serveur garde sur vous, ou demander que vos données soient effacées.',
			notice: 'Lire ce que l’application garde, et pourquoi',
			download: 'Télécharger mes données',
			downloading: 'Préparation du fichier…',
			exportFailed:
				'Le téléchargement n’a pas abouti. Il faut du réseau : réessayez quand l’appareil est connecté.',
			askDeletion: 'Demander l’effacement',
			confirmDeletion:
				'Demander l’effacement de vos données ? Votre compte sera fermé une fois la demande traitée.',
			sending: 'Envoi de la demande…',
			deletionFailed:
				'La demande n’a pas pu être envoyée. Il faut du réseau : réessayez quand l’appareil est connecté.',
			requested:
				'Votre demande est enregistrée le {date}. L’équipe nationale la traite dans un délai d’un mois.',
			willDelete: 'Sera effacé :',
			kinds: {
				account: 'votre compte (nom, adresse électronique, commune, fonction)',
				progress: 'votre progression dans la formation ({count} étape(s))',
				project_authorship: 'votre nom sur {count} projet(s) de la commune (les projets restent)',
				photo_uploader: 'votre nom sur {count} photo(s) du journal (les photos restent)'
			},
			kept: 'Gardé comme preuve :',
			keptCharter: 'la charte signée le {signed} (reçu {receipt}), jusqu’au {until}',
			nothingKept: 'rien : vous n’avez signé aucune charte.'
		},
		background: {
			title: 'Synchronisation quand l’application est fermée',
			open: 'Quand l’application est ouverte, elle se synchronise toute seule : à l’ouverture, au retour du réseau, quand vous revenez dessus, et toutes les 5 minutes.',
			here: 'Sur cet appareil :',
			periodic:
				'l’application est installée : le navigateur la synchronise aussi quand elle est fermée, au plus deux fois par jour environ, quand l’appareil a du réseau. C’est le navigateur qui choisit le moment.',
			periodicIfInstalled:
				'ce navigateur peut synchroniser l’application fermée, mais seulement si vous l’installez (bouton « Installer l’application »). Sinon, elle se synchronise quand vous l’ouvrez.',
			none: 'ce navigateur ne synchronise jamais l’application quand elle est fermée. Elle se synchronise dès que vous l’ouvrez ou que vous revenez dessus : ouvrez-la quelques secondes avec du réseau avant une réunion.',
			byBrowser: 'Selon le navigateur :',
			chrome:
				'Chrome ou Edge, application installée : environ deux fois par jour au plus, application fermée.',
			chromeTab: 'Chrome ou Edge, sans installation : seulement quand l’application est ouverte.',
			safari:
				'Safari sur iPad ou iPhone, et Firefox : jamais en arrière-plan ; à l’ouverture et au retour sur l’application.'
		},
		about: {
			title: 'À propos',
			body: 'Collabor’actons accompagne le programme national de formation des élus locaux à l’intelligence collective et à l’économie symbiotique.',
			communes:
				'Liste des communes : découpage administratif Etalab / INSEE (COG 2026), Licence Ouverte 2.0.',
			communesLink: 'Chercher une commune'
		}
	},
	{
		title: 'Settings',
		account: {
			title: 'My account',
			role: 'Role',
			communes: 'Commune(s)',
			territory: 'Territory covered',
			none: 'None'
		},
		display: {
			title: 'Display',
			textSize: 'Text size',
			sizes: { small: 'Normal', medium: 'Large', large: 'Extra large' }
		},
		storage: {
			title: 'Storage on this device',
			explain:
				'Protecting storage stops the browser from erasing your offline data when the device runs out of space.',
			used: '{used} used of {quota} available',
			unknown: 'This browser does not report storage use.',
			persisted: 'Storage protected: the browser will not erase it on its own.',
			notPersisted: 'Storage not protected: the browser might erase it when space runs out.',
			denied: 'The browser declined for now. Installing the app often helps.',
			unsupported: 'This browser cannot protect storage.',
			request: 'Protect my data'
		},
		app: {
			title: 'Application',
			install: 'Install the app on this device',
			installExplain:
				'It will then open like an app, without an address bar, and can sync in the background.',
			installed: 'The app is installed on this device.',
			offlineReady: 'Ready to work offline.',
			version: 'Version {version}'
		},
		privacy: {
			title: 'Your personal data',
			explain:
				'You can download everything the server keeps about you, or ask for your data to be deleted.',
			notice: 'Read what the app keeps, and why',
			download: 'Download my data',
			downloading: 'Preparing the file…',
			exportFailed:
				'The download failed. A network is needed: try again once the device is online.',
			askDeletion: 'Ask for deletion',
			confirmDeletion:
				'Ask for your data to be deleted? Your account will be closed once the request is handled.',
			sending: 'Sending the request…',
			deletionFailed:
				'The request could not be sent. A network is needed: try again once the device is online.',
			requested:
				'Your request was recorded on {date}. The national team handles it within one month.',
			willDelete: 'Will be deleted:',
			kinds: {
				account: 'your account (name, e-mail address, commune, office)',
				progress: 'your training progress ({count} step(s))',
				project_authorship: 'your name on {count} project(s) of the commune (the projects stay)',
				photo_uploader: 'your name on {count} log photo(s) (the photos stay)'
			},
			kept: 'Kept as proof:',
			keptCharter: 'the charter signed on {signed} (receipt {receipt}), until {until}',
			nothingKept: 'nothing: you signed no charter.'
		},
		background: {
			title: 'Syncing while the app is closed',
			open: 'While the app is open, it syncs by itself: when opened, when the network returns, when you come back to it, and every 5 minutes.',
			here: 'On this device:',
			periodic:
				'the app is installed: the browser also syncs it while closed, at most about twice a day, when the device has a network. The browser picks the time.',
			periodicIfInstalled:
				'this browser can sync the closed app, but only if you install it (“Install the app” button). Otherwise it syncs when you open it.',
			none: 'this browser never syncs the app while it is closed. It syncs as soon as you open it or come back to it: open it for a few seconds with a network before a meeting.',
			byBrowser: 'By browser:',
			chrome: 'Chrome or Edge, app installed: about twice a day at most, app closed.',
			chromeTab: 'Chrome or Edge, not installed: only while the app is open.',
			safari:
				'Safari on iPad or iPhone, and Firefox: never in the background; when opened and when you come back to the app.'
		},
		about: {
			title: 'About',
			body: 'Collabor’actons supports the national programme training local elected officials in collective intelligence and the symbiotic economy.',
			communes:
				'Communes list: Etalab / INSEE administrative boundaries (COG 2026), Licence Ouverte 2.0.',
			communesLink: 'Find a commune'
		}
	}
);
