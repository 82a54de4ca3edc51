// Texts of the feedback feature: the evaluation form after a module (on the passed-around
// tablet or the élu's own device), the three-month follow-up card, the results for facilitators
// and coordinators, and its records on the Synchronisation screen.
import { defineMessages } from '$lib/i18n/define';

export const feedback = defineMessages(
	{
		records: {
			item: 'Évaluation du module {module}',
			count: '{count, plural, =0 {Aucune évaluation} one {# évaluation} other {# évaluations}}'
		}
	},
	{
		records: {
			item: 'Evaluation of module {module}',
			count: '{count, plural, =0 {No evaluation} one {# evaluation} other {# evaluations}}'
		}
	}
);
