import { defineMessages } from '../define';

/** What each space of the programme will hold, shown honestly until it is built. */
export const spaces = defineMessages(
	{
		formation: {
			title: 'Formation',
			body: 'Les deux volets du programme (intelligence collective, économie symbiotique) et la communauté apprenante : modules de 3 heures, guides d’animation, études de cas, lisibles sans réseau, avec votre progression.'
		},
		sessions: {
			title: 'Sessions',
			body: 'Animer une session sans Wi-Fi : déroulé minuté, émargement signé sur la tablette, activités collectives, signature des contrats d’engagement et retours des participants, fusionnés entre les tablettes des co-animateurs.'
		},
		charte: {
			title: 'Contrat d’engagement',
			body: 'Signer le contrat d’engagement sur la tablette, même hors ligne, avec un reçu vérifiable, puis relier le contrat au projet de votre commune.'
		},
		communaute: {
			title: 'Communauté apprenante',
			body: 'Le recensement des besoins des communes, les bonnes pratiques partagées, les concertations entre maires et le réseau qui relie communes, territoires et État.'
		},
		territoire: {
			title: 'Territoire',
			body: 'Pour les coordinateurs : qui est formé, quels contrats d’engagement sont signés, quels projets par thème et par état, quels besoins, sur votre intercommunalité, votre département ou votre région.'
		}
	},
	{
		formation: {
			title: 'Training',
			body: 'The programme’s two tracks (collective intelligence, symbiotic economy) and the learning community: 3-hour modules, facilitator guides, case studies, readable offline, with your progress.'
		},
		sessions: {
			title: 'Sessions',
			body: 'Run a session without Wi-Fi: timed agenda, attendance signed on the tablet, collective activities, charter signing and feedback, merged across the co-facilitators’ tablets.'
		},
		charte: {
			title: 'Engagement charter',
			body: 'Sign the engagement charter on the tablet, even offline, with a verifiable receipt, then link it to your commune’s project.'
		},
		communaute: {
			title: 'Learning community',
			body: 'The communes’ needs census, shared good practices, consultations between mayors, and the network linking communes, territories and the State.'
		},
		territoire: {
			title: 'Territory',
			body: 'For coordinators: who is trained, which charters are signed, which projects by theme and status, which needs, across your intercommunality, département or region.'
		}
	}
);
