// Texts of the Formation space: table of contents by volet, module, activity guide, case study,
// search, content update and printing. The curriculum itself comes from the server, in French.
import { defineMessages } from '$lib/i18n/define';

export const curriculum = defineMessages(
	{
		title: 'Formation',
		intro:
			'Les modules des deux volets et de la communauté apprenante, avec leurs guides d’animation et les études de cas. Tout reste lisible sans réseau sur cet appareil.',
		loading: 'Chargement du contenu de la formation…',
		breadcrumb: 'Fil d’Ariane',
		volets: {
			intelligence_collective: {
				title: 'Volet 1 — Intelligence collective',
				body: 'Des outils et des postures pour mieux travailler ensemble : écoute, rôles, animation, décision.'
			},
			economie_symbiotique: {
				title: 'Volet 2 — Économie symbiotique',
				body: 'Une économie qui régénère les ressources, les liens et le vivant : leviers, études de cas, et une action concrète pour votre commune.'
			},
			transverse: {
				title: 'Volet transverse — Communauté apprenante',
				body: 'Recenser les besoins, partager les pratiques, apprendre en réseau entre maires, territoires et État.'
			},
			empty: 'Aucun module dans ce volet pour le moment.'
		},
		moduleNumber: 'Module {order}',
		duration: {
			minutes: '{minutes} min',
			hours: '{hours} h',
			hoursMinutes: '{hours} h {minutes}'
		},
		updatedOn: 'Mis à jour le {date}',
		modality: {
			label: 'Format',
			presentiel: 'en présentiel',
			distanciel: 'à distance'
		},
		update: {
			action: 'Mettre à jour le contenu',
			running: 'Mise à jour du contenu…',
			updated:
				'{count, plural, one {# texte reçu ou modifié.} other {# textes reçus ou modifiés.}}',
			unchanged: 'Le contenu de cet appareil est à jour.',
			offline:
				'Vous êtes hors ligne : le contenu déjà enregistré sur cet appareil reste disponible. Réessayez une fois connecté.',
			signedOut: 'Connectez-vous pour recevoir le contenu de la formation.',
			error:
				'Le contenu n’a pas pu être mis à jour. Le contenu enregistré reste disponible ; réessayez dans quelques minutes.',
			lastPulled: 'Contenu reçu sur cet appareil le {date}.',
			never: 'Le contenu n’a pas encore été reçu sur cet appareil.'
		},
		empty: {
			title: 'Le contenu n’est pas encore sur cet appareil',
			body: 'Connectez-vous à Internet, puis appuyez sur « Mettre à jour le contenu ». Une fois reçu, il reste disponible sans réseau.'
		},
		notFound: {
			module: 'Ce module n’existe pas, ou n’est pas encore sur cet appareil.',
			activity: 'Cette activité n’existe pas, ou n’est pas encore sur cet appareil.',
			case: 'Cette étude de cas n’existe pas, ou n’est pas encore sur cet appareil.',
			back: 'Retour à la formation'
		},
		module: {
			summary: 'En bref',
			objectives: 'Objectifs',
			agenda: 'Déroulé minuté',
			agendaIntro: 'Les horaires sont comptés depuis le début du module.',
			agendaTotal: 'Durée totale : {duration}',
			agendaMismatch:
				'Attention : les séquences totalisent {total}, pour une durée annoncée de {duration}.',
			startsAt: 'Début à {clock}',
			guideLink: 'Fiche de l’activité',
			takeaways: 'Ce que vous emportez',
			facilitator: 'Pour l’animateur : le déroulé commenté',
			facilitatorHint:
				'Ce texte s’adresse à la personne qui anime la session. Vous vivrez ce module en séance : rien à préparer de votre côté.',
			activities: 'Les activités du module'
		},
		activity: {
			label: 'Activité',
			module: 'Module : {title}',
			duration: 'Durée',
			method: 'Méthode',
			purpose: 'À quoi elle sert',
			groupSize: 'Taille du groupe',
			materials: 'Matériel',
			guide: 'Guide d’animation',
			guideFold: 'Pour l’animateur : le guide d’animation',
			eluReading:
				'Cette activité se vit en session, avec un animateur : ci-dessus, à quoi elle sert et ce qu’il faut. Le guide ci-dessous est écrit pour l’animateur ; vous pouvez le lire pour savoir ce qui vous attend.',
			previous: 'Activité précédente : {title}',
			next: 'Activité suivante : {title}'
		},
		case: {
			label: 'Étude de cas',
			list: 'Études de cas',
			listIntro: 'Des réalisations d’ailleurs, chiffrées et sourcées, pour nourrir vos projets.',
			place: 'Lieu',
			figures: 'Chiffres clés',
			figureSource: 'Source : {source}',
			sources: 'Sources',
			themes: 'Thèmes',
			levers: 'Leviers de l’économie symbiotique',
			ruralOrUrban: {
				rural: 'Territoire rural',
				urbain: 'Territoire urbain',
				les_deux: 'Rural et urbain'
			}
		},
		themes: {
			relance_economique: 'Relance économique',
			emploi: 'Emploi',
			relocalisation: 'Relocalisation des activités',
			regeneration_ecosystemes: 'Régénération des écosystèmes',
			resilience_alimentaire: 'Résilience alimentaire',
			fracture_numerique: 'Fracture numérique',
			eau: 'Eau',
			energie: 'Énergie',
			dechets: 'Déchets',
			revitalisation_democratique: 'Revitalisation démocratique',
			progres_social: 'Progrès social'
		},
		levers: {
			open_data: 'Données ouvertes',
			economie_circulaire: 'Économie circulaire',
			economie_bleue: 'Économie bleue',
			biomimetisme: 'Biomimétisme',
			urbanisme_multifonctionnel: 'Urbanisme multifonctionnel',
			ingenierie_ecologique: 'Ingénierie écologique',
			permaculture: 'Permaculture',
			intelligence_collective: 'Intelligence collective',
			economie_information: 'Économie de l’information',
			communs: 'Communs'
		},
		search: {
			title: 'Rechercher dans la formation',
			label: 'Rechercher un module, une activité, une étude de cas',
			hint: 'Par exemple : world café, économie circulaire, consentement. Les accents et les majuscules ne comptent pas.',
			submit: 'Rechercher',
			results: '{count, plural, =0 {Aucun résultat.} one {# résultat.} other {# résultats.}}',
			noResult: 'Aucun résultat pour « {query} ». Essayez un autre mot, ou un mot plus court.',
			kinds: {
				module: 'Module',
				activity: 'Activité',
				case: 'Étude de cas'
			}
		},
		print: {
			action: 'Imprimer',
			bundle: 'Le module et toutes ses fiches',
			bundleIntro:
				'Cette page rassemble le module et les guides de toutes ses activités, dans l’ordre du déroulé, pour les imprimer en une fois.'
		},
		runModule: 'Animer ce module en salle (minuteur)'
	},
	{
		title: 'Training',
		intro:
			'The modules of both tracks and of the learning community, with their facilitator guides and the case studies. Everything stays readable offline on this device.',
		loading: 'Loading the training content…',
		breadcrumb: 'Breadcrumb',
		volets: {
			intelligence_collective: {
				title: 'Track 1 — Collective intelligence',
				body: 'Tools and postures to work better together: listening, roles, facilitation, decision.'
			},
			economie_symbiotique: {
				title: 'Track 2 — Symbiotic economy',
				body: 'An economy that regenerates resources, social ties and living systems: levers, case studies, and one concrete action for your commune.'
			},
			transverse: {
				title: 'Cross-cutting track — Learning community',
				body: 'Surveying needs, sharing practices, learning as a network of mayors, territories and the State.'
			},
			empty: 'No module in this track yet.'
		},
		moduleNumber: 'Module {order}',
		duration: {
			minutes: '{minutes} min',
			hours: '{hours} h',
			hoursMinutes: '{hours} h {minutes}'
		},
		updatedOn: 'Updated on {date}',
		modality: {
			label: 'Format',
			presentiel: 'in person',
			distanciel: 'remote'
		},
		update: {
			action: 'Update the content',
			running: 'Updating the content…',
			updated:
				'{count, plural, one {# text received or changed.} other {# texts received or changed.}}',
			unchanged: 'The content on this device is up to date.',
			offline:
				'You are offline: the content already stored on this device remains available. Try again once connected.',
			signedOut: 'Sign in to receive the training content.',
			error:
				'The content could not be updated. The stored content remains available; try again in a few minutes.',
			lastPulled: 'Content received on this device on {date}.',
			never: 'The content has not been received on this device yet.'
		},
		empty: {
			title: 'The content is not on this device yet',
			body: 'Connect to the Internet, then press “Update the content”. Once received, it stays available offline.'
		},
		notFound: {
			module: 'This module does not exist, or is not on this device yet.',
			activity: 'This activity does not exist, or is not on this device yet.',
			case: 'This case study does not exist, or is not on this device yet.',
			back: 'Back to training'
		},
		module: {
			summary: 'In short',
			objectives: 'Objectives',
			agenda: 'Timed agenda',
			agendaIntro: 'Times are counted from the start of the module.',
			agendaTotal: 'Total duration: {duration}',
			agendaMismatch:
				'Warning: the sequences add up to {total}, for a stated duration of {duration}.',
			startsAt: 'Starts at {clock}',
			guideLink: 'Activity guide',
			takeaways: 'What you take away',
			facilitator: 'For the facilitator: the annotated agenda',
			facilitatorHint:
				'This text is for the person who runs the session. You will take this module in a session: nothing to prepare on your side.',
			activities: 'Activities of the module'
		},
		activity: {
			label: 'Activity',
			module: 'Module: {title}',
			duration: 'Duration',
			method: 'Method',
			purpose: 'What it is for',
			groupSize: 'Group size',
			materials: 'Materials',
			guide: 'Facilitator guide',
			guideFold: 'For the facilitator: the facilitation guide',
			eluReading:
				'This activity takes place in a session, with a facilitator: above, what it is for and what it needs. The guide below is written for the facilitator; you may read it to know what to expect.',
			previous: 'Previous activity: {title}',
			next: 'Next activity: {title}'
		},
		case: {
			label: 'Case study',
			list: 'Case studies',
			listIntro: 'Achievements from elsewhere, with figures and sources, to inspire your projects.',
			place: 'Place',
			figures: 'Key figures',
			figureSource: 'Source: {source}',
			sources: 'Sources',
			themes: 'Themes',
			levers: 'Levers of the symbiotic economy',
			ruralOrUrban: {
				rural: 'Rural area',
				urbain: 'Urban area',
				les_deux: 'Rural and urban'
			}
		},
		themes: {
			relance_economique: 'Economic recovery',
			emploi: 'Employment',
			relocalisation: 'Relocation of activity',
			regeneration_ecosystemes: 'Ecosystem regeneration',
			resilience_alimentaire: 'Food resilience',
			fracture_numerique: 'Digital divide',
			eau: 'Water',
			energie: 'Energy',
			dechets: 'Waste',
			revitalisation_democratique: 'Democratic revitalisation',
			progres_social: 'Social progress'
		},
		levers: {
			open_data: 'Open data',
			economie_circulaire: 'Circular economy',
			economie_bleue: 'Blue economy',
			biomimetisme: 'Biomimicry',
			urbanisme_multifonctionnel: 'Multifunctional urbanism',
			ingenierie_ecologique: 'Ecological engineering',
			permaculture: 'Permaculture',
			intelligence_collective: 'Collective intelligence',
			economie_information: 'Information economy',
			communs: 'Commons'
		},
		search: {
			title: 'Search the training',
			label: 'Search for a module, an activity, a case study',
			hint: 'For example: world café, économie circulaire, consentement. Accents and capitals do not matter.',
			submit: 'Search',
			results: '{count, plural, =0 {No results.} one {# result.} other {# results.}}',
			noResult: 'No results for “{query}”. Try another word, or a shorter one.',
			kinds: {
				module: 'Module',
				activity: 'Activity',
				case: 'Case study'
			}
		},
		print: {
			action: 'Print',
			bundle: 'The module and all its guides',
			bundleIntro:
				'This page gathers the module and the guides of all its activities, in agenda order, to print them at once.'
		},
		runModule: 'Run this module in the room (timer)'
	}
);
