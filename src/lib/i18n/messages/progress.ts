import { defineMessages } from '../define';

/** An élu's progress through the curriculum. */
export const progress = defineMessages(
	{
		markActivity: 'Marquer cette activité comme faite',
		activityDone: 'Activité faite',
		markModule: 'Marquer ce module comme terminé',
		moduleDone: 'Module terminé',
		undo: 'Annuler',
		saved: 'Enregistré sur cet appareil',
		title: 'Votre parcours de formation',
		volet:
			'{modulesDone, plural, one {# module} other {# modules}} sur {modulesTotal} · {activitiesDone, plural, one {# activité} other {# activités}} sur {activitiesTotal}',
		empty:
			'Le contenu de la formation n’est pas encore sur cet appareil : ouvrez Formation une fois avec du réseau.',
		open: 'Continuer la formation',
		records: {
			item: 'Progression : {item}',
			count: '{count, plural, =0 {Aucune progression} one {# progression} other {# progressions}}'
		}
	},
	{
		markActivity: 'Mark this activity as done',
		activityDone: 'Activity done',
		markModule: 'Mark this module as completed',
		moduleDone: 'Module completed',
		undo: 'Undo',
		saved: 'Saved on this device',
		title: 'Your training path',
		volet:
			'{modulesDone} of {modulesTotal, plural, one {# module} other {# modules}} · {activitiesDone} of {activitiesTotal, plural, one {# activity} other {# activities}}',
		empty: 'The training content is not on this device yet: open Training once while online.',
		open: 'Continue the training',
		records: {
			item: 'Progress: {item}',
			count: '{count, plural, =0 {No progress} one {# progress entry} other {# progress entries}}'
		}
	}
);
