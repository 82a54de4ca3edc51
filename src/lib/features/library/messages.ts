// Texts of the library feature: the hub of the learning community, the library of good practices
// (filters, search, "Communes comme la vôtre" with its reasons, "Qui a déjà résolu ça ?"), one
// practice, and its public page. Theme and lever names come from `curriculum.themes.*` and
// `curriculum.levers.*`.
import { defineMessages } from '$lib/i18n/define';

export const library = defineMessages(
	{
		hub: {
			title: 'Communauté apprenante',
			intro:
				'Les communes du programme apprennent les unes des autres : dites vos besoins, trouvez ce que d’autres ont déjà fait, échangez et décidez ensemble. Tout fonctionne aussi sans réseau.',
			census: {
				title: 'Recensement des besoins',
				body: 'Le profil et les besoins de votre commune, à remplir entre élus.'
			},
			practices: {
				title: 'Bonnes pratiques',
				body: 'Les études de cas du programme et les projets publiés par les communes, avec ceux des communes qui vous ressemblent.'
			},
			discussions: {
				title: 'Échanges',
				body: 'Poser une question aux communes de votre département, de votre région ou de tout le pays.'
			},
			consultations: {
				title: 'Concertations',
				body: 'Donner votre avis et voter sur les questions que le programme pose aux maires.'
			},
			profile: 'Votre commune : {profile}',
			needs:
				'{count, plural, =0 {Aucun besoin déclaré} one {# besoin déclaré} other {# besoins déclarés}}'
		},
		title: 'Bonnes pratiques',
		intro:
			'Les études de cas du programme et les projets que les communes ont choisi de publier. Ils sont gardés sur cet appareil : la recherche marche sans réseau.',
		tabs: {
			similar: 'Communes comme la vôtre',
			solved: 'Qui a déjà résolu ça ?',
			all: 'Toutes les pratiques'
		},
		similar: {
			intro:
				'Les pratiques les plus proches de {commune} : même taille, même type de territoire, même département ou même besoin.',
			noCommune:
				'Votre compte n’est rattaché à aucune commune : le classement par ressemblance n’est pas disponible. Utilisez « Toutes les pratiques ».',
			loading: 'Chargement de la liste des communes…',
			none: 'Aucune pratique proche de votre commune n’est encore sur cet appareil.',
			censusHint:
				'Remplissez le recensement des besoins : le classement tiendra compte de vos besoins.'
		},
		solved: {
			intro:
				'Choisissez un de vos besoins : voici les communes dont un projet y répond, les plus proches de vous d’abord.',
			noNeeds:
				'Vous n’avez pas encore déclaré de besoin. Remplissez le recensement, ou choisissez un thème :',
			theme: 'Besoin ou thème',
			none: 'Aucun projet publié ne répond encore à ce besoin.'
		},
		reason: {
			same_size: 'même taille',
			close_size: 'taille proche',
			same_class: 'même type de territoire',
			same_departement: 'même département',
			same_region: 'même région',
			shared_need: 'même besoin : {theme}',
			shared_needs: 'mêmes besoins : {themes}',
			shared_theme: 'même thème : {theme}',
			proven: 'projet déjà lancé'
		},
		filters: {
			title: 'Filtrer',
			search: 'Rechercher',
			searchPlaceholder: 'Par exemple : compost, cantine, eau de pluie',
			theme: 'Thème d’impact',
			lever: 'Levier',
			size: 'Taille de commune',
			class: 'Rural ou urbain',
			departement: 'Département',
			region: 'Région',
			status: 'État du projet',
			kind: 'Origine',
			any: 'Tous',
			reset: 'Effacer les filtres',
			count: '{count, plural, =0 {Aucune pratique} one {# pratique} other {# pratiques}}',
			sizes: {
				'0': 'moins de 500 habitants',
				'1': '500 à 2 000 habitants',
				'2': '2 000 à 10 000 habitants',
				'3': '10 000 à 50 000 habitants',
				'4': '50 000 habitants et plus'
			},
			classes: { rural: 'Rural', urbain: 'Urbain' },
			kinds: { case_study: 'Étude de cas du programme', commune_project: 'Projet d’une commune' }
		},
		status: {
			idee: 'Idée',
			cadrage: 'En cadrage',
			lance: 'Lancé',
			en_cours: 'En cours',
			realise: 'Réalisé',
			abandonne: 'Abandonné',
			suspendu: 'Suspendu'
		},
		kind: { case_study: 'Étude de cas', commune_project: 'Projet de commune' },
		population: '{count, plural, one {# habitant} other {# habitants}}',
		practice: {
			open: 'Voir la pratique',
			public: 'Page publique à partager',
			ask: 'Poser une question à cette commune',
			caseStudy: 'Lire l’étude de cas complète',
			notFound:
				'Cette pratique n’est pas sur cet appareil : elle a pu être retirée par sa commune.',
			back: 'Retour aux bonnes pratiques'
		},
		public: {
			loading: 'Chargement…',
			unknown: 'Cette bonne pratique n’existe pas ou n’est plus publiée.',
			offline: 'Pas de réseau : cette page a besoin d’une connexion. Réessayez plus tard.',
			server: 'Le serveur ne répond pas correctement. Réessayez plus tard.',
			retry: 'Réessayer',
			about:
				'Une bonne pratique partagée par le programme Collabor’actons. Cette page est publique et ne contient aucune donnée personnelle.'
		}
	},
	{
		hub: {
			title: 'Learning community',
			intro:
				'The programme’s communes learn from each other: state your needs, find what others have already done, exchange and decide together. Everything also works offline.',
			census: {
				title: 'Needs census',
				body: 'Your commune’s profile and needs, filled in by its elected officials.'
			},
			practices: {
				title: 'Good practices',
				body: 'The programme’s case studies and the projects communes published, with those of communes like yours.'
			},
			discussions: {
				title: 'Exchanges',
				body: 'Ask the communes of your département, your region or the whole country a question.'
			},
			consultations: {
				title: 'Consultations',
				body: 'Give your opinion and vote on the questions the programme asks mayors.'
			},
			profile: 'Your commune: {profile}',
			needs: '{count, plural, =0 {No need declared} one {# need declared} other {# needs declared}}'
		},
		title: 'Good practices',
		intro:
			'The programme’s case studies and the projects communes chose to publish. They are kept on this device: search works offline.',
		tabs: {
			similar: 'Communes like yours',
			solved: 'Who already solved this?',
			all: 'All practices'
		},
		similar: {
			intro:
				'The practices closest to {commune}: same size, same kind of territory, same département or same need.',
			noCommune:
				'Your account is not linked to a commune: ranking by similarity is not available. Use “All practices”.',
			loading: 'Loading the list of communes…',
			none: 'No practice close to your commune is on this device yet.',
			censusHint: 'Fill in the needs census: the ranking will take your needs into account.'
		},
		solved: {
			intro:
				'Choose one of your needs: here are the communes whose project addresses it, the closest to you first.',
			noNeeds: 'You have not declared a need yet. Fill in the census, or choose a theme:',
			theme: 'Need or theme',
			none: 'No published project addresses this need yet.'
		},
		reason: {
			same_size: 'same size',
			close_size: 'similar size',
			same_class: 'same kind of territory',
			same_departement: 'same département',
			same_region: 'same region',
			shared_need: 'same need: {theme}',
			shared_needs: 'same needs: {themes}',
			shared_theme: 'same theme: {theme}',
			proven: 'project already under way'
		},
		filters: {
			title: 'Filter',
			search: 'Search',
			searchPlaceholder: 'For example: compost, canteen, rainwater',
			theme: 'Impact theme',
			lever: 'Lever',
			size: 'Size of commune',
			class: 'Rural or urban',
			departement: 'Département',
			region: 'Region',
			status: 'Project status',
			kind: 'Origin',
			any: 'All',
			reset: 'Clear filters',
			count: '{count, plural, =0 {No practice} one {# practice} other {# practices}}',
			sizes: {
				'0': 'under 500 inhabitants',
				'1': '500 to 2,000 inhabitants',
				'2': '2,000 to 10,000 inhabitants',
				'3': '10,000 to 50,000 inhabitants',
				'4': '50,000 inhabitants and more'
			},
			classes: { rural: 'Rural', urbain: 'Urban' },
			kinds: { case_study: 'Programme case study', commune_project: 'A commune’s project' }
		},
		status: {
			idee: 'Idea',
			cadrage: 'Being framed',
			lance: 'Launched',
			en_cours: 'Under way',
			realise: 'Done',
			abandonne: 'Abandoned',
			suspendu: 'Suspended'
		},
		kind: { case_study: 'Case study', commune_project: 'Commune project' },
		population: '{count, plural, one {# inhabitant} other {# inhabitants}}',
		practice: {
			open: 'See the practice',
			public: 'Public page to share',
			ask: 'Ask this commune a question',
			caseStudy: 'Read the full case study',
			notFound: 'This practice is not on this device: its commune may have withdrawn it.',
			back: 'Back to good practices'
		},
		public: {
			loading: 'Loading…',
			unknown: 'This good practice does not exist or is no longer published.',
			offline: 'No network: this page needs a connection. Try again later.',
			server: 'The server is not answering properly. Try again later.',
			retry: 'Try again',
			about:
				'A good practice shared by the Collabor’actons programme. This page is public and holds no personal data.'
		}
	}
);
