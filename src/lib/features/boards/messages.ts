// Texts of the collective boards: columns, cards, grouping, dot votes, the export, and why an
// action was refused.
import { defineMessages } from '$lib/i18n/define';

export const boards = defineMessages(
	{
		title: 'Tableau collectif',
		pick: {
			intro:
				'Les activités qui se font sur un tableau partagé. Chaque tablette de la session remplit le même tableau, même sans réseau ; ils se rejoignent à la synchronisation ou par fichier.',
			none: 'Aucune activité à tableau n’est sur cet appareil. Ouvrez la Formation une fois avec du réseau.',
			notBoard: 'Cette activité ne se fait pas sur un tableau partagé.',
			noSession:
				'Un tableau appartient à une session : ouvrez-le depuis la session, pour que les tablettes de ses animateurs le partagent.',
			sessions: 'Voir mes sessions'
		},
		kinds: {
			ideas: 'Idées',
			cafe: 'World café',
			dots: 'Vote par gommettes',
			consent: 'Décision par consentement',
			retro: 'Rétrospective'
		},
		voter: {
			label: 'Qui écrit ou vote sur cette tablette ? (initiales)',
			set: 'C’est moi',
			now: 'Tablette de {initials}',
			change: 'Passer la tablette à quelqu’un d’autre',
			left: '{count, plural, =0 {Plus de gommette} one {# gommette restante} other {# gommettes restantes}}',
			perVoter: 'Gommettes par personne'
		},
		card: {
			add: 'Ajouter une carte',
			text: 'Texte de la carte dans « {column} »',
			colour: 'Couleur',
			by: 'par {initials}',
			dots: '{count, plural, =0 {aucune gommette} one {# gommette} other {# gommettes}}',
			vote: 'Coller une gommette',
			voteLabel: 'Coller une gommette sur « {text} »',
			unvote: 'Retirer ma gommette',
			unvoteLabel: 'Retirer ma gommette de « {text} »',
			left: 'Vers la colonne précédente',
			right: 'Vers la colonne suivante',
			up: 'Monter',
			down: 'Descendre',
			moveTo: 'Déplacer « {text} » vers…',
			remove: 'Retirer la carte',
			removeConfirm: 'Retirer cette carte du tableau, pour toutes les tablettes ?',
			choose: 'Choisir pour regrouper',
			ungroup: 'Sortir de la famille'
		},
		colours: {
			jaune: 'jaune',
			vert: 'vert',
			bleu: 'bleu',
			rose: 'rose',
			orange: 'orange'
		},
		group: {
			title: 'Nom de la famille d’idées',
			action: 'Regrouper les {count} cartes choisies',
			label: 'Famille : {title}'
		},
		column: {
			add: 'Ajouter une colonne',
			title: 'Titre de la nouvelle colonne'
		},
		saved: 'Enregistré sur cet appareil.',
		saving: 'Enregistrement…',
		saveFailed: 'Le tableau n’a pas pu être enregistré sur cet appareil. Réessayez.',
		export: {
			title: 'Pour le compte rendu',
			png: 'Télécharger en image (PNG)',
			pdf: 'Télécharger en PDF',
			failed: 'Le fichier n’a pas pu être préparé : {reason}',
			date: 'Exporté le {date}'
		},
		problems: {
			empty: 'Écrivez quelque chose sur la carte avant de l’ajouter.',
			tooLong:
				'Ce texte est trop long pour une carte : 280 caractères au plus. Gardez l’idée principale.',
			noVoter: 'Indiquez d’abord vos initiales : chacun a un nombre limité de gommettes.',
			noInitials: 'Indiquez vos initiales (des lettres) avant d’écrire ou de voter.',
			noDotsLeft: 'Vous avez collé toutes vos gommettes. Retirez-en une pour changer d’avis.',
			cardFull: 'Deux gommettes au plus sur une même idée.',
			noCard: 'Cette carte n’est plus sur le tableau.',
			tooManyColumns: 'Huit colonnes au plus sur un tableau.'
		}
	},
	{
		title: 'Collective board',
		pick: {
			intro:
				'The activities done on a shared board. Every tablet of the session fills the same board, even offline; they come together at sync or by file.',
			none: 'No board activity is on this device. Open Training once with a connection.',
			notBoard: 'This activity is not done on a shared board.',
			noSession:
				'A board belongs to a session: open it from the session, so that its facilitators’ tablets share it.',
			sessions: 'See my sessions'
		},
		kinds: {
			ideas: 'Ideas',
			cafe: 'World café',
			dots: 'Dot voting',
			consent: 'Consent decision',
			retro: 'Retrospective'
		},
		voter: {
			label: 'Who writes or votes on this tablet? (initials)',
			set: 'That’s me',
			now: '{initials}’s tablet',
			change: 'Hand the tablet to someone else',
			left: '{count, plural, =0 {No dot left} one {# dot left} other {# dots left}}',
			perVoter: 'Dots per person'
		},
		card: {
			add: 'Add a card',
			text: 'Card text in “{column}”',
			colour: 'Colour',
			by: 'by {initials}',
			dots: '{count, plural, =0 {no dot} one {# dot} other {# dots}}',
			vote: 'Stick a dot',
			voteLabel: 'Stick a dot on “{text}”',
			unvote: 'Take my dot back',
			unvoteLabel: 'Take my dot back from “{text}”',
			left: 'To the previous column',
			right: 'To the next column',
			up: 'Up',
			down: 'Down',
			moveTo: 'Move “{text}” to…',
			remove: 'Remove the card',
			removeConfirm: 'Remove this card from the board, for every tablet?',
			choose: 'Choose to group',
			ungroup: 'Take out of the family'
		},
		colours: {
			jaune: 'yellow',
			vert: 'green',
			bleu: 'blue',
			rose: 'pink',
			orange: 'orange'
		},
		group: {
			title: 'Name of the family of ideas',
			action: 'Group the {count} chosen cards',
			label: 'Family: {title}'
		},
		column: {
			add: 'Add a column',
			title: 'Title of the new column'
		},
		saved: 'Saved on this device.',
		saving: 'Saving…',
		saveFailed: 'The board could not be saved on this device. Try again.',
		export: {
			title: 'For the report',
			png: 'Download as an image (PNG)',
			pdf: 'Download as PDF',
			failed: 'The file could not be prepared: {reason}',
			date: 'Exported on {date}'
		},
		problems: {
			empty: 'Write something on the card before adding it.',
			tooLong: 'This text is too long for a card: 280 characters at most. Keep the main idea.',
			noVoter: 'Give your initials first: everyone has a limited number of dots.',
			noInitials: 'Give your initials (letters) before writing or voting.',
			noDotsLeft: 'You have used all your dots. Take one back to change your mind.',
			cardFull: 'Two dots at most on one idea.',
			noCard: 'This card is no longer on the board.',
			tooManyColumns: 'Eight columns at most on a board.'
		}
	}
);
