import { defineMessages } from '../define';

/** The privacy notice (/confidentialite). Retention periods: pocketbase/pb_hooks/lib/privacy/plan.js. */
export const privacy = defineMessages(
	{
		title: 'Vos données personnelles',
		intro:
			'Cette page explique, simplement, ce que Collabor’actons garde sur vous, pourquoi, combien de temps, qui peut le voir et comment le faire effacer. Elle s’applique au règlement général sur la protection des données (RGPD).',
		device: {
			title: 'Sur cet appareil',
			body: 'Pour que l’application marche sans réseau, votre tablette garde : votre nom, votre adresse électronique et votre commune ; votre session de connexion ; votre progression dans la formation ; les projets, chartes et photos de votre commune ; vos préférences d’affichage. Rien de cela ne quitte l’appareil sauf vers le serveur du programme, lors d’une synchronisation.',
			erase:
				'Tout est effacé de l’appareil quand vous vous déconnectez (l’application vous prévient s’il reste des changements à envoyer).'
		},
		server: {
			title: 'Sur le serveur du programme',
			body: 'Le serveur garde votre compte (nom, adresse électronique, rôle, commune, fonction d’élu), votre progression, les chartes que vous avez signées, les projets de votre commune et leurs photos. Les mots de passe y sont chiffrés : personne ne peut les lire.',
			why: 'Pourquoi : pour retrouver vos données sur un autre appareil, travailler à plusieurs élus sur un même projet, et permettre à l’équipe du programme de suivre la formation.',
			accounts:
				'Il garde aussi la liste de vos appareils (le navigateur et la date de la dernière synchronisation, pour que vous puissiez retirer une tablette perdue), les invitations envoyées, et la trace de chaque décision sur votre compte (validation, refus et sa raison, changement de rôle, fin de mandat : qui, quand et pourquoi). Une demande de compte est lue par le maire de la commune demandée, le coordinateur du territoire et l’équipe nationale.'
		},
		who: {
			title: 'Qui voit quoi',
			body: 'Les élus de votre commune voient les projets et les chartes de la commune. Le coordinateur de votre territoire et l’équipe nationale voient les projets et les chartes pour accompagner le programme. Votre progression n’est visible que par vous et par l’équipe nationale. Un projet n’est publié comme bonne pratique qu’avec l’accord d’un élu de la commune, sans nom ni adresse électronique.',
			census:
				'Les réponses de votre commune au recensement des besoins sont lues par les élus de la commune, les facilitateurs qui l’accompagnent, le coordinateur de votre territoire et l’équipe nationale ; le serveur garde quel élu a donné chaque réponse. Les autres communes n’en voient que des totaux, jamais les réponses d’une commune. Les pages publiques des bonnes pratiques ne contiennent aucune donnée personnelle.',
			community:
				'Dans les échanges entre communes, vos messages portent votre nom et votre commune : les autres utilisateurs de l’espace les lisent (votre département, votre région, toute la France ou un thème). Vos signalements ne sont jamais montrés à l’auteur ni aux autres. Votre vote dans une concertation est secret : seuls les totaux sont publiés, par territoire, jamais qui a voté quoi ; le serveur garde l’heure de votre vote sur la tablette et l’heure de son arrivée, pour compter les votes faits sans réseau.'
		},
		duration: {
			title: 'Combien de temps',
			account:
				'Votre compte, votre progression et vos préférences : tant que votre compte existe. Vous pouvez demander leur effacement à tout moment.',
			proof:
				'Les chartes signées sont des preuves d’engagement : elles sont gardées 11 ans après la signature, puis effacées. Ce délai est la durée d’un mandat municipal (6 ans) plus le délai de prescription de droit commun (5 ans, article 2224 du Code civil) : un engagement pris en début de mandat peut ainsi être prouvé jusqu’à ce que plus aucune action à son sujet ne soit possible. Les feuilles de présence scellées des sessions suivront la même règle.',
			projects:
				'Les projets appartiennent à la commune : ils restent quand un élu part ; seul le lien vers votre nom est effacé.'
		},
		sessions: {
			title: 'Sessions de formation',
			body: 'Quand vous suivez une session, l’animateur garde sur sa tablette puis sur le serveur : votre nom, votre mandat, votre commune, votre adresse électronique si vous l’avez donnée, le financement de votre formation, et pour chaque demi-journée votre signature (avec l’heure, l’appareil, vos heures d’arrivée ou de départ) puis la contresignature de l’animateur qui scelle la feuille.',
			why: 'Pourquoi : c’est la preuve de votre présence, exigée pour votre attestation et pour le financeur de la formation (commune ou DIF élu), et la base du nombre d’élus formés par le programme.',
			who: 'Qui voit : les animateurs de la session, le coordinateur de son territoire et l’équipe nationale. Vous voyez vos propres lignes ; jamais un autre élu.',
			duration:
				'Combien de temps : une feuille de présence scellée est une preuve, gardée 11 ans comme les chartes, puis effacée. Une inscription sans signature scellée est effacée un an après la dernière demi-journée, ou plus tôt à votre demande.',
			boards:
				'Les tableaux collectifs d’une session (idées, gommettes) portent les initiales de qui a écrit ou voté, jamais un nom complet. Seuls les animateurs de la session les voient, sur leurs tablettes et sur le serveur ; ce ne sont pas des preuves : ils peuvent être effacés à votre demande.',
			remote:
				'Pour inscrire un élu qui a un compte, l’animateur d’une session voit le nom, le mandat et la commune des élus de son département, jamais leur adresse. Si vous suivez une session à distance, le code que vous saisissez enregistre votre présence avec son heure et votre appareil, à la place d’une signature.',
			feedback:
				'Vos avis sur un module sont lus par les animateurs de la session, le coordinateur et l’équipe nationale sous forme de totaux et de moyennes ; une réponse anonyme ne porte aucun nom. Ce ne sont pas des preuves : vous pouvez demander leur effacement à tout moment.'
		},
		rights: {
			title: 'Vos droits',
			body: 'Vous pouvez consulter, corriger, télécharger et faire effacer vos données. Depuis Paramètres, une fois connecté : « Télécharger mes données » vous donne un fichier avec tout ce que le serveur garde sur vous ; « Demander l’effacement » enregistre votre demande, avec la liste de ce qui sera effacé et de ce qui est gardé comme preuve, et jusqu’à quand. L’équipe nationale la traite dans un délai d’un mois.',
			complaint:
				'Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (cnil.fr).'
		},
		settingsLink: 'Aller à Paramètres'
	},
	{
		title: 'Your personal data',
		intro:
			'This page explains, plainly, what Collabor’actons keeps about you, why, for how long, who can see it and how to have it deleted. It applies the General Data Protection Regulation (GDPR).',
		device: {
			title: 'On this device',
			body: 'So that the app works without a network, your tablet keeps: your name, e-mail address and commune; your sign-in session; your training progress; your commune’s projects, charters and photos; your display preferences. None of it leaves the device except to the programme’s server, when syncing.',
			erase:
				'Everything is erased from the device when you sign out (the app warns you if changes are still waiting to be sent).'
		},
		server: {
			title: 'On the programme’s server',
			body: 'The server keeps your account (name, e-mail address, role, commune, office), your progress, the charters you signed, your commune’s projects and their photos. Passwords are stored hashed: nobody can read them.',
			why: 'Why: to find your data on another device, to work with other élus on the same project, and to let the programme team follow the training.',
			accounts:
				'It also keeps the list of your devices (the browser and the date of the last sync, so that you can remove a lost tablet), the invitations sent, and a trace of each decision about your account (validation, refusal and its reason, role change, end of office: who, when and why). A request for an account is read by the mayor of the commune asked for, the territory’s coordinator and the national team.'
		},
		who: {
			title: 'Who sees what',
			body: 'The élus of your commune see the commune’s projects and charters. Your territory’s coordinator and the national team see projects and charters to support the programme. Your progress is visible only to you and the national team. A project is published as a good practice only with the consent of an élu of the commune, with no name or e-mail address.',
			census:
				'Your commune’s needs census answers are read by the commune’s élus, the facilitators who support it, your territory’s coordinator and the national team; the server keeps which élu gave each answer. Other communes see totals only, never one commune’s answers. Public pages of good practices hold no personal data.',
			community:
				'In the exchanges between communes, your messages carry your name and commune: the other users of the space read them (your département, your région, all of France or a theme). Your reports are never shown to the author or to others. Your vote in a consultation is secret: only totals are published, per territory, never who voted what; the server keeps the time of your vote on the tablet and the time it arrived, to count votes cast offline.'
		},
		duration: {
			title: 'For how long',
			account:
				'Your account, progress and preferences: as long as your account exists. You can ask for their deletion at any time.',
			proof:
				'Signed charters are proof of commitment: they are kept 11 years after signature, then deleted. This is the length of a municipal mandate (6 years) plus the common limitation period (5 years, article 2224 of the French Civil Code): a commitment made at the start of a mandate can be proved until no action about it is possible any more. Sealed attendance sheets will follow the same rule.',
			projects:
				'Projects belong to the commune: they stay when an élu leaves; only the link to your name is erased.'
		},
		sessions: {
			title: 'Training sessions',
			body: 'When you attend a session, the facilitator keeps on their tablet and then on the server: your name, office, commune, your e-mail address if you gave it, how your training is funded, and for each half-day your signature (with its time, the device, your arrival or departure times), then the facilitator’s countersignature that seals the sheet.',
			why: 'Why: it proves your attendance, as your certificate and the funder of the training (commune or élu DIF) require, and it is the basis of the programme’s count of trained élus.',
			who: 'Who sees it: the session’s facilitators, the coordinator of its territory and the national team. You see your own rows; never another élu.',
			duration:
				'How long: a sealed attendance sheet is proof, kept 11 years like charters, then deleted. An enrolment without a sealed signature is deleted one year after the last half-day, or earlier on request.',
			boards:
				'A session’s collective boards (ideas, dots) carry the initials of whoever wrote or voted, never a full name. Only the session’s facilitators see them, on their tablets and on the server; they are not proof: they can be deleted on request.',
			remote:
				'To enrol an élu who has an account, a session’s facilitator sees the name, office and commune of the élus of their département, never their address. If you attend a session remotely, the code you enter records your attendance with its time and your device, instead of a signature.',
			feedback:
				'Your evaluations of a module are read by the session’s facilitators, the coordinator and the national team as totals and means; an anonymous answer carries no name. They are not proof: you can ask for their deletion at any time.'
		},
		rights: {
			title: 'Your rights',
			body: 'You can see, correct, download and have your data erased. From Settings, once signed in: “Download my data” gives you a file with everything the server keeps about you; “Ask for deletion” records your request, with the list of what will be deleted and what is kept as proof, and until when. The national team handles it within one month.',
			complaint:
				'If you think your rights are not respected, you can file a complaint with the CNIL (cnil.fr).'
		},
		settingsLink: 'Go to Settings'
	}
);
