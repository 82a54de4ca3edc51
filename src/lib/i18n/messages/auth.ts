import { defineMessages } from '../define';

export const auth = defineMessages(
	{
		login: {
			title: 'Connexion',
			intro:
				'Connectez-vous une première fois avec du réseau. Ensuite, l’application s’ouvre et fonctionne même sans connexion.',
			email: 'Adresse électronique ou identifiant',
			password: 'Mot de passe',
			submit: 'Se connecter',
			submitting: 'Connexion…',
			demoHint:
				'Démonstration : comptes « maire.demo@collabactons.fr », « coordinateur.demo@collabactons.fr »… mot de passe « collabactons-demo ».',
			success: 'Vous êtes connecté·e.',
			alreadyIn: 'Vous êtes connecté·e en tant que {name}.'
		},
		errors: {
			'invalid-credentials': 'Adresse ou mot de passe incorrect. Vérifiez-les puis réessayez.',
			offline:
				'Pas de réseau : la première connexion sur cet appareil en demande. Réessayez quand vous aurez du réseau.',
			expired: 'Votre session a expiré. Reconnectez-vous.',
			server: 'Le serveur ne répond pas correctement. Réessayez dans quelques minutes.',
			'invalid-account':
				'Votre compte n’a pas de rôle dans le programme. Contactez votre coordinateur.',
			required: 'Renseignez votre adresse et votre mot de passe.',
			blocked:
				'Ce compte ne peut pas se connecter : sa demande a été refusée ou le mandat a pris fin. Adressez-vous au coordinateur de votre territoire.',
			'too-many':
				'Trop d’essais pour ce compte : attendez quelques minutes, ou choisissez « Mot de passe oublié ».'
		},
		reauth: {
			message:
				'Votre session a expiré : reconnectez-vous pour synchroniser. Tout ce que vous avez saisi reste sur cet appareil.',
			action: 'Me reconnecter'
		},
		logout: {
			action: 'Se déconnecter',
			title: 'Se déconnecter de cet appareil ?',
			body: 'Vos données seront effacées de cet appareil. Elles restent sur le serveur si elles ont été synchronisées.',
			pending:
				'{count, plural, one {# modification n’a pas encore été envoyée} other {# modifications n’ont pas encore été envoyées}} au serveur. Si vous vous déconnectez maintenant, {count, plural, one {elle sera perdue} other {elles seront perdues}}. Synchronisez d’abord, ou exportez-les dans un fichier.',
			draft:
				'Votre action cadrée (formation, module es-4) n’est pas encore devenue un projet et n’existe que sur cet appareil : elle sera effacée.',
			confirm: 'Me déconnecter et effacer',
			done: 'Vous êtes déconnecté·e. Les données de votre compte ont été effacées de cet appareil.'
		},
		required: {
			title: 'Connexion nécessaire',
			body: 'Cet espace est réservé aux participants du programme. Connectez-vous pour y accéder.',
			action: 'Se connecter'
		},
		roles: {
			elu: 'Élu·e',
			facilitateur: 'Facilitateur·rice',
			coordinateur: 'Coordinateur·rice de territoire',
			national: 'Équipe nationale'
		}
	},
	{
		login: {
			title: 'Sign in',
			intro: 'Sign in once while online. After that the app opens and works without a connection.',
			email: 'E-mail address or identifier',
			password: 'Password',
			submit: 'Sign in',
			submitting: 'Signing in…',
			demoHint:
				'Demo: accounts "maire.demo@collabactons.fr", "coordinateur.demo@collabactons.fr"… password "collabactons-demo".',
			success: 'You are signed in.',
			alreadyIn: 'You are signed in as {name}.'
		},
		errors: {
			'invalid-credentials': 'Wrong email or password. Check them and try again.',
			offline:
				'No network: the first sign-in on this device needs one. Try again when you are online.',
			expired: 'Your session has expired. Please sign in again.',
			server: 'The server is not answering properly. Try again in a few minutes.',
			'invalid-account': 'Your account has no role in the programme. Contact your coordinator.',
			required: 'Enter your email address and password.',
			blocked:
				'This account cannot sign in: its request was refused or the office has ended. Contact your territory’s coordinator.',
			'too-many':
				'Too many tries for this account: wait a few minutes, or choose “Forgot your password?”.'
		},
		reauth: {
			message:
				'Your session has expired: sign in again to sync. Everything you typed stays on this device.',
			action: 'Sign in again'
		},
		logout: {
			action: 'Sign out',
			title: 'Sign out of this device?',
			body: 'Your data will be removed from this device. It stays on the server if it was synced.',
			pending:
				'{count, plural, one {# change has} other {# changes have}} not been sent to the server yet. If you sign out now, {count, plural, one {it} other {they}} will be lost. Sync first, or export them to a file.',
			draft:
				'Your framed action (training, module es-4) has not become a project yet and is only on this device: it will be erased.',
			confirm: 'Sign out and erase',
			done: 'You are signed out. Your account’s data was removed from this device.'
		},
		required: {
			title: 'Sign-in required',
			body: 'This space is for programme participants. Sign in to open it.',
			action: 'Sign in'
		},
		roles: {
			elu: 'Elected official',
			facilitateur: 'Facilitator',
			coordinateur: 'Territory coordinator',
			national: 'National team'
		}
	}
);
