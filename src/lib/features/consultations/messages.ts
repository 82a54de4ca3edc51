// Texts of concertations: the list, a consultation (context, closing, options or proposals),
// voting offline and where the vote stands, the grace period, results, participation, synthesis,
// the CSV export, and its records on the Synchronisation screen.
import { defineMessages } from '$lib/i18n/define';

export const consultations = defineMessages(
	{
		title: 'Concertations',
		intro:
			'Les consultations ouvertes par l’équipe nationale et les coordinateurs. Vous pouvez voter sans réseau : votre vote part à la prochaine connexion et ne compte qu’une fois.',
		back: 'Retour aux concertations',
		empty: 'Aucune consultation sur cet appareil pour le moment.',
		notFound:
			'Cette consultation n’est pas sur cet appareil. Elle apparaîtra après la prochaine synchronisation.',
		scope: {
			national: 'Toute la France',
			region: 'Région {code}',
			departement: 'Département {code}'
		},
		phase: {
			open: 'Ouverte jusqu’au {date}',
			grace: 'Close le {date} · résultats le {results}',
			results: 'Close le {date} · résultats publiés'
		},
		graceExplained:
			'Un vote fait sans réseau avant la clôture compte s’il arrive dans les {hours} heures qui suivent. Les résultats restent cachés jusque-là, pour que personne ne vote après les avoir vus.',
		by: 'Ouverte par {name}',
		vote: {
			title: 'Votre vote',
			one: 'Choisissez une réponse.',
			several: 'Choisissez une ou plusieurs réponses.',
			support: 'Soutenez les propositions de votre choix.',
			send: 'Voter',
			change: 'Changer mon vote',
			yours: 'Votre vote : {choices}',
			device: 'Enregistré sur cet appareil le {date} : sera envoyé à la prochaine connexion.',
			sent: 'Vote reçu par le serveur. Vous pouvez le changer jusqu’à la clôture.',
			rejected: 'Vote refusé par le serveur : {reason}',
			closed: 'La consultation est close : il n’est plus possible de voter.',
			notElu: 'Seuls les élus votent. Vous pouvez lire la consultation et ses commentaires.',
			error:
				'Le vote n’a pas pu être enregistré sur cet appareil. Vérifiez l’espace de stockage dans Paramètres, puis réessayez.'
		},
		proposals: {
			title: 'Propositions',
			empty: 'Aucune proposition pour le moment.',
			new: 'Faire une proposition',
			name: 'Titre de la proposition',
			body: 'Votre proposition',
			send: 'Proposer'
		},
		comments: {
			title: 'Commentaires'
		},
		compose: {
			open: 'Ouvrir une consultation',
			title: 'Nouvelle consultation',
			name: 'Question posée (titre)',
			context: 'Contexte (ce que les élus doivent savoir pour répondre)',
			kind: 'Type de consultation',
			choice: 'Une question avec des réponses possibles',
			proposals: 'Un appel à propositions que les élus soutiennent',
			options: 'Réponses possibles, une par ligne',
			multiple: 'Les élus peuvent choisir plusieurs réponses',
			date: 'Date de clôture',
			time: 'Heure de clôture',
			send: 'Ouvrir la consultation',
			synthesis: 'Votre synthèse (publiée avec les résultats)',
			publish: 'Publier la synthèse',
			saved: 'Synthèse enregistrée sur cet appareil ; elle part à la prochaine connexion.'
		},
		results: {
			title: 'Résultats',
			hidden: 'Les résultats seront publiés le {date}.',
			load: 'Afficher les résultats',
			loading: 'Chargement des résultats…',
			offline: 'Les résultats viennent du serveur : connectez-vous à Internet pour les voir.',
			error: 'Les résultats n’ont pas pu être chargés. Réessayez dans quelques minutes.',
			voters: '{count, plural, =0 {Aucun votant} one {# votant} other {# votants}}',
			late: 'Dont {count, plural, =0 {aucun vote arrivé} one {# vote arrivé} other {# votes arrivés}} après la clôture, fait avant et compté.',
			votes: '{count, plural, =0 {0 voix} one {# voix} other {# voix}} ({percent} %)',
			participation: 'Participation par territoire',
			territory: 'Territoire',
			voterCount: 'Votants',
			eluCount: 'Élus inscrits',
			rate: 'Taux',
			synthesis: 'Synthèse de l’organisateur',
			noSynthesis: 'L’organisateur n’a pas encore publié de synthèse.',
			csv: 'Télécharger les résultats (CSV)',
			file: 'resultats-consultation'
		},
		records: {
			item: 'Consultation « {title} »',
			count:
				'{count, plural, =0 {Aucune consultation} one {# élément de consultation} other {# éléments de consultation}}'
		}
	},
	{
		title: 'Consultations',
		intro:
			'Consultations opened by the national team and coordinators. You can vote offline: your vote leaves at the next connection and counts once.',
		back: 'Back to consultations',
		empty: 'No consultation on this device yet.',
		notFound: 'This consultation is not on this device. It will appear after the next sync.',
		scope: {
			national: 'All of France',
			region: 'Région {code}',
			departement: 'Département {code}'
		},
		phase: {
			open: 'Open until {date}',
			grace: 'Closed on {date} · results on {results}',
			results: 'Closed on {date} · results published'
		},
		graceExplained:
			'A vote cast offline before the closing counts if it arrives within the following {hours} hours. Results stay hidden until then, so nobody votes after seeing them.',
		by: 'Opened by {name}',
		vote: {
			title: 'Your vote',
			one: 'Choose one answer.',
			several: 'Choose one or more answers.',
			support: 'Support the proposals you choose.',
			send: 'Vote',
			change: 'Change my vote',
			yours: 'Your vote: {choices}',
			device: 'Saved on this device on {date}: will be sent at the next connection.',
			sent: 'Vote received by the server. You can change it until the closing.',
			rejected: 'Vote refused by the server: {reason}',
			closed: 'The consultation is closed: voting is no longer possible.',
			notElu: 'Only élus vote. You can read the consultation and its comments.',
			error:
				'The vote could not be saved on this device. Check the storage in Settings, then try again.'
		},
		proposals: {
			title: 'Proposals',
			empty: 'No proposal yet.',
			new: 'Make a proposal',
			name: 'Title of the proposal',
			body: 'Your proposal',
			send: 'Propose'
		},
		comments: {
			title: 'Comments'
		},
		compose: {
			open: 'Open a consultation',
			title: 'New consultation',
			name: 'Question asked (title)',
			context: 'Context (what élus need to know to answer)',
			kind: 'Type of consultation',
			choice: 'A question with possible answers',
			proposals: 'A call for proposals that élus support',
			options: 'Possible answers, one per line',
			multiple: 'Élus may choose several answers',
			date: 'Closing date',
			time: 'Closing time',
			send: 'Open the consultation',
			synthesis: 'Your synthesis (published with the results)',
			publish: 'Publish the synthesis',
			saved: 'Synthesis saved on this device; it leaves at the next connection.'
		},
		results: {
			title: 'Results',
			hidden: 'Results will be published on {date}.',
			load: 'Show the results',
			loading: 'Loading the results…',
			offline: 'Results come from the server: connect to the Internet to see them.',
			error: 'The results could not be loaded. Try again in a few minutes.',
			voters: '{count, plural, =0 {No voter} one {# voter} other {# voters}}',
			late: 'Including {count, plural, =0 {no vote} one {# vote} other {# votes}} received after the closing, cast before it and counted.',
			votes: '{count, plural, =0 {0 votes} one {# vote} other {# votes}} ({percent} %)',
			participation: 'Participation by territory',
			territory: 'Territory',
			voterCount: 'Voters',
			eluCount: 'Registered élus',
			rate: 'Rate',
			synthesis: 'The organiser’s synthesis',
			noSynthesis: 'The organiser has not published a synthesis yet.',
			csv: 'Download the results (CSV)',
			file: 'consultation-results'
		},
		records: {
			item: 'Consultation “{title}”',
			count:
				'{count, plural, =0 {No consultation item} one {# consultation item} other {# consultation items}}'
		}
	}
);
