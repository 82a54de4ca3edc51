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
			offlineReady: 'Prête à fonctionner hors ligne.',
			version: 'Version {version}'
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
		about: {
			title: 'About',
			body: 'Collabor’actons supports the national programme training local elected officials in collective intelligence and the symbiotic economy.',
			communes:
				'Communes list: Etalab / INSEE administrative boundaries (COG 2026), Licence Ouverte 2.0.',
			communesLink: 'Find a commune'
		}
	}
);
