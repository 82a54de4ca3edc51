import { defineMessages } from '$lib/i18n/define';

/** From training to project: framing an action (module es-4), and linking charter and project. */
export const framing = defineMessages(
	{
		title: 'Cadrer mon action',
		intro:
			'Décrivez l’action concrète que vous voulez lancer dans votre commune. Ce que vous écrivez est gardé sur cet appareil au fil de la saisie, même sans connexion, puis pré-remplit la fiche de votre projet.',
		moduleLink: 'Cadrer mon action dans l’application',
		notElu: 'Le cadrage d’une action est réservé aux élus d’une commune.',
		noCommune:
			'Votre compte n’est rattaché à aucune commune : demandez à votre coordinateur de l’ajouter.',
		loading: 'Ouverture de votre brouillon…',
		commune: 'Commune du projet',
		fields: {
			title: 'Titre de l’action',
			titleHint: 'Une phrase courte, qu’un habitant comprend du premier coup.',
			problem: 'Le problème local',
			problemHint:
				'La situation observée, qui elle touche, et la cause que vous choisissez de traiter.',
			solution: 'La solution proposée',
			solutionHint: 'Ce que vous ferez, avec qui, et ce que cela régénère dans la commune.',
			themes: 'Thématiques',
			themesHint: 'Cochez une à trois thématiques.',
			levers: 'Leviers',
			leversHint: 'Cochez un à trois leviers de l’économie symbiotique.',
			stakeholders: 'Parties prenantes',
			stakeholdersHint: 'Les acteurs clés, et la manière dont vous associez chacun d’eux.',
			stakeholder: 'Partie prenante {n}',
			stakeholderName: 'Nom',
			stakeholderType: 'Type',
			stakeholderRole: 'Comment je l’associe',
			addStakeholder: 'Ajouter une partie prenante',
			stakeholderNumber: 'la partie prenante {n}',
			firstStep: 'Mon premier pas',
			firstStepHint:
				'Une action qui ne dépend que de vous, à faire dans les trente jours : un verbe, avec qui, quand.',
			firstStepText: 'Ce que je fais',
			firstStepDate: 'Date prévue'
		},
		save: {
			saving: 'Enregistrement…',
			saved: 'Brouillon enregistré sur cet appareil',
			error:
				'Le brouillon n’a pas pu être enregistré sur cet appareil : vérifiez l’espace disponible.'
		},
		create: 'Créer mon projet à partir de cette action',
		creating: 'Création du projet…',
		open: 'Ouvrir mon projet',
		created:
			'Votre action a pré-rempli le projet « {title} ». Complétez-le et faites-le vivre depuis sa fiche.',
		errorsSummary: 'Le projet n’est pas encore créé : complétez les champs signalés.',
		failed: 'Le projet n’a pas pu être créé sur cet appareil : réessayez.',
		errors: {
			communeRequired: 'Choisissez la commune du projet.',
			titleRequired: 'Donnez un titre à votre action.',
			titleTooLong: 'Le titre ne doit pas dépasser 200 caractères.',
			textRequired: 'Écrivez quelques phrases.',
			textTooLong: 'Ce texte ne doit pas dépasser 20 000 caractères.',
			tagsCount: 'Cochez entre une et trois cases.',
			tagInvalid: 'Une case cochée ne fait pas partie de la liste du programme.',
			stakeholderRequired: 'Indiquez au moins une partie prenante.',
			stakeholderName: 'Chaque partie prenante a besoin d’un nom.',
			stakeholderTooLong: 'Un nom tient en 200 caractères, une manière de l’associer en 1 000.',
			stakeholdersTooMany: 'Gardez au plus 100 parties prenantes.',
			firstStepRequired: 'Décrivez votre premier pas.',
			firstStepTooLong: 'Le premier pas tient en 200 caractères.',
			firstStepDate: 'Choisissez la date de votre premier pas.'
		},
		warnings: {
			firstStepLate:
				'Ce premier pas est prévu dans plus de trente jours. Un pas plus proche garde l’élan, mais vous pouvez garder cette date.',
			firstStepPast: 'Cette date est déjà passée. Vous pouvez la garder si ce pas est fait.'
		},
		charter: {
			project: 'Le projet auquel vous vous engagez',
			projectHint:
				'Facultatif. Vous pourrez aussi rattacher votre contrat plus tard, depuis la fiche du projet.',
			later: 'Je choisirai plus tard',
			signed: 'Contrat d’engagement signé le {date} (reçu {receipt})',
			signedBy: '{name} : contrat d’engagement signé le {date} (reçu {receipt})',
			title: 'Engagement',
			none: 'Aucun contrat d’engagement n’est encore rattaché à ce projet.',
			link: 'Rattacher mon contrat signé le {date} à ce projet',
			linkFailed: 'Le rattachement n’a pas pu être enregistré : réessayez.',
			sign: 'Signer la contrat d’engagement',
			open: 'Voir le projet auquel ce contrat vous engage'
		}
	},
	{
		title: 'Frame my action',
		intro:
			'Describe the concrete action you want to launch in your commune. What you type is kept on this device as you go, even offline, then fills in your project.',
		moduleLink: 'Frame my action in the app',
		notElu: 'Framing an action is for the elected officials of a commune.',
		noCommune: 'Your account belongs to no commune: ask your coordinator to add it.',
		loading: 'Opening your draft…',
		commune: 'Commune of the project',
		fields: {
			title: 'Title of the action',
			titleHint: 'A short sentence any resident understands at once.',
			problem: 'The local problem',
			problemHint: 'What you observe, who it affects, and the cause you choose to address.',
			solution: 'The proposed solution',
			solutionHint: 'What you will do, with whom, and what it regenerates in the commune.',
			themes: 'Themes',
			themesHint: 'Tick one to three themes.',
			levers: 'Levers',
			leversHint: 'Tick one to three levers of the symbiotic economy.',
			stakeholders: 'Stakeholders',
			stakeholdersHint: 'The key players, and how you involve each of them.',
			stakeholder: 'Stakeholder {n}',
			stakeholderName: 'Name',
			stakeholderType: 'Type',
			stakeholderRole: 'How I involve them',
			addStakeholder: 'Add a stakeholder',
			stakeholderNumber: 'stakeholder {n}',
			firstStep: 'My first step',
			firstStepHint: 'Something only you need to do, within thirty days: a verb, with whom, when.',
			firstStepText: 'What I do',
			firstStepDate: 'Planned date'
		},
		save: {
			saving: 'Saving…',
			saved: 'Draft saved on this device',
			error: 'The draft could not be saved on this device: check the free space.'
		},
		create: 'Create my project from this action',
		creating: 'Creating the project…',
		open: 'Open my project',
		created:
			'Your action filled in the project “{title}”. Complete it and keep it alive from its page.',
		errorsSummary: 'The project is not created yet: complete the fields marked.',
		failed: 'The project could not be created on this device: try again.',
		errors: {
			communeRequired: 'Choose the commune of the project.',
			titleRequired: 'Give your action a title.',
			titleTooLong: 'The title must not exceed 200 characters.',
			textRequired: 'Write a few sentences.',
			textTooLong: 'This text must not exceed 20,000 characters.',
			tagsCount: 'Tick between one and three boxes.',
			tagInvalid: 'A ticked box is not in the programme’s list.',
			stakeholderRequired: 'Name at least one stakeholder.',
			stakeholderName: 'Every stakeholder needs a name.',
			stakeholderTooLong: 'A name fits in 200 characters, how you involve them in 1,000.',
			stakeholdersTooMany: 'Keep at most 100 stakeholders.',
			firstStepRequired: 'Describe your first step.',
			firstStepTooLong: 'The first step fits in 200 characters.',
			firstStepDate: 'Choose the date of your first step.'
		},
		warnings: {
			firstStepLate:
				'This first step is more than thirty days away. A closer step keeps the momentum, but you may keep this date.',
			firstStepPast: 'This date has already passed. Keep it if the step is done.'
		},
		charter: {
			project: 'The project you commit to',
			projectHint: 'Optional. You can also link your charter later, from the project’s page.',
			later: 'I will choose later',
			signed: 'Engagement charter signed on {date} (receipt {receipt})',
			signedBy: '{name}: engagement charter signed on {date} (receipt {receipt})',
			title: 'Commitment',
			none: 'No engagement charter is linked to this project yet.',
			link: 'Link my charter signed on {date} to this project',
			linkFailed: 'The link could not be saved: try again.',
			sign: 'Sign the engagement charter',
			open: 'See the project this charter commits you to'
		}
	}
);
