// Texts of the resources screens (templates, posters, bibliographies, texts to print), of the
// commune's path card before volet 1 and of the facilitators' section of the Formation page.
// The resources themselves come from the server, in French.
import { defineMessages } from '$lib/i18n/define';

export const resources = defineMessages(
	{
		list: {
			title: 'Ressources à imprimer',
			intro:
				'Les fiches à remplir, les affiches des études de cas, les bibliographies et les textes de référence. Elles restent lisibles et imprimables sans réseau sur cet appareil.',
			open: 'Toutes les ressources à imprimer',
			empty: 'Aucune ressource sur cet appareil pour le moment.',
			count: '{count, plural, one {# ressource} other {# ressources}}'
		},
		kinds: {
			template: 'Fiches à remplir',
			poster: 'Affiches des études de cas',
			bibliography: 'Pour aller plus loin',
			text: 'Textes de référence'
		},
		kind: {
			template: 'Fiche à remplir',
			poster: 'Affiche',
			bibliography: 'Bibliographie',
			text: 'Texte de référence'
		},
		format: 'À imprimer en {format}',
		usedBy: 'Utilisée dans',
		before: 'avant {before}',
		caseLink: 'L’étude de cas complète : {title}',
		print: 'Imprimer',
		printHint:
			'Dans la fenêtre d’impression, choisissez le format {format}. Une affiche se lit en trois minutes : imprimez-la en A3 et affichez-la à hauteur des yeux.',
		notFound: 'Cette ressource n’existe pas, ou n’est pas encore sur cet appareil.',
		forActivity: 'À imprimer pour cette activité',
		path: {
			title: 'Avant le volet 1 : le recensement et le profil de votre commune',
			body: 'La formation se construit à partir de vos besoins. Avant le premier module, votre commune fait deux choses :',
			more: 'Le parcours d’une commune, étape par étape'
		},
		facilitators: {
			title: 'Pour les animateurs bénévoles',
			body: 'Le module des animateurs : les postures, mener une activité à 8 ou à 30, faire face à un participant qui bloque, animer à distance ou sans Wi-Fi. Il ne compte pas dans le parcours des élus.'
		}
	},
	{
		list: {
			title: 'Printable resources',
			intro:
				'Sheets to fill in, case study posters, reading lists and reference texts. They stay readable and printable offline on this device.',
			open: 'All printable resources',
			empty: 'No resources on this device yet.',
			count: '{count, plural, one {# resource} other {# resources}}'
		},
		kinds: {
			template: 'Sheets to fill in',
			poster: 'Case study posters',
			bibliography: 'Further reading',
			text: 'Reference texts'
		},
		kind: {
			template: 'Sheet to fill in',
			poster: 'Poster',
			bibliography: 'Reading list',
			text: 'Reference text'
		},
		format: 'Print on {format}',
		usedBy: 'Used in',
		before: 'before {before}',
		caseLink: 'The full case study: {title}',
		print: 'Print',
		printHint:
			'In the print dialog, choose {format} paper. A poster reads in three minutes: print it on A3 and hang it at eye level.',
		notFound: 'This resource does not exist, or is not on this device yet.',
		forActivity: 'To print for this activity',
		path: {
			title: 'Before volet 1: your commune’s needs census and profile',
			body: 'The training is built from your needs. Before the first module, your commune does two things:',
			more: 'A commune’s path, step by step'
		},
		facilitators: {
			title: 'For volunteer facilitators',
			body: 'The facilitators’ module: postures, running an activity with 8 or 30 people, handling a participant who blocks, running it remotely or without Wi-Fi. It does not count in the élus’ path.'
		}
	}
);
