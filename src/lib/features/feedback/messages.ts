// Texts of the feedback feature: the evaluation form after a module (on the passed-around
// tablet or the élu's own device), the three-month follow-up card, the results for facilitators
// and coordinators, and its records on the Synchronisation screen.
import { defineMessages } from '$lib/i18n/define';

export const feedback = defineMessages(
	{
		form: {
			title: {
				avant: 'Avant le module : où en êtes-vous ?',
				chaud: 'Votre avis sur le module',
				froid: 'Trois mois après : qu’en reste-t-il ?'
			},
			intro:
				'Quelques questions, deux minutes. Vos réponses aident les animateurs à améliorer la formation.',
			who: 'Votre nom',
			choose: 'Choisissez votre nom',
			anonymous: 'Répondre anonymement (votre nom ne sera pas enregistré)',
			satisfaction: 'Dans l’ensemble, êtes-vous satisfait(e) de ce module ?',
			scale: {
				'1': '1 — Pas du tout',
				'2': '2 — Peu',
				'3': '3 — Moyennement',
				'4': '4 — Plutôt',
				'5': '5 — Tout à fait'
			},
			objectives: 'Pour chaque objectif du module, où en êtes-vous ?',
			objectivesBefore: 'Avant de commencer, où en êtes-vous pour chaque objectif ?',
			nextStep: 'Qu’allez-vous faire ensuite dans votre commune ? (facultatif)',
			comment: 'Un commentaire ? (facultatif)',
			save: 'Enregistrer ma réponse',
			saving: 'Enregistrement…',
			saved:
				'{count, plural, one {Merci ! Réponse enregistrée sur cet appareil. Passez la tablette à la personne suivante.} other {Merci ! # réponses enregistrées sur cet appareil.}}',
			saveFailed:
				'La réponse n’a pas pu être enregistrée sur cet appareil. Vérifiez l’espace de stockage, puis réessayez.'
		},
		followup: {
			title: 'Trois mois après votre formation',
			text: 'Deux minutes pour dire ce que le module « {module} » a changé pour vous ?',
			more: '{count, plural, one {et # autre module} other {et # autres modules}}',
			open: 'Répondre'
		},
		results: {
			title: 'Évaluations de la session',
			load: 'Voir les résultats',
			loading: 'Chargement des résultats…',
			offline: 'Les résultats viennent du serveur : connectez-vous pour les voir.',
			error: 'Les résultats n’ont pas pu être chargés. Réessayez dans quelques minutes.',
			none: 'Aucune réponse pour l’instant.',
			kind: { avant: 'Avant le module', chaud: 'À chaud', froid: 'Trois mois après' },
			answers:
				'{count, plural, one {# réponse} other {# réponses}} ({anonymous} anonymes) · {rate}',
			rate: 'taux de réponse {rate} %',
			noRate: 'taux de réponse inconnu',
			satisfaction: 'Satisfaction moyenne : {mean} sur 5',
			objective: '{text} : {mean} sur 5',
			nextSteps: 'Ce que les participants feront ensuite',
			comments: 'Commentaires',
			anonymousName: 'anonyme'
		},
		records: {
			item: 'Évaluation du module {module}',
			count: '{count, plural, =0 {Aucune évaluation} one {# évaluation} other {# évaluations}}'
		}
	},
	{
		form: {
			title: {
				avant: 'Before the module: where do you stand?',
				chaud: 'Your opinion of the module',
				froid: 'Three months later: what remains?'
			},
			intro:
				'A few questions, two minutes. Your answers help the facilitators improve the training.',
			who: 'Your name',
			choose: 'Choose your name',
			anonymous: 'Answer anonymously (your name will not be recorded)',
			satisfaction: 'Overall, are you satisfied with this module?',
			scale: {
				'1': '1 — Not at all',
				'2': '2 — A little',
				'3': '3 — Moderately',
				'4': '4 — Rather',
				'5': '5 — Fully'
			},
			objectives: 'For each objective of the module, where do you stand?',
			objectivesBefore: 'Before starting, where do you stand on each objective?',
			nextStep: 'What will you do next in your commune? (optional)',
			comment: 'A comment? (optional)',
			save: 'Save my answer',
			saving: 'Saving…',
			saved:
				'{count, plural, one {Thank you! Answer saved on this device. Pass the tablet to the next person.} other {Thank you! # answers saved on this device.}}',
			saveFailed:
				'The answer could not be saved on this device. Check the storage space, then try again.'
		},
		followup: {
			title: 'Three months after your training',
			text: 'Two minutes to say what module “{module}” changed for you?',
			more: '{count, plural, one {and # other module} other {and # other modules}}',
			open: 'Answer'
		},
		results: {
			title: 'Session evaluations',
			load: 'Show the results',
			loading: 'Loading the results…',
			offline: 'The results come from the server: go online to see them.',
			error: 'The results could not be loaded. Try again in a few minutes.',
			none: 'No answer yet.',
			kind: { avant: 'Before the module', chaud: 'Right after', froid: 'Three months later' },
			answers: '{count, plural, one {# answer} other {# answers}} ({anonymous} anonymous) · {rate}',
			rate: 'response rate {rate}%',
			noRate: 'response rate unknown',
			satisfaction: 'Mean satisfaction: {mean} out of 5',
			objective: '{text}: {mean} out of 5',
			nextSteps: 'What participants will do next',
			comments: 'Comments',
			anonymousName: 'anonymous'
		},
		records: {
			item: 'Evaluation of module {module}',
			count: '{count, plural, =0 {No evaluation} one {# evaluation} other {# evaluations}}'
		}
	}
);
