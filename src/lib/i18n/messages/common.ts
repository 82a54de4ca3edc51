import { defineMessages } from '../define';

export const common = defineMessages(
	{
		appName: "Collabor'actons",
		tagline: 'Transformer nos territoires, ensemble, à partir du local',
		skipToContent: 'Aller au contenu',
		nav: {
			label: 'Navigation principale',
			home: 'Accueil',
			formation: 'Formation',
			sessions: 'Sessions',
			projet: 'Projet',
			charte: 'Contrat',
			communaute: 'Communauté',
			territoire: 'Territoire',
			synchronisation: 'Synchronisation',
			parametres: 'Paramètres',
			comptes: 'Comptes',
			privacy: 'Vos données personnelles',
			menu: 'Menu',
			close: 'Fermer le menu',
			soon: 'bientôt'
		},
		comingSoon: {
			title: 'À venir',
			body: 'Cet espace arrive dans une prochaine version de l’application, qui s’installera d’elle-même sur cet appareil. Rien n’y est encore enregistré.',
			back: 'Revenir à l’accueil'
		},
		loading: 'Chargement…',
		save: 'Enregistrer',
		cancel: 'Annuler',
		confirm: 'Confirmer',
		retry: 'Réessayer',
		back: 'Retour',
		savedOnDevice: 'Enregistré sur cet appareil',
		noDate: 'Aucune date choisie',
		language: 'Langue',
		languages: { fr: 'Français', en: 'English' },
		error: {
			title: 'Une erreur est survenue',
			unexpected:
				'Quelque chose s’est mal passé. Vos données enregistrées sur cet appareil ne sont pas perdues. Rechargez la page ; si le problème revient, signalez-le à votre coordinateur.',
			notFound: 'Cette page n’existe pas.'
		}
	},
	{
		appName: "Collabor'actons",
		tagline: 'Transforming our territories together, starting locally',
		skipToContent: 'Skip to content',
		nav: {
			label: 'Main navigation',
			home: 'Home',
			formation: 'Training',
			sessions: 'Sessions',
			projet: 'Project',
			charte: 'Charter',
			communaute: 'Community',
			territoire: 'Territory',
			synchronisation: 'Sync',
			parametres: 'Settings',
			comptes: 'Accounts',
			privacy: 'Your personal data',
			menu: 'Menu',
			close: 'Close menu',
			soon: 'soon'
		},
		comingSoon: {
			title: 'Coming soon',
			body: 'This space arrives in a later version of the app, which will install itself on this device. Nothing is stored here yet.',
			back: 'Back to the home page'
		},
		loading: 'Loading…',
		save: 'Save',
		cancel: 'Cancel',
		confirm: 'Confirm',
		retry: 'Retry',
		back: 'Back',
		savedOnDevice: 'Saved on this device',
		noDate: 'No date chosen',
		language: 'Language',
		languages: { fr: 'Français', en: 'English' },
		error: {
			title: 'Something went wrong',
			unexpected:
				'Something went wrong. Your data saved on this device is not lost. Reload the page; if it happens again, tell your coordinator.',
			notFound: 'This page does not exist.'
		}
	}
);
