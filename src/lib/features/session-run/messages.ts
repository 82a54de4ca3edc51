// Texts of the run mode: the module's agenda run in the room with its timers, the buttons of the
// facilitator, the screen kept awake, the facilitator guide at hand.
import { defineMessages } from '$lib/i18n/define';

export const sessionRun = defineMessages(
	{
		title: 'Animer un module',
		pick: {
			intro:
				'Choisissez le module à animer. Le minuteur fonctionne sans réseau et reste juste si l’écran se met en veille ou si la page se recharge.',
			minutes: '{minutes} min'
		},
		notFound: 'Ce module n’est pas sur cet appareil. Ouvrez la Formation une fois avec du réseau.',
		start: 'Commencer le module',
		startHint: 'Le premier temps démarre dès que vous appuyez.',
		now: 'En cours',
		remaining: 'Temps restant',
		overrun: 'Dépassement',
		overrunLine: 'Dépassé de {time}',
		paused: 'En pause',
		finished: 'Module terminé. Merci !',
		finishedAt: 'Terminé à {time}',
		expectedEnd: 'Fin prévue à {time}',
		late: '{minutes} min de retard sur le programme',
		ahead: '{minutes} min d’avance sur le programme',
		onTime: 'À l’heure',
		actions: {
			addFive: '+5 min',
			addFiveLabel: 'Ajouter 5 minutes à « {title} »',
			next: 'Passer',
			nextLabel: 'Passer au temps suivant',
			previous: 'Revenir',
			previousLabel: 'Revenir au temps précédent',
			pause: 'Pause',
			resume: 'Reprendre',
			restart: 'Recommencer le module',
			restartConfirm:
				'Recommencer efface les temps de ce module sur cet appareil. Voulez-vous vraiment recommencer ?',
			guide: 'Fiche de l’animateur',
			fullscreen: 'Plein écran (projection)',
			closeGuide: 'Fermer la fiche'
		},
		agenda: 'Programme du module',
		planned: '{minutes} min prévues',
		plannedExtra: '{minutes} min prévues (dont {extra} ajoutées)',
		took: 'a duré {time}',
		noGuide: 'Ce temps n’a pas de fiche : voyez l’introduction du module.',
		guideMissing:
			'La fiche de ce temps n’est pas encore sur cet appareil : elle arrivera à la prochaine mise à jour de la formation. En attendant, voici l’introduction du module.',
		moduleIntro: 'Introduction du module pour l’animateur',
		awake: {
			on: 'L’écran reste allumé.',
			unsupported:
				'Ce navigateur ne peut pas garder l’écran allumé : réglez la mise en veille de la tablette sur « jamais » pendant la séance.',
			refused:
				'Le navigateur n’a pas permis de garder l’écran allumé (économie de batterie ?). Le minuteur reste juste même si l’écran se met en veille.'
		},
		saveFailed:
			'Le minuteur n’a pas pu être enregistré sur cet appareil. Il continue à l’écran ; réessayez.',
		damaged: 'Les temps enregistrés de ce module ne se lisent plus. Recommencez le module.'
	},
	{
		title: 'Run a module',
		pick: {
			intro:
				'Choose the module to run. The timer works offline and stays right when the screen sleeps or the page reloads.',
			minutes: '{minutes} min'
		},
		notFound: 'This module is not on this device. Open Training once with a connection.',
		start: 'Start the module',
		startHint: 'The first sequence starts as soon as you press.',
		now: 'Now',
		remaining: 'Time left',
		overrun: 'Overrun',
		overrunLine: 'Over by {time}',
		paused: 'Paused',
		finished: 'Module finished. Thank you!',
		finishedAt: 'Finished at {time}',
		expectedEnd: 'Expected end at {time}',
		late: '{minutes} min behind schedule',
		ahead: '{minutes} min ahead of schedule',
		onTime: 'On time',
		actions: {
			addFive: '+5 min',
			addFiveLabel: 'Add 5 minutes to “{title}”',
			next: 'Skip',
			nextLabel: 'Go to the next sequence',
			previous: 'Back',
			previousLabel: 'Back to the previous sequence',
			pause: 'Pause',
			resume: 'Resume',
			restart: 'Restart the module',
			restartConfirm: 'Restarting erases this module’s times on this device. Restart anyway?',
			guide: 'Facilitator guide',
			fullscreen: 'Full screen (projector)',
			closeGuide: 'Close the guide'
		},
		agenda: 'Module agenda',
		planned: '{minutes} min planned',
		plannedExtra: '{minutes} min planned ({extra} added)',
		took: 'took {time}',
		noGuide: 'This sequence has no guide: see the module’s introduction.',
		guideMissing:
			'This sequence’s guide is not on this device yet: it will come with the next training update. Meanwhile, here is the module’s introduction.',
		moduleIntro: 'Module introduction for the facilitator',
		awake: {
			on: 'The screen stays on.',
			unsupported:
				'This browser cannot keep the screen on: set the tablet’s sleep to “never” during the session.',
			refused:
				'The browser did not let the screen stay on (battery saver?). The timer stays right even when the screen sleeps.'
		},
		saveFailed:
			'The timer could not be saved on this device. It keeps running on screen; try again.',
		damaged: 'This module’s saved times can no longer be read. Restart the module.'
	}
);
