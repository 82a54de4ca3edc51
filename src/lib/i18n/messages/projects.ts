import { defineMessages } from '../define';

export const projects = defineMessages(
	{
		title: 'Projets',
		intro:
			'Le projet concret de votre commune : son cadrage et son journal de bord. Tout est enregistré sur cet appareil, même sans réseau, puis partagé avec les élus de votre commune.',
		empty: 'Aucun projet pour l’instant. Créez le premier projet de votre commune.',
		new: 'Nouveau projet',
		create: 'Créer le projet',
		commune: 'Commune',
		noCommune:
			'Votre compte n’est rattaché à aucune commune : vous ne pouvez pas créer de projet. Demandez à votre coordinateur de vous rattacher à votre commune.',
		open: 'Ouvrir',
		notFound: 'Ce projet n’est pas sur cet appareil. Synchronisez, puis réessayez.',
		loading: 'Chargement du projet…',
		back: 'Tous les projets',
		fields: {
			framing: 'Cadrage du projet',
			title: 'Titre du projet',
			titleHint: '200 caractères au plus.',
			description: 'Description',
			descriptionHint: 'Le problème local, la réponse durable, les acteurs associés.',
			status: 'Avancement'
		},
		statuses: {
			idee: 'Idée',
			cadrage: 'En cadrage',
			en_cours: 'En cours',
			realise: 'Réalisé',
			suspendu: 'Suspendu'
		},
		log: {
			title: 'Journal de bord',
			empty: 'Le journal est vide. Notez la première étape de votre projet.',
			date: 'Date',
			text: 'Ce qui s’est passé',
			textHint: '5 000 caractères au plus.',
			add: 'Ajouter au journal',
			by: 'par {name}',
			you: 'vous'
		},
		saving: 'Enregistrement…',
		saveFailed:
			'L’enregistrement sur cet appareil a échoué (espace de stockage plein ?). Gardez cette page ouverte et libérez de l’espace, puis réessayez.',
		syncState: 'Synchronisation :',
		errors: {
			titleRequired: 'Donnez un titre au projet.',
			titleTooLong: 'Le titre dépasse 200 caractères : raccourcissez-le.',
			logTextRequired: 'Écrivez ce qui s’est passé avant d’ajouter l’entrée.',
			logTextTooLong: 'L’entrée dépasse 5 000 caractères : découpez-la en plusieurs entrées.',
			logDateInvalid: 'Indiquez une date valide.',
			descriptionTooLong: 'La description dépasse 20 000 caractères : raccourcissez-la.'
		}
	},
	{
		title: 'Projects',
		intro:
			'Your commune’s concrete project: its framing and its logbook. Everything is saved on this device, even without a network, then shared with your commune’s elected officials.',
		empty: 'No project yet. Create your commune’s first project.',
		new: 'New project',
		create: 'Create the project',
		commune: 'Commune',
		noCommune:
			'Your account is not linked to any commune, so you cannot create a project. Ask your coordinator to link you to your commune.',
		open: 'Open',
		notFound: 'This project is not on this device. Sync, then try again.',
		loading: 'Loading the project…',
		back: 'All projects',
		fields: {
			framing: 'Project framing',
			title: 'Project title',
			titleHint: '200 characters at most.',
			description: 'Description',
			descriptionHint: 'The local problem, the lasting answer, the stakeholders involved.',
			status: 'Progress'
		},
		statuses: {
			idee: 'Idea',
			cadrage: 'Framing',
			en_cours: 'In progress',
			realise: 'Done',
			suspendu: 'On hold'
		},
		log: {
			title: 'Logbook',
			empty: 'The logbook is empty. Write down your project’s first step.',
			date: 'Date',
			text: 'What happened',
			textHint: '5,000 characters at most.',
			add: 'Add to the logbook',
			by: 'by {name}',
			you: 'you'
		},
		saving: 'Saving…',
		saveFailed:
			'Saving on this device failed (storage full?). Keep this page open, free some space, then try again.',
		syncState: 'Sync:',
		errors: {
			titleRequired: 'Give the project a title.',
			titleTooLong: 'The title is longer than 200 characters: shorten it.',
			logTextRequired: 'Write what happened before adding the entry.',
			logTextTooLong: 'The entry is longer than 5,000 characters: split it into several entries.',
			logDateInvalid: 'Enter a valid date.',
			descriptionTooLong: 'The description is longer than 20,000 characters: shorten it.'
		}
	}
);
