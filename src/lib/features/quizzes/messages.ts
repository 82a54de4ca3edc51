// Texts of the quizzes feature: taking a module's quiz, its score, the élu's results on their
// progress, the aggregate per module for facilitators and coordinators, and its records on the
// Synchronisation screen.
import { defineMessages } from '$lib/i18n/define';

export const quizzes = defineMessages(
	{
		title: 'Quiz du module',
		intro:
			'{count} questions, une réponse par question. Après chaque réponse, vous voyez la bonne réponse et son explication. Vous pouvez le faire sans réseau.',
		open: 'Faire le quiz',
		none: 'Ce module n’a pas encore de quiz sur cet appareil.',
		phase: {
			label: 'Vous faites ce quiz :',
			avant: 'Avant le module',
			apres: 'Après le module'
		},
		start: 'Commencer',
		question: 'Question {number} sur {total}',
		answer: 'Valider ma réponse',
		choose: 'Choisissez une réponse.',
		right: 'Bonne réponse.',
		wrong: 'Ce n’est pas la bonne réponse. La bonne réponse : « {answer} ».',
		next: 'Question suivante',
		finish: 'Voir mon score',
		score: 'Votre score : {score} sur {total}',
		saved:
			'Votre résultat est enregistré sur cet appareil ; il sera envoyé au serveur à la prochaine connexion.',
		again: 'Refaire le quiz',
		back: 'Retour au module',
		saveError:
			'Le résultat n’a pas pu être enregistré sur cet appareil. Vérifiez l’espace de stockage dans Paramètres, puis réessayez.',
		result: {
			line: 'Quiz : {parts}',
			before: '{score}/{total} avant',
			after: '{score}/{total} après',
			none: 'Quiz : pas encore fait'
		},
		stats: {
			title: 'Résultats des quiz par module',
			intro:
				'Le nombre de quiz faits et le score moyen, avant et après chaque module, pour les élus que vous suivez. Aucun résultat individuel n’est montré.',
			module: 'Module',
			before: 'Avant',
			after: 'Après',
			cell: '{count} quiz · {mean} % de bonnes réponses',
			few: '{count} quiz · moyenne cachée sous {min} élus',
			nobody:
				'Votre compte n’est rattaché à aucune commune ni à aucun territoire : il n’y a pas de résultats à vous montrer.',
			empty: '—',
			load: 'Afficher les résultats',
			loading: 'Chargement des résultats…',
			offline: 'Ces résultats viennent du serveur : connectez-vous à Internet pour les voir.',
			error: 'Les résultats n’ont pas pu être chargés. Réessayez dans quelques minutes.',
			nothing: 'Aucun quiz fait pour le moment.'
		},
		records: {
			item: 'Quiz {module} : {score}/{total}',
			count: '{count, plural, =0 {Aucun quiz} one {# quiz} other {# quiz}}'
		}
	},
	{
		title: 'Module quiz',
		intro:
			'{count} questions, one answer per question. After each answer you see the right answer and its explanation. You can take it offline.',
		open: 'Take the quiz',
		none: 'This module has no quiz on this device yet.',
		phase: {
			label: 'You are taking this quiz:',
			avant: 'Before the module',
			apres: 'After the module'
		},
		start: 'Start',
		question: 'Question {number} of {total}',
		answer: 'Check my answer',
		choose: 'Choose an answer.',
		right: 'Right answer.',
		wrong: 'That is not the right answer. The right answer: “{answer}”.',
		next: 'Next question',
		finish: 'See my score',
		score: 'Your score: {score} out of {total}',
		saved:
			'Your result is saved on this device; it will be sent to the server next time you are online.',
		again: 'Take the quiz again',
		back: 'Back to the module',
		saveError:
			'The result could not be saved on this device. Check the storage space in Settings, then try again.',
		result: {
			line: 'Quiz: {parts}',
			before: '{score}/{total} before',
			after: '{score}/{total} after',
			none: 'Quiz: not taken yet'
		},
		stats: {
			title: 'Quiz results per module',
			intro:
				'How many quizzes were taken and the mean score, before and after each module, for the élus you follow. No individual result is shown.',
			module: 'Module',
			before: 'Before',
			after: 'After',
			cell: '{count} quizzes · {mean} % right answers',
			few: '{count} quizzes · mean hidden below {min} élus',
			nobody:
				'Your account is attached to no commune and no territory: there are no results to show you.',
			empty: '—',
			load: 'Show the results',
			loading: 'Loading the results…',
			offline: 'These results come from the server: go online to see them.',
			error: 'The results could not be loaded. Try again in a few minutes.',
			nothing: 'No quiz taken yet.'
		},
		records: {
			item: 'Quiz {module}: {score}/{total}',
			count: '{count, plural, =0 {No quiz} one {# quiz} other {# quizzes}}'
		}
	}
);
