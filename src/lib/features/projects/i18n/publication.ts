import { defineMessages } from '$lib/i18n/define';

/** Publishing a project as a good practice, on the project page. */
export const publication = defineMessages(
	{
		title: 'Partager comme bonne pratique',
		explain:
			'Avec l’accord de votre commune, un résumé de ce projet peut être publié pour toutes les communes du programme : elles y trouveront une idée à reprendre et pourront vous contacter par les réseaux du programme. Seul le résumé ci-dessous est publié, jamais le journal, les indicateurs ni les noms.',
		offline:
			'Publier demande une connexion : le serveur vérifie le projet au moment de la publication. Votre projet reste enregistré sur cet appareil ; revenez ici une fois connecté.',
		loading: 'Lecture de l’état de la publication…',
		unsent:
			'Ce projet n’a pas encore atteint le serveur : vous pourrez le partager une fois la synchronisation faite. État du projet :',
		error: 'Le serveur n’a pas pu répondre. Réessayez dans un moment.',
		retry: 'Réessayer',
		published: 'Publié le {date} pour toutes les communes du programme.',
		notPublished: 'Ce projet n’est pas publié.',
		lagging:
			'Des modifications faites sur cet appareil n’ont pas encore atteint le serveur : l’aperçu montre la version du serveur. Synchronisez avant de publier pour partager la version à jour.',
		previewTitle: 'Ce qui sera publié',
		previewPublished: 'Ce qui est publié',
		fields: {
			title: 'Titre',
			place: 'Commune',
			summary: 'Résumé',
			themes: 'Thèmes',
			levers: 'Leviers',
			none: 'aucun'
		},
		consent:
			'La commune accepte de partager ce résumé avec toutes les communes du programme. Elle pourra retirer la publication à tout moment.',
		consentRequired: 'Cochez l’accord de la commune pour publier ce projet.',
		publish: 'Publier le projet',
		update: 'Mettre à jour la publication',
		withdraw: 'Retirer la publication',
		busy: 'Envoi…',
		donePublished: 'Projet publié. Les autres communes le verront à leur prochaine mise à jour.',
		doneWithdrawn:
			'Publication retirée. Elle disparaîtra des autres appareils à leur prochaine mise à jour.'
	},
	{
		title: 'Share as a good practice',
		explain:
			'With your commune’s consent, a summary of this project can be published for every commune of the programme: they will find an idea to adapt and can reach you through the programme’s networks. Only the summary below is published, never the log, the indicators or names.',
		offline:
			'Publishing needs a connection: the server checks the project when it is published. Your project stays saved on this device; come back here once online.',
		loading: 'Reading the publication state…',
		unsent:
			'This project has not reached the server yet: you can share it once it is synced. Project state:',
		error: 'The server could not answer. Try again in a moment.',
		retry: 'Try again',
		published: 'Published on {date} for every commune of the programme.',
		notPublished: 'This project is not published.',
		lagging:
			'Changes made on this device have not reached the server yet: the preview shows the server’s version. Sync before publishing to share the current version.',
		previewTitle: 'What will be published',
		previewPublished: 'What is published',
		fields: {
			title: 'Title',
			place: 'Commune',
			summary: 'Summary',
			themes: 'Themes',
			levers: 'Levers',
			none: 'none'
		},
		consent:
			'The commune agrees to share this summary with every commune of the programme. It may withdraw the publication at any time.',
		consentRequired: 'Tick the commune’s consent to publish this project.',
		publish: 'Publish the project',
		update: 'Update the publication',
		withdraw: 'Withdraw the publication',
		busy: 'Sending…',
		donePublished: 'Project published. Other communes will see it at their next update.',
		doneWithdrawn:
			'Publication withdrawn. It will disappear from other devices at their next update.'
	}
);
