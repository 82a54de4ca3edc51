import { defineMessages } from '$lib/i18n/define';

/** The élu's home page: their charter, their project and its next milestone. */
export const home = defineMessages(
	{
		title: 'Mon engagement',
		charter: {
			title: 'Contrat d’engagement',
			signed: 'Signé le {date}',
			receipt: 'Reçu {receipt}',
			none: 'Vous n’avez pas encore signé le contrat d’engagement.',
			sign: 'Lire et signer le contrat',
			open: 'Voir mon contrat'
		},
		project: {
			title: 'Mon projet',
			status: 'Avancement : {status}',
			none: 'Vous n’avez pas encore de projet. Cadrez l’action que vous voulez lancer : elle pré-remplira votre projet.',
			draft: 'Votre cadrage est commencé sur cet appareil.',
			frame: 'Cadrer mon action',
			resume: 'Reprendre mon cadrage',
			open: 'Ouvrir mon projet'
		},
		milestone: {
			title: 'Prochain jalon',
			none: 'Aucun jalon à venir : ajoutez-en un sur la fiche du projet.'
		}
	},
	{
		title: 'My commitment',
		charter: {
			title: 'Engagement charter',
			signed: 'Signed on {date}',
			receipt: 'Receipt {receipt}',
			none: 'You have not signed the engagement charter yet.',
			sign: 'Read and sign the charter',
			open: 'See my charter'
		},
		project: {
			title: 'My project',
			status: 'Progress: {status}',
			none: 'You have no project yet. Frame the action you want to launch: it will fill in your project.',
			draft: 'Your framing is started on this device.',
			frame: 'Frame my action',
			resume: 'Resume my framing',
			open: 'Open my project'
		},
		milestone: {
			title: 'Next milestone',
			none: 'No milestone ahead: add one on the project’s page.'
		}
	}
);
