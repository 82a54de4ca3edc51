// Texts of the territories feature: the dashboards of coordinators and of the national team,
// the map, the tables, the exports and the one-page PDF.
import { defineMessages } from '$lib/i18n/define';

export const territories = defineMessages(
	{
		module: {
			ic: 'Intelligence collective, module {n}',
			es: 'Économie symbiotique, module {n}'
		},
		partName: 'Nom',
		title: 'Territoire',
		kinds: {
			national: 'France entière',
			region: 'Région',
			departement: 'Département',
			epci: 'Intercommunalité',
			commune: 'Commune',
			fabrique: 'Fabrique de transitions'
		},
		reserved:
			'Cet espace est réservé aux coordinateurs de territoire et à l’équipe nationale. Votre commune et vos projets sont dans vos autres espaces.',
		loading: 'Chargement des chiffres…',
		figuresOf: 'Chiffres du {date}',
		kept: 'Chiffres gardés sur cet appareil : ils datent du {date}. Ils seront mis à jour à la prochaine connexion.',
		offlineNone:
			'Ces chiffres viennent du serveur et cet appareil ne les a pas encore gardés : connectez-vous à Internet une première fois.',
		error: 'Les chiffres n’ont pas pu être chargés. Réessayez dans quelques minutes.',
		unknown: 'Ce territoire est inconnu.',
		never: 'Les chiffres n’ont pas encore été calculés par le serveur.',
		restricted: 'Vous voyez la partie de ce territoire qui est dans le vôtre.',
		demo: 'Données de démonstration : ces chiffres sont fictifs.',
		up: 'Remonter vers',
		parts: 'Les parties de ce territoire',
		open: 'Ouvrir',
		headline: {
			trained: 'Élus formés',
			trainedHint: 'Comptés sur les feuilles d’émargement scellées par les animateurs.',
			unlinked: 'Participants sans compte',
			unlinkedHint: 'Formés, mais pas encore reliés à un compte d’élu : comptés à part.',
			selfDeclared: 'Élus ayant coché des modules eux-mêmes',
			selfDeclaredHint: 'Déclaratif : jamais ajouté aux élus formés.',
			accounts: 'Élus inscrits',
			charters: 'Chartes d’engagement signées',
			chartersCommunes: '{count, plural, =0 {aucune commune} one {# commune} other {# communes}}',
			projects: 'Projets',
			projectsCommunes:
				'dans {count, plural, =0 {aucune commune} one {# commune} other {# communes}}',
			communes: 'Communes',
			population: '{count} habitants',
			sessions: 'Sessions tenues',
			sessionsPlanned: '{count} prévues'
		},
		targets: {
			title: 'Objectifs du programme',
			intro:
				'Objectifs nationaux : 77 000 élus formés et 36 000 projets lancés d’ici le {deadline}. Pour un territoire, la part de ses communes.',
			trained: 'Élus formés',
			projects: 'Projets lancés',
			of: '{achieved} sur {target} ({share} %)',
			pace: 'Rythme actuel : {current} par mois. Rythme nécessaire : {needed} par mois.',
			done: 'Objectif atteint.',
			noTarget: 'Pas encore d’objectif : aucune commune n’est comptée dans ce territoire.',
			onTrack: 'Au rythme actuel, l’objectif sera atteint à temps.',
			late: 'Au rythme actuel, l’objectif ne sera pas atteint à temps.',
			passed: 'L’échéance est passée.'
		},
		split: {
			title: 'Communes rurales et urbaines',
			rural: 'Rurales',
			urbain: 'Urbaines',
			line: '{communes} communes, dont {withProject} avec un projet'
		},
		participation: {
			needs: 'Besoins déclarés au recensement, par thématique (nombre de communes)',
			needsNote:
				'Recensement le plus récent : {count, plural, =0 {aucune commune n’a répondu} one {# commune a répondu} other {# communes ont répondu}}.',
			needsRule: 'Une thématique choisie par moins de 3 communes n’est pas montrée.',
			profiles: 'Profils A, B, C choisis au recensement (nombre de communes)',
			hidden:
				'Moins de 3 communes ont répondu : ces chiffres sont cachés pour ne pas dévoiler la réponse d’une commune.',
			title: 'Participation et avis des élus',
			votes: 'Votes aux consultations',
			votingCommunes: 'Communes qui ont voté',
			satisfaction: 'Satisfaction moyenne en fin de module',
			satisfactionValue: '{value} sur 5 ({count, plural, one {# réponse} other {# réponses}})',
			satisfactionHidden: 'Moins de 3 réponses : note cachée',
			responseRate: 'Taux de réponse aux questionnaires de fin de module',
			none: 'pas encore de chiffre',
			note: 'Des totaux seulement : jamais le vote ni la réponse d’un élu.',
			pdfCensus:
				'Recensement des besoins : {count, plural, =0 {aucune commune n’a répondu} one {# commune a répondu} other {# communes ont répondu}}.',
			pdfNeeds: 'Besoins les plus cités (nombre de communes) : {list}.',
			pdfFeedback:
				'Votes aux consultations : {votes} · Satisfaction en fin de module : {satisfaction} · Réponses aux questionnaires : {rate}'
		},
		charts: {
			overTime: 'Chartes et projets au fil des mois',
			overTimeHint: 'Total cumulé, mois par mois.',
			charters: 'Chartes signées',
			projects: 'Projets créés',
			month: 'Mois',
			byStatus: 'Projets par état d’avancement',
			byTheme: 'Projets par thématique d’impact',
			byLever: 'Projets par levier de l’économie symbiotique',
			selfDeclared: 'Modules cochés par les élus eux-mêmes (déclaratif)',
			profiles: 'Profils des communes (recensement)',
			count: 'Nombre',
			none: 'Rien à montrer pour le moment.',
			table: 'Voir les chiffres en tableau'
		},
		map: {
			title: 'Carte des départements',
			figure: 'Colorer selon',
			hint: 'Chaque carré est un département, placé à peu près où il se trouve. Flèches du clavier pour passer d’un département à l’autre, Entrée pour l’ouvrir.',
			overseas: 'Outre-mer',
			legend: 'Légende',
			noData: 'sans chiffre',
			tile: '{code} {name} : {value}',
			source:
				'Carte en carrés dessinée par Collabor’actons (aucune donnée cartographique tierce) ; départements et communes : découpage administratif Etalab / INSEE, COG 2026, Licence Ouverte 2.0.',
			table: 'Tableau des départements (mêmes chiffres que la carte)'
		},
		metrics: {
			elus_accounts: 'Élus inscrits',
			trained_elus: 'Élus formés',
			self_declared_elus: 'Élus ayant coché un module',
			charters: 'Chartes signées',
			projects: 'Projets',
			projects_communes: 'Communes avec un projet',
			projects_realise: 'Projets réalisés'
		},
		communes: {
			title: 'Les communes',
			filter: 'Filtrer par nom, code INSEE ou intercommunalité',
			only: 'Montrer',
			all: 'Toutes',
			rural: 'Rurales',
			urbain: 'Urbaines',
			withoutProject: 'Sans projet',
			sortBy: 'Trier par',
			shown: '{shown} communes sur {total}',
			name: 'Commune',
			population: 'Population',
			epci: 'Intercommunalité',
			more: 'Afficher {count} de plus'
		},
		projects: {
			title: 'Les projets de la commune',
			none: 'Aucun projet pour le moment.'
		},
		fabriques: {
			title: 'Fabriques de transitions',
			communes: '{count, plural, one {# commune} other {# communes}}'
		},
		exports: {
			title: 'Exporter',
			communes: 'Tableau des communes (CSV)',
			parts: 'Tableau des parties du territoire (CSV)',
			pdf: 'Résumé d’une page (PDF)',
			pdfWorking: 'Préparation du PDF…',
			pdfError: 'Le PDF n’a pas pu être préparé. Réessayez.',
			csvHint: 'Séparateur « ; », s’ouvre tel quel dans un tableur français.'
		},
		pdf: {
			title: 'Collabor’actons — {name}',
			subtitle: '{kind} · chiffres du {date}',
			keyFigures: 'Chiffres clés',
			targets: 'Objectifs du programme (part du territoire)',
			status: 'Projets par état d’avancement',
			themes: 'Les 5 thématiques les plus fréquentes',
			parts: 'Les parties du territoire',
			note: 'Élus formés : comptés sur les feuilles d’émargement scellées. Les modules cochés par les élus eux-mêmes sont déclaratifs et jamais ajoutés. Source : Collabor’actons, {date}.'
		}
	},
	{
		module: {
			ic: 'Collective intelligence, module {n}',
			es: 'Symbiotic economy, module {n}'
		},
		partName: 'Name',
		title: 'Territory',
		kinds: {
			national: 'All of France',
			region: 'Region',
			departement: 'Département',
			epci: 'Intercommunality',
			commune: 'Commune',
			fabrique: 'Fabrique de transitions'
		},
		reserved:
			'This space is for territory coordinators and the national team. Your commune and projects are in your other spaces.',
		loading: 'Loading the figures…',
		figuresOf: 'Figures of {date}',
		kept: 'Figures kept on this device: they date from {date}. They will be updated next time you are online.',
		offlineNone:
			'These figures come from the server and this device has not kept them yet: go online once first.',
		error: 'The figures could not be loaded. Try again in a few minutes.',
		unknown: 'This territory is unknown.',
		never: 'The server has not computed the figures yet.',
		restricted: 'You see the part of this territory that lies in yours.',
		demo: 'Demo data: these figures are fictitious.',
		up: 'Up to',
		parts: 'Parts of this territory',
		open: 'Open',
		headline: {
			trained: 'Élus trained',
			trainedHint: 'Counted from attendance sheets sealed by facilitators.',
			unlinked: 'Participants without an account',
			unlinkedHint: 'Trained but not linked to an élu account yet: counted apart.',
			selfDeclared: 'Élus who ticked modules themselves',
			selfDeclaredHint: 'Self-declared: never added to élus trained.',
			accounts: 'Élus registered',
			charters: 'Engagement charters signed',
			chartersCommunes: '{count, plural, =0 {no commune} one {# commune} other {# communes}}',
			projects: 'Projects',
			projectsCommunes: 'in {count, plural, =0 {no commune} one {# commune} other {# communes}}',
			communes: 'Communes',
			population: '{count} inhabitants',
			sessions: 'Sessions held',
			sessionsPlanned: '{count} planned'
		},
		targets: {
			title: 'Programme targets',
			intro:
				'National targets: 77,000 élus trained and 36,000 projects launched by {deadline}. For a territory, its communes’ share.',
			trained: 'Élus trained',
			projects: 'Projects launched',
			of: '{achieved} of {target} ({share} %)',
			pace: 'Current pace: {current} a month. Pace needed: {needed} a month.',
			done: 'Target reached.',
			noTarget: 'No target yet: no commune is counted in this territory.',
			onTrack: 'At the current pace, the target will be reached in time.',
			late: 'At the current pace, the target will not be reached in time.',
			passed: 'The deadline has passed.'
		},
		split: {
			title: 'Rural and urban communes',
			rural: 'Rural',
			urbain: 'Urban',
			line: '{communes} communes, {withProject} with a project'
		},
		participation: {
			needs: 'Needs declared in the census, by theme (number of communes)',
			needsNote:
				'Latest census: {count, plural, =0 {no commune answered} one {# commune answered} other {# communes answered}}.',
			needsRule: 'A theme chosen by fewer than 3 communes is not shown.',
			profiles: 'Profiles A, B, C chosen in the census (number of communes)',
			hidden:
				'Fewer than 3 communes answered: these figures are hidden so no commune’s answer shows.',
			title: 'Participation and élus’ feedback',
			votes: 'Votes in consultations',
			votingCommunes: 'Communes that voted',
			satisfaction: 'Mean satisfaction at the end of a module',
			satisfactionValue: '{value} out of 5 ({count, plural, one {# answer} other {# answers}})',
			satisfactionHidden: 'Fewer than 3 answers: score hidden',
			responseRate: 'Response rate to end-of-module questionnaires',
			none: 'no figure yet',
			note: 'Totals only: never one élu’s vote or answer.',
			pdfCensus:
				'Needs census: {count, plural, =0 {no commune answered} one {# commune answered} other {# communes answered}}.',
			pdfNeeds: 'Needs cited most (number of communes): {list}.',
			pdfFeedback:
				'Votes in consultations: {votes} · Satisfaction at the end of a module: {satisfaction} · Questionnaires answered: {rate}'
		},
		charts: {
			overTime: 'Charters and projects month by month',
			overTimeHint: 'Running total, month by month.',
			charters: 'Charters signed',
			projects: 'Projects created',
			month: 'Month',
			byStatus: 'Projects by status',
			byTheme: 'Projects by impact theme',
			byLever: 'Projects by symbiotic economy lever',
			selfDeclared: 'Modules ticked by élus themselves (self-declared)',
			profiles: 'Commune profiles (census)',
			count: 'Count',
			none: 'Nothing to show yet.',
			table: 'See the figures as a table'
		},
		map: {
			title: 'Map of départements',
			figure: 'Colour by',
			hint: 'Each square is a département, placed roughly where it lies. Arrow keys move from one département to the next, Enter opens it.',
			overseas: 'Overseas',
			legend: 'Legend',
			noData: 'no figure',
			tile: '{code} {name}: {value}',
			source:
				'Tile map drawn by Collabor’actons (no third-party map data); départements and communes: Etalab / INSEE administrative divisions, COG 2026, Licence Ouverte 2.0.',
			table: 'Table of départements (same figures as the map)'
		},
		metrics: {
			elus_accounts: 'Élus registered',
			trained_elus: 'Élus trained',
			self_declared_elus: 'Élus who ticked a module',
			charters: 'Charters signed',
			projects: 'Projects',
			projects_communes: 'Communes with a project',
			projects_realise: 'Projects completed'
		},
		communes: {
			title: 'Communes',
			filter: 'Filter by name, INSEE code or intercommunality',
			only: 'Show',
			all: 'All',
			rural: 'Rural',
			urbain: 'Urban',
			withoutProject: 'Without a project',
			sortBy: 'Sort by',
			shown: '{shown} communes of {total}',
			name: 'Commune',
			population: 'Population',
			epci: 'Intercommunality',
			more: 'Show {count} more'
		},
		projects: {
			title: 'The commune’s projects',
			none: 'No project yet.'
		},
		fabriques: {
			title: 'Fabriques de transitions',
			communes: '{count, plural, one {# commune} other {# communes}}'
		},
		exports: {
			title: 'Export',
			communes: 'Table of communes (CSV)',
			parts: 'Table of the territory’s parts (CSV)',
			pdf: 'One-page summary (PDF)',
			pdfWorking: 'Preparing the PDF…',
			pdfError: 'The PDF could not be prepared. Try again.',
			csvHint: 'Separator “;”, opens as is in a French spreadsheet.'
		},
		pdf: {
			title: 'Collabor’actons — {name}',
			subtitle: '{kind} · figures of {date}',
			keyFigures: 'Key figures',
			targets: 'Programme targets (the territory’s share)',
			status: 'Projects by status',
			themes: 'The 5 most frequent themes',
			parts: 'Parts of the territory',
			note: 'Élus trained: counted from sealed attendance sheets. Modules ticked by élus themselves are self-declared and never added. Source: Collabor’actons, {date}.'
		}
	}
);
