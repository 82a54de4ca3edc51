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
		readiness: {
			title: 'Préparation pour travailler sans réseau',
			progress: '{done} sur 3 enregistrés sur cet appareil',
			app: 'L’application',
			appDone: 'enregistrée sur cet appareil',
			training: 'Les textes de la formation',
			trainingDone:
				'enregistrés ({modules, plural, one {# module} other {# modules}}, {activities, plural, one {# activité} other {# activités}})',
			projects: 'Les projets de votre commune',
			data: 'Vos données',
			dataDone: 'enregistrés sur cet appareil',
			step: {
				saving: 'téléchargement en cours…',
				offline: 'en attente du réseau',
				failed: 'le téléchargement a échoué ; il reprendra tout seul',
				unavailable:
					'ce navigateur ne peut pas garder l’application hors ligne : utilisez Chrome, Edge, Firefox ou Safari à jour'
			},
			hint: 'Gardez l’application ouverte, avec du réseau, jusqu’à ce que tout soit enregistré.',
			ready: 'Prête à fonctionner sans réseau',
			readyBody:
				'L’application, les textes de la formation et vos projets sont sur cet appareil : vous pouvez travailler sans connexion.'
		},
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
			national: 'France entière',
			fabrique: 'fabrique de transitions'
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
		readiness: {
			title: 'Getting ready to work offline',
			progress: '{done} of 3 saved on this device',
			app: 'The app',
			appDone: 'saved on this device',
			training: 'The training texts',
			trainingDone:
				'saved ({modules, plural, one {# module} other {# modules}}, {activities, plural, one {# activity} other {# activities}})',
			projects: 'Your commune’s projects',
			data: 'Your data',
			dataDone: 'saved on this device',
			step: {
				saving: 'downloading…',
				offline: 'waiting for the network',
				failed: 'the download failed; it will resume by itself',
				unavailable:
					'this browser cannot keep the app offline: use an up-to-date Chrome, Edge, Firefox or Safari'
			},
			hint: 'Keep the app open, online, until everything is saved.',
			ready: 'Ready to work offline',
			readyBody:
				'The app, the training texts and your projects are on this device: you can work without a connection.'
		},
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
			national: 'all of France',
			fabrique: 'transition hub (fabrique)'
		}
	}
);
