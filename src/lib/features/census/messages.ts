// Texts of the census feature: the needs census form (profile, needs by impact theme with a
// priority, offers, constraints), where each answer stands, the needs of communes for the
// planning of a session, and its records on the Synchronisation screen. Theme names come from
// `curriculum.themes.*`.
import { defineMessages } from '$lib/i18n/define';

export const census = defineMessages(
	{
		title: 'Recensement des besoins',
		intro:
			'Dites au programme où en est votre commune et ce dont elle a besoin. Les élus de la commune répondent ensemble ; chaque réponse est enregistrée sur cet appareil, même sans réseau, puis envoyée. Vos réponses sont lues par les élus de votre commune, les coordinateurs de votre territoire, les facilitateurs qui vous accompagnent et l’équipe nationale. Les autres communes ne voient que des totaux.',
		campaign: 'Campagne : {title}',
		closed:
			'Cette campagne est close : vos réponses restent visibles, mais ne peuvent plus changer.',
		noCampaign:
			'Aucune campagne de recensement n’est ouverte sur cet appareil. Connectez-vous au réseau une fois pour recevoir la campagne en cours.',
		noCommune:
			'Seuls les élus d’une commune répondent à son recensement. Votre compte n’est rattaché à aucune commune.',
		answered: '{count} réponses sur {total} questions',
		profile: {
			title: 'Où en est votre commune ?',
			A: 'A — Nous agissons déjà pour la transition écologique et démocratique : nous cherchons du soutien, des échanges et de la visibilité.',
			B: 'B — Nous voulons agir mais n’avons pas commencé : nous cherchons de l’information et un accompagnement.',
			C: 'C — Ce sujet ne nous concerne pas vraiment pour l’instant.',
			short: {
				A: 'Profil A — déjà en action',
				B: 'Profil B — prête à se lancer',
				C: 'Profil C — pas encore concernée'
			}
		},
		needs: {
			title: 'Vos besoins, par thème',
			hint: 'Pour chaque thème, choisissez une priorité. Vous pouvez préciser en une phrase.',
			priority: {
				'0': 'Pas un besoin',
				'1': 'Utile',
				'2': 'Important',
				'3': 'Urgent'
			},
			note: 'Précision (facultatif)',
			notePlaceholder: 'Par exemple : les déchets verts des particuliers'
		},
		offers: {
			title: 'Ce que votre commune peut offrir aux autres',
			experience: 'Une expérience à partager',
			skills: 'Des compétences',
			equipment: 'Du matériel ou des lieux'
		},
		constraints: {
			title: 'Ce qui vous freine',
			staff: 'Le personnel',
			budget: 'Le budget',
			connectivity: 'La connexion internet',
			level: {
				'0': 'Aucune gêne',
				'1': 'Un peu',
				'2': 'Beaucoup',
				'3': 'Bloquant'
			}
		},
		save: 'Enregistrer',
		state: {
			device: 'Enregistré sur cet appareil, pas encore envoyé',
			sent: 'Envoyé au serveur',
			refused: 'Refusé par le serveur : {reason}'
		},
		saveError:
			'La réponse n’a pas pu être enregistrée sur cet appareil. Vérifiez l’espace de stockage dans Paramètres, puis réessayez.',
		invalid: {
			commune: 'Seuls les élus de la commune peuvent répondre à son recensement.',
			closed: 'Cette campagne est close : la réponse n’a pas été enregistrée.',
			campaign: 'Cette campagne n’est pas reconnue.',
			question: 'Cette question n’existe pas dans le recensement.',
			answer: 'Cette réponse ne peut pas être lue.',
			profile: 'Choisissez le profil A, B ou C.',
			priority: 'Choisissez une priorité.',
			level: 'Choisissez un niveau.',
			note: 'La précision ne doit pas dépasser 1 000 caractères.',
			offer: 'Le texte ne doit pas dépasser 2 000 caractères.'
		},
		totals: {
			title: 'Ce que les autres communes ont répondu',
			offline: 'Les totaux des autres communes demandent une connexion.',
			error: 'Les totaux ne sont pas disponibles pour le moment. Réessayez plus tard.',
			departement: 'Votre département',
			region: 'Votre région',
			epci: 'Votre intercommunalité',
			national: 'Toute la France',
			communes:
				'{count, plural, =0 {aucune commune n’a répondu} one {# commune a répondu} other {# communes ont répondu}}',
			few: 'moins de {min} communes : les totaux restent cachés pour que personne ne reconnaisse une commune',
			profiles: 'profil A : {a}, profil B : {b}, profil C : {c}',
			needs: 'Besoins les plus cités : {needs}'
		},
		planning: {
			title: 'Besoins et profils des communes',
			none: 'Pas encore de réponse au recensement',
			needs: 'Besoins : {needs}',
			noNeeds: 'Aucun besoin déclaré'
		},
		records: {
			item: 'Réponse au recensement ({question})',
			count: '{count, plural, one {# réponse au recensement} other {# réponses au recensement}}'
		}
	},
	{
		title: 'Needs census',
		intro:
			'Tell the programme where your commune stands and what it needs. The commune’s elected officials answer together; each answer is saved on this device, even offline, then sent. Your answers are read by your commune’s officials, your territory’s coordinators, the facilitators who support you and the national team. Other communes only see totals.',
		campaign: 'Campaign: {title}',
		closed: 'This campaign is closed: your answers stay visible but can no longer change.',
		noCampaign:
			'No census campaign is open on this device. Connect once to receive the current campaign.',
		noCommune:
			'Only the elected officials of a commune answer its census. Your account is not linked to a commune.',
		answered: '{count} answers out of {total} questions',
		profile: {
			title: 'Where does your commune stand?',
			A: 'A — We already act on the ecological and democratic transition: we look for support, exchanges and visibility.',
			B: 'B — We want to act but have not started: we look for information and support.',
			C: 'C — This does not really concern us for now.',
			short: {
				A: 'Profile A — already acting',
				B: 'Profile B — ready to start',
				C: 'Profile C — not concerned yet'
			}
		},
		needs: {
			title: 'Your needs, by theme',
			hint: 'For each theme, choose a priority. You may add one sentence.',
			priority: { '0': 'Not a need', '1': 'Useful', '2': 'Important', '3': 'Urgent' },
			note: 'Detail (optional)',
			notePlaceholder: 'For example: residents’ green waste'
		},
		offers: {
			title: 'What your commune can offer others',
			experience: 'An experience to share',
			skills: 'Skills',
			equipment: 'Equipment or premises'
		},
		constraints: {
			title: 'What holds you back',
			staff: 'Staff',
			budget: 'Budget',
			connectivity: 'Internet connection',
			level: { '0': 'Not at all', '1': 'A little', '2': 'A lot', '3': 'Blocking' }
		},
		save: 'Save',
		state: {
			device: 'Saved on this device, not sent yet',
			sent: 'Sent to the server',
			refused: 'Refused by the server: {reason}'
		},
		saveError:
			'The answer could not be saved on this device. Check storage in Settings, then try again.',
		invalid: {
			commune: 'Only the commune’s elected officials may answer its census.',
			closed: 'This campaign is closed: the answer was not saved.',
			campaign: 'This campaign is not recognised.',
			question: 'This question is not part of the census.',
			answer: 'This answer cannot be read.',
			profile: 'Choose profile A, B or C.',
			priority: 'Choose a priority.',
			level: 'Choose a level.',
			note: 'The detail must not exceed 1,000 characters.',
			offer: 'The text must not exceed 2,000 characters.'
		},
		totals: {
			title: 'What other communes answered',
			offline: 'Other communes’ totals need a connection.',
			error: 'Totals are not available right now. Try again later.',
			departement: 'Your département',
			region: 'Your region',
			epci: 'Your intercommunality',
			national: 'All of France',
			communes:
				'{count, plural, =0 {no commune answered} one {# commune answered} other {# communes answered}}',
			few: 'fewer than {min} communes: totals stay hidden so that nobody recognises a commune',
			profiles: 'profile A: {a}, profile B: {b}, profile C: {c}',
			needs: 'Most cited needs: {needs}'
		},
		planning: {
			title: 'Needs and profiles of the communes',
			none: 'No census answer yet',
			needs: 'Needs: {needs}',
			noNeeds: 'No need declared'
		},
		records: {
			item: 'Census answer ({question})',
			count: '{count, plural, one {# census answer} other {# census answers}}'
		}
	}
);
