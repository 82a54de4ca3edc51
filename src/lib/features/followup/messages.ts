// Texts of the one-year follow-up reminder on an élu's home page.
import { defineMessages } from '$lib/i18n/define';

export const followup = defineMessages(
	{
		title: 'Point d’étape à {day} jours : {name}',
		since: 'À faire depuis le {date}.',
		askLog: 'Ajoutez une entrée au journal de bord de votre projet.',
		askLogAndIndicators:
			'Ajoutez une entrée au journal de bord et les nouvelles valeurs de vos indicateurs.',
		write: 'Dans le journal, notez :',
		checks: 'Les questions à vous poser',
		open: 'Ouvrir le journal de bord',
		calendar: 'Le suivi sur un an',
		done: 'Ce rappel disparaîtra dès que le journal aura une entrée datée du {date} ou d’après.'
	},
	{
		title: '{day}-day check-in: {name}',
		since: 'Due since {date}.',
		askLog: 'Add an entry to your project’s logbook.',
		askLogAndIndicators: 'Add an entry to the logbook and the new values of your indicators.',
		write: 'In the logbook, write:',
		checks: 'Questions to ask yourself',
		open: 'Open the logbook',
		calendar: 'The one-year follow-up',
		done: 'This reminder goes away once the logbook has an entry dated {date} or later.'
	}
);
