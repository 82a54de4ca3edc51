import { defineMessages } from '../define';

/** The app frame (update banner, install, offline) and the home page. */
export const shell = defineMessages(
	{
		update: {
			available: 'Une nouvelle version de l’application est prête.',
			action: 'Mettre à jour',
			later: 'Plus tard',
			typing:
				'Terminez votre saisie : la mise à jour n’interrompra rien tant que vous ne la demandez pas.'
		},
		offline:
			'Hors ligne : vos saisies sont enregistrées sur cet appareil et partiront dès le retour du réseau.',
		home: {
			welcome: 'Bonjour {name}',
			signedOutTitle: 'Bienvenue dans Collabor’actons',
			signedOutBody:
				'Le programme forme les élus des communes de France à l’intelligence collective et à l’économie symbiotique, pour que chaque commune lance un projet local concret avec ses habitants, ses entreprises et l’État.',
			figures: '{elus} élus à former, {communes} communes, un projet concret par commune.',
			signIn: 'Se connecter',
			yourCommune: 'Votre commune : {commune}',
			yourTerritory: 'Territoire suivi : {kind} {code}',
			next: 'Pour commencer',
			links: {
				formation: 'Lire les modules de formation',
				projet: 'Suivre le projet de votre commune',
				synchronisation: 'Voir l’état de la synchronisation',
				communes: 'Chercher une commune de France',
				parametres: 'Protéger vos données sur cet appareil'
			}
		},
		territoryKinds: {
			epci: 'intercommunalité',
			departement: 'département',
			region: 'région',
			national: 'France entière'
		}
	},
	{
		update: {
			available: 'A new version of the app is ready.',
			action: 'Update',
			later: 'Later',
			typing: 'Finish typing: the update interrupts nothing until you ask for it.'
		},
		offline:
			'Offline: what you type is saved on this device and will be sent when the network is back.',
		home: {
			welcome: 'Hello {name}',
			signedOutTitle: 'Welcome to Collabor’actons',
			signedOutBody:
				'The programme trains the elected officials of France’s communes in collective intelligence and the symbiotic economy, so that each commune launches one concrete local project with its residents, businesses and the State.',
			figures: '{elus} officials to train, {communes} communes, one concrete project per commune.',
			signIn: 'Sign in',
			yourCommune: 'Your commune: {commune}',
			yourTerritory: 'Territory followed: {kind} {code}',
			next: 'To get started',
			links: {
				formation: 'Read the training modules',
				projet: 'Follow your commune’s project',
				synchronisation: 'See the sync status',
				communes: 'Find a French commune',
				parametres: 'Protect your data on this device'
			}
		},
		territoryKinds: {
			epci: 'intercommunality',
			departement: 'département',
			region: 'region',
			national: 'all of France'
		}
	}
);
