// Texts of the learning network: the spaces, threads and replies, mentions, where a post stands,
// reports and moderation, notifications, and its records on the Synchronisation screen.
import { defineMessages } from '$lib/i18n/define';

export const discussions = defineMessages(
	{
		title: 'Échanges entre communes',
		intro:
			'Posez vos questions aux autres communes, à votre territoire et à l’équipe nationale. Vous pouvez écrire sans réseau : vos messages partent à la prochaine connexion.',
		back: 'Retour aux échanges',
		spaces: {
			title: 'Vos espaces',
			themes: 'Par thème',
			departement: 'Département : {name}',
			region: 'Région : {name}',
			national: 'Toute la France',
			theme: 'Thème : {name}',
			practice: 'Question sur une bonne pratique',
			count: '{count, plural, =0 {Aucun fil} one {# fil} other {# fils}}',
			unknown: 'Cet espace n’existe pas.'
		},
		thread: {
			new: 'Nouveau fil',
			empty: 'Aucun fil dans cet espace pour le moment. Lancez le premier !',
			replies: '{count, plural, =0 {Pas encore de réponse} one {# réponse} other {# réponses}}',
			by: '{name}, {commune}',
			byName: '{name}',
			you: 'Vous',
			open: 'Lire le fil',
			notFound:
				'Ce fil n’est pas sur cet appareil. Il apparaîtra après la prochaine synchronisation.'
		},
		form: {
			title: 'Titre',
			body: 'Votre message',
			hint: 'Texte simple ; les adresses web deviennent des liens.',
			mention: 'Mentionner une commune (elle sera prévenue)',
			mentioned: 'Communes mentionnées :',
			removeMention: 'Retirer {name}',
			post: 'Publier',
			reply: 'Répondre',
			replyLabel: 'Votre réponse',
			saved: 'Enregistré sur cet appareil.',
			empty: 'Écrivez quelques mots avant de publier.',
			long: 'Votre texte fait {length} caractères ; il en faut {max} au plus. Raccourcissez-le ou coupez-le en plusieurs messages.',
			tooManyMentions: 'Vous pouvez mentionner {max} communes au plus.',
			error:
				'Le message n’a pas pu être enregistré sur cet appareil. Vérifiez l’espace de stockage dans Paramètres, puis réessayez.'
		},
		standing: {
			device: 'Sur cet appareil : sera envoyé à la prochaine connexion',
			rejected: 'Refusé par le serveur : {reason}',
			confirmed: 'Envoyé'
		},
		hidden: {
			post: 'Message masqué par la modération.',
			reason: 'Raison : {reason}'
		},
		report: {
			action: 'Signaler',
			title: 'Signaler ce message',
			reason: 'Pourquoi ?',
			spam: 'Indésirable (publicité, spam)',
			offensive: 'Offensant',
			off_topic: 'Hors sujet',
			send: 'Envoyer le signalement',
			cancel: 'Annuler',
			done: 'Vous avez signalé ce message. Après 3 signalements, il est masqué en attendant la décision des coordinateurs.'
		},
		notices: {
			title: 'Notifications',
			none: 'Aucune notification.',
			unread:
				'{count, plural, =0 {Aucune nouvelle notification} one {# nouvelle notification} other {# nouvelles notifications}}',
			markRead: 'Tout marquer comme lu',
			reply: 'Nouvelle réponse à votre fil',
			mention: 'Votre commune est mentionnée',
			question: 'Question sur une bonne pratique de votre commune',
			hidden: 'Votre message a été masqué',
			unhidden: 'Votre message est de nouveau visible',
			open: 'Voir'
		},
		moderation: {
			title: 'Modération',
			intro:
				'Les messages signalés ou masqués de votre territoire. Masquez ou rendez visible avec une raison : l’auteur la reçoit.',
			link: 'File de modération',
			empty: 'Aucun message signalé.',
			reports: '{count, plural, one {# signalement} other {# signalements}}',
			hidden: 'Masqué',
			visible: 'Visible',
			reason: 'Raison de votre décision (envoyée à l’auteur)',
			hide: 'Masquer',
			unhide: 'Rendre visible',
			offline: 'La modération se fait en ligne : connectez-vous à Internet.',
			error: 'La décision n’a pas pu être enregistrée : {reason}',
			done: 'Décision enregistrée ; l’auteur est prévenu.'
		},
		records: {
			item: 'Message « {title} »',
			count: '{count, plural, =0 {Aucun message} one {# message} other {# messages}}'
		}
	},
	{
		title: 'Exchanges between communes',
		intro:
			'Ask other communes, your territory and the national team. You can write offline: your messages leave at the next connection.',
		back: 'Back to exchanges',
		spaces: {
			title: 'Your spaces',
			themes: 'By theme',
			departement: 'Département: {name}',
			region: 'Région: {name}',
			national: 'All of France',
			theme: 'Theme: {name}',
			practice: 'Question about a good practice',
			count: '{count, plural, =0 {No thread} one {# thread} other {# threads}}',
			unknown: 'This space does not exist.'
		},
		thread: {
			new: 'New thread',
			empty: 'No thread in this space yet. Start the first one!',
			replies: '{count, plural, =0 {No reply yet} one {# reply} other {# replies}}',
			by: '{name}, {commune}',
			byName: '{name}',
			you: 'You',
			open: 'Read the thread',
			notFound: 'This thread is not on this device. It will appear after the next sync.'
		},
		form: {
			title: 'Title',
			body: 'Your message',
			hint: 'Plain text; web addresses become links.',
			mention: 'Mention a commune (it will be told)',
			mentioned: 'Mentioned communes:',
			removeMention: 'Remove {name}',
			post: 'Publish',
			reply: 'Reply',
			replyLabel: 'Your reply',
			saved: 'Saved on this device.',
			empty: 'Write a few words before publishing.',
			long: 'Your text has {length} characters; at most {max} are allowed. Shorten it or split it into several messages.',
			tooManyMentions: 'You can mention at most {max} communes.',
			error:
				'The message could not be saved on this device. Check the storage in Settings, then try again.'
		},
		standing: {
			device: 'On this device: will be sent at the next connection',
			rejected: 'Refused by the server: {reason}',
			confirmed: 'Sent'
		},
		hidden: {
			post: 'Message hidden by moderation.',
			reason: 'Reason: {reason}'
		},
		report: {
			action: 'Report',
			title: 'Report this message',
			reason: 'Why?',
			spam: 'Unwanted (advertising, spam)',
			offensive: 'Offensive',
			off_topic: 'Off topic',
			send: 'Send the report',
			cancel: 'Cancel',
			done: 'You reported this message. After 3 reports it is hidden until the coordinators decide.'
		},
		notices: {
			title: 'Notifications',
			none: 'No notification.',
			unread:
				'{count, plural, =0 {No new notification} one {# new notification} other {# new notifications}}',
			markRead: 'Mark all as read',
			reply: 'New reply to your thread',
			mention: 'Your commune is mentioned',
			question: 'Question about a good practice of your commune',
			hidden: 'Your message was hidden',
			unhidden: 'Your message is visible again',
			open: 'See'
		},
		moderation: {
			title: 'Moderation',
			intro:
				'Reported or hidden messages of your territory. Hide or show them with a reason: the author receives it.',
			link: 'Moderation queue',
			empty: 'No reported message.',
			reports: '{count, plural, one {# report} other {# reports}}',
			hidden: 'Hidden',
			visible: 'Visible',
			reason: 'Reason for your decision (sent to the author)',
			hide: 'Hide',
			unhide: 'Show again',
			offline: 'Moderation happens online: connect to the Internet.',
			error: 'The decision could not be saved: {reason}',
			done: 'Decision saved; the author is told.'
		},
		records: {
			item: 'Message “{title}”',
			count: '{count, plural, =0 {No message} one {# message} other {# messages}}'
		}
	}
);
