// Texts of the sessions feature: the lists of sessions by role, planning a session, its
// participants and their import, attendance per half-day, the seal, and its records on the
// Synchronisation screen.
import { defineMessages } from '$lib/i18n/define';

export const sessions = defineMessages(
	{
		title: 'Sessions de formation',
		eluTitle: 'Mes sessions',
		intro:
			'Préparez vos sessions, inscrivez les élus, faites signer la feuille de présence par demi-journée, même sans réseau. Tout est enregistré sur cette tablette puis envoyé au serveur à la prochaine connexion.',
		eluIntro:
			'Les sessions auxquelles vous êtes inscrit, vos présences et vos attestations, et les prochaines sessions de votre département.',
		plan: 'Préparer une session',
		groups: {
			en_cours: 'En cours',
			a_venir: 'À venir',
			passee: 'Passées',
			toSync: 'À synchroniser'
		},
		none: 'Aucune session pour l’instant.',
		item: {
			dates: '{first} → {last}',
			enrolled: '{count, plural, =0 {aucun inscrit} one {# inscrit} other {# inscrits}}',
			requests: '{count, plural, =0 {} one {# demande à traiter} other {# demandes à traiter}}',
			sealed: '{sealed} demi-journée(s) scellée(s) sur {total}',
			uncovered:
				'{count, plural, one {# demi-journée attend un additif} other {# demi-journées attendent un additif}}',
			sync: {
				device: 'sur cette tablette, pas encore envoyé',
				confirmed: 'envoyé au serveur',
				rejected: 'refusé par le serveur : voir Synchronisation'
			}
		},
		elu: {
			mine: 'Mes sessions',
			open: 'Prochaines sessions près de chez vous',
			noneMine: 'Vous n’êtes inscrit à aucune session pour l’instant.',
			noneOpen: 'Aucune session prévue dans votre département pour l’instant.',
			ask: 'Demander à participer',
			asked: 'Demande envoyée : l’animateur vous répondra.',
			enrolment: {
				demande: 'Demande envoyée',
				inscrit: 'Inscrit',
				attente: 'Liste d’attente',
				refuse: 'Non retenu'
			},
			attended:
				'{count, plural, =0 {Aucune demi-journée signée et scellée} one {# demi-journée signée et scellée} other {# demi-journées signées et scellées}}',
			certificate: 'Mon attestation de présence',
			feedback: 'Donner mon avis sur la session',
			calendar: 'Ajouter à mon agenda (.ics)'
		},
		form: {
			title: 'Titre de la session',
			titleHint: 'Par exemple : « Coopérer entre élus — Corbières ».',
			volet: 'Volet',
			volets: {
				intelligence_collective: 'Volet 1 — Intelligence collective',
				economie_symbiotique: 'Volet 2 — Économie symbiotique',
				transverse: 'Modules transverses'
			},
			modules: 'Modules enseignés',
			slots: 'Demi-journées',
			slot: 'Demi-journée {number}',
			date: 'Date',
			start: 'Début',
			end: 'Fin',
			slotModule: 'Module de cette demi-journée',
			addSlot: 'Ajouter une demi-journée',
			removeSlot: 'Retirer cette demi-journée',
			commune: 'Commune où se tient la session',
			communeChosen: 'Commune choisie : {name} ({insee})',
			room: 'Salle',
			roomHint: 'Par exemple : « Salle des fêtes, place de la mairie ».',
			modality: 'Modalité',
			modalities: { presentiel: 'En présentiel', distance: 'À distance', mixte: 'Mixte' },
			capacity: 'Nombre de places',
			coFacilitators: 'Co-animateurs (deux au plus, facultatif)',
			coSearch: 'Chercher un animateur par son nom',
			coChosen: 'Choisis : {names}',
			coNone: 'Aucun co-animateur choisi.',
			coFull: 'Deux co-animateurs sont choisis : retirez-en un pour en choisir un autre.',
			coKept: 'Liste enregistrée sur cette tablette le {date} (hors connexion).',
			coUnknown:
				'La liste des animateurs n’est pas encore sur cette tablette : connectez-vous une fois pour la charger.',
			coAccount: 'compte {id}',
			removeCo: 'Retirer {name} des co-animateurs',
			removeCoShort: 'Retirer',
			notes: 'Notes pour l’équipe (facultatif)',
			save: 'Enregistrer la session',
			saved: 'Session enregistrée sur cette tablette.',
			errorsTitle: 'La session n’est pas enregistrée : corrigez ces points.'
		},
		page: {
			back: 'Toutes les sessions',
			place: 'Lieu : {place}',
			modality: 'Modalité : {modality}',
			seats: '{enrolled} inscrits pour {capacity} places',
			cohort: 'Public : {cohort}',
			cohorts: {
				rural: 'communes rurales',
				urbain: 'communes urbaines',
				mixte: 'communes rurales et urbaines'
			},
			warnings: 'À vérifier',
			halfDays: 'Demi-journées',
			attendance: 'Feuille de présence',
			run: 'Animer',
			board: 'Tableau collectif',
			slotState: {
				open: 'Pas encore scellée',
				sealed: 'Scellée',
				uncovered: 'Scellée, avec des lignes en attente d’un additif'
			},
			signedCount: '{signed} signé(s), {absent} absent(s) sur {total}',
			notFound:
				'Cette session n’est pas sur cette tablette. Synchronisez, ou importez-la depuis un fichier.'
		},
		people: {
			title: 'Participants',
			count: '{count, plural, =0 {Aucun participant} one {# participant} other {# participants}}',
			add: 'Ajouter une personne',
			walkIn: 'Ajouter une personne arrivée sans inscription',
			name: 'Nom et prénom',
			mandate: 'Mandat',
			mandates: {
				maire: 'Maire',
				adjoint: 'Adjoint',
				conseiller: 'Conseiller municipal',
				autre: 'Autre'
			},
			commune: 'Commune de la personne',
			email: 'Adresse e-mail (facultatif)',
			funding: 'Financement',
			fundings: {
				gratuit: 'Gratuit (programme)',
				commune: 'Budget de la commune',
				dif: 'DIF élu (Mon Compte Élu)'
			},
			added: '{name} est inscrit.',
			accounts: 'Ajouter un élu qui a un compte',
			accountsSearch: 'Chercher un élu du département par son nom',
			accountsAdd: 'Ajouter {name}',
			accountsEmpty: 'Aucun élu de ce nom dans le département.',
			accountsKept: 'Liste enregistrée sur cette tablette le {date} (hors connexion).',
			accountsNone:
				'La liste des élus n’est pas encore sur cette tablette : enregistrez la session sur le serveur (synchronisation) puis ouvrez cette page une fois connecté.',
			duplicate: '{name} était déjà dans la liste : une seule ligne est gardée.',
			requests: 'Demandes de participation',
			waiting: 'Liste d’attente',
			accept: 'Accepter',
			decline: 'Refuser',
			toWaiting: 'Liste d’attente',
			account: 'a un compte',
			noAccount: 'sans compte',
			walkInBadge: 'sans inscription'
		},
		import: {
			title: 'Importer une liste (tableur)',
			hint: 'Un fichier CSV enregistré depuis Excel ou LibreOffice, avec une ligne de titres : Nom, Prénom, Mandat, Commune (ou Code INSEE), E-mail, Financement. 200 lignes au plus.',
			choose: 'Choisir le fichier',
			summary:
				'{added, plural, =0 {Aucune personne ajoutée} one {# personne ajoutée} other {# personnes ajoutées}}, {duplicates, plural, =0 {aucun doublon} one {# doublon ignoré} other {# doublons ignorés}}, {refused, plural, =0 {aucune ligne refusée} one {# ligne refusée} other {# lignes refusées}}.',
			refused: {
				name: 'Ligne {line} : le nom est vide.',
				commune_unknown: 'Ligne {line} : la commune « {commune} » est introuvable.',
				commune_ambiguous:
					'Ligne {line} : plusieurs communes s’appellent « {commune} » : ajoutez la colonne Code INSEE.',
				mandate:
					'Ligne {line} : le mandat « {mandate} » est inconnu (maire, adjoint, conseiller ou autre).',
				email: 'Ligne {line} : l’adresse « {email} » est mal écrite.',
				funding:
					'Ligne {line} : le financement « {funding} » est inconnu (gratuit, commune ou DIF).',
				duplicate: 'Ligne {line} : cette personne est déjà dans la liste.',
				too_many_cells: 'Ligne {line} : {count} cases au lieu de {expected}.',
				missing_value: 'Ligne {line} : la colonne « {column} » est vide.'
			}
		},
		presence: {
			title: 'Présence à distance',
			codeIntro:
				'Montrez ce code aux participants à distance : chacun le saisit sur son appareil, dans « Mes sessions », pour confirmer sa présence à cette demi-journée.',
			codeLead: 'Code de la demi-journée :',
			show: 'Afficher le code',
			offline: 'Pas de connexion : le code s’affiche quand la tablette est connectée.',
			failed: 'Le code n’a pas pu être obtenu. Réessayez dans un instant.',
			remote: 'Présent à distance',
			confirmTitle: 'Confirmer ma présence à distance',
			slot: 'Demi-journée',
			codeLabel: 'Code à 6 chiffres donné par l’animateur',
			send: 'Confirmer ma présence',
			sent: 'Votre présence est enregistrée. L’animateur la validera avec la feuille.',
			invalid: 'Le code compte 6 chiffres. Choisissez aussi la demi-journée.',
			offlineElu:
				'Pas de connexion : la présence à distance se confirme en ligne. Réessayez une fois connecté.'
		},
		sheet: {
			title: 'Feuille de présence — {date}, {start}–{end}',
			intro:
				'Touchez un nom : la personne signe avec le doigt, puis revient à la liste. Une fois tout le monde passé, contresignez pour sceller la feuille.',
			sign: 'Signer',
			signFor: 'Signature de {name}',
			signHint: 'Signez avec le doigt dans le cadre.',
			arrived: 'Arrivée en retard à',
			left: 'Départ anticipé à',
			timeHint: 'Facultatif, par exemple 10:15.',
			confirm: 'Valider la signature',
			absent: 'Absent',
			markAbsent: 'Marquer absent',
			present: 'Présent',
			notYet: 'Pas encore signé',
			signedAt: 'signé à {time}',
			late: 'arrivé à {time}',
			early: 'parti à {time}',
			covered: 'scellée',
			uncovered: 'non couverte par le scellement',
			amended: 'corrigée',
			correct: 'Corriger',
			cancel: 'Revenir à la liste',
			seal: {
				title: 'Contresigner et sceller',
				intro:
					'Après votre contresignature, la feuille ne change plus : une erreur se corrige par une ligne de correction, visible sur la feuille. Les personnes qui n’ont pas signé figurent comme absentes.',
				addendumIntro:
					'{count, plural, one {# ligne est arrivée} other {# lignes sont arrivées}} après le scellement (l’autre tablette, une correction) : scellez un additif pour {count, plural, one {la} other {les}} couvrir.',
				name: 'Nom de l’animateur',
				signature: 'Contresignature de l’animateur',
				submit: 'Sceller la feuille',
				addendum: 'Sceller l’additif',
				done: 'Feuille scellée. Reçu : {receipt}',
				receipt: 'Reçu {receipt}',
				addendumOf: 'additif'
			},
			saved: 'Enregistré sur cette tablette.'
		},
		charter: {
			link: 'Contrat d’engagement',
			title: 'Contrat d’engagement — {name}',
			sign: 'Signer le contrat dans la salle',
			signer: '{name}, {commune}, signe avec le doigt ; l’animateur contresigne ensuite.',
			submit: 'Enregistrer le contrat signé',
			done: 'Contrat signé et enregistré sur cette tablette. Reçu : {receipt}',
			noAccount:
				'Remettez ce reçu à la personne : s’il n’a pas encore de compte, il lui permettra de rattacher ce contrat à son compte plus tard.'
		},
		territory: {
			title: 'Sessions du territoire',
			offline: 'Ces chiffres viennent du serveur : connectez-vous à Internet pour les voir.',
			error: 'Les chiffres n’ont pas pu être chargés. Réessayez plus tard.',
			rule: 'Un élu compte comme formé à un module quand sa signature figure sur une feuille de présence scellée d’une demi-journée de ce module. Les participants sans compte sont comptés à part.',
			byModule: 'Élus formés par volet et par module',
			module: 'Module',
			trained: 'Élus formés',
			withoutAccount: 'Participants sans compte',
			none: 'Aucune feuille de présence scellée pour l’instant.',
			sessionLine:
				'{enrolled} inscrits, {trained} présents sur une feuille scellée, {sealed}/{total} demi-journées scellées'
		},
		errors: {
			title: 'À corriger'
		},
		records: {
			item: '{title}',
			count:
				'{count, plural, =0 {Aucune fiche de session} one {# fiche de session} other {# fiches de session}}'
		}
	},
	{
		title: 'Training sessions',
		eluTitle: 'My sessions',
		intro:
			'Prepare your sessions, enrol élus, have the attendance sheet signed for each half-day, even offline. Everything is saved on this tablet, then sent to the server at the next connection.',
		eluIntro:
			'The sessions you are enrolled in, your attendance and certificates, and the next sessions in your département.',
		plan: 'Prepare a session',
		groups: { en_cours: 'Running', a_venir: 'Upcoming', passee: 'Past', toSync: 'To synchronise' },
		none: 'No session yet.',
		item: {
			dates: '{first} → {last}',
			enrolled: '{count, plural, =0 {nobody enrolled} one {# enrolled} other {# enrolled}}',
			requests: '{count, plural, =0 {} one {# request to answer} other {# requests to answer}}',
			sealed: '{sealed} of {total} half-day(s) sealed',
			uncovered:
				'{count, plural, one {# half-day awaits an addendum} other {# half-days await an addendum}}',
			sync: {
				device: 'on this tablet, not sent yet',
				confirmed: 'sent to the server',
				rejected: 'refused by the server: see Synchronisation'
			}
		},
		elu: {
			mine: 'My sessions',
			open: 'Upcoming sessions near you',
			noneMine: 'You are not enrolled in any session yet.',
			noneOpen: 'No session planned in your département yet.',
			ask: 'Ask to take part',
			asked: 'Request sent: the facilitator will answer.',
			enrolment: {
				demande: 'Request sent',
				inscrit: 'Enrolled',
				attente: 'Waiting list',
				refuse: 'Not selected'
			},
			attended:
				'{count, plural, =0 {No signed and sealed half-day} one {# signed and sealed half-day} other {# signed and sealed half-days}}',
			certificate: 'My certificate of attendance',
			feedback: 'Give my feedback on the session',
			calendar: 'Add to my calendar (.ics)'
		},
		form: {
			title: 'Session title',
			titleHint: 'For example: “Cooperating as élus — Corbières”.',
			volet: 'Part',
			volets: {
				intelligence_collective: 'Part 1 — Collective intelligence',
				economie_symbiotique: 'Part 2 — Symbiotic economy',
				transverse: 'Cross-cutting modules'
			},
			modules: 'Modules taught',
			slots: 'Half-days',
			slot: 'Half-day {number}',
			date: 'Date',
			start: 'Start',
			end: 'End',
			slotModule: 'Module of this half-day',
			addSlot: 'Add a half-day',
			removeSlot: 'Remove this half-day',
			commune: 'Commune where the session takes place',
			communeChosen: 'Chosen commune: {name} ({insee})',
			room: 'Room',
			roomHint: 'For example: “Village hall, town hall square”.',
			modality: 'Format',
			modalities: { presentiel: 'In person', distance: 'Remote', mixte: 'Mixed' },
			capacity: 'Number of seats',
			coFacilitators: 'Co-facilitators (two at most, optional)',
			coSearch: 'Search a facilitator by name',
			coChosen: 'Chosen: {names}',
			coNone: 'No co-facilitator chosen.',
			coFull: 'Two co-facilitators are chosen: remove one to choose another.',
			coKept: 'List saved on this tablet on {date} (offline).',
			coUnknown: 'The list of facilitators is not on this tablet yet: go online once to load it.',
			coAccount: 'account {id}',
			removeCo: 'Remove {name} from the co-facilitators',
			removeCoShort: 'Remove',
			notes: 'Notes for the team (optional)',
			save: 'Save the session',
			saved: 'Session saved on this tablet.',
			errorsTitle: 'The session is not saved: please fix these points.'
		},
		page: {
			back: 'All sessions',
			place: 'Place: {place}',
			modality: 'Format: {modality}',
			seats: '{enrolled} enrolled for {capacity} seats',
			cohort: 'Audience: {cohort}',
			cohorts: {
				rural: 'rural communes',
				urbain: 'urban communes',
				mixte: 'rural and urban communes'
			},
			warnings: 'To check',
			halfDays: 'Half-days',
			attendance: 'Attendance sheet',
			run: 'Run',
			board: 'Shared board',
			slotState: {
				open: 'Not sealed yet',
				sealed: 'Sealed',
				uncovered: 'Sealed, with rows awaiting an addendum'
			},
			signedCount: '{signed} signed, {absent} absent of {total}',
			notFound: 'This session is not on this tablet. Synchronise, or import it from a file.'
		},
		people: {
			title: 'Participants',
			count: '{count, plural, =0 {No participant} one {# participant} other {# participants}}',
			add: 'Add a person',
			walkIn: 'Add a person who came without enrolling',
			name: 'Full name',
			mandate: 'Mandate',
			mandates: {
				maire: 'Mayor',
				adjoint: 'Deputy mayor',
				conseiller: 'Councillor',
				autre: 'Other'
			},
			commune: 'Commune of the person',
			email: 'E-mail address (optional)',
			funding: 'Funding',
			fundings: {
				gratuit: 'Free (programme)',
				commune: 'Commune budget',
				dif: 'Élu DIF (Mon Compte Élu)'
			},
			added: '{name} is enrolled.',
			accounts: 'Add an elected official who has an account',
			accountsSearch: 'Search an elected official of the département by name',
			accountsAdd: 'Add {name}',
			accountsEmpty: 'No elected official of that name in the département.',
			accountsKept: 'List saved on this tablet on {date} (offline).',
			accountsNone:
				'The list of elected officials is not on this tablet yet: sync the session to the server, then open this page once online.',
			duplicate: '{name} was already on the list: one row is kept.',
			requests: 'Requests to take part',
			waiting: 'Waiting list',
			accept: 'Accept',
			decline: 'Decline',
			toWaiting: 'Waiting list',
			account: 'has an account',
			noAccount: 'no account',
			walkInBadge: 'walk-in'
		},
		import: {
			title: 'Import a list (spreadsheet)',
			hint: 'A CSV file saved from Excel or LibreOffice, with a header row: Nom, Prénom, Mandat, Commune (or Code INSEE), E-mail, Financement. At most 200 lines.',
			choose: 'Choose the file',
			summary:
				'{added, plural, =0 {Nobody added} one {# person added} other {# people added}}, {duplicates, plural, =0 {no duplicate} one {# duplicate skipped} other {# duplicates skipped}}, {refused, plural, =0 {no line refused} one {# line refused} other {# lines refused}}.',
			refused: {
				name: 'Line {line}: the name is empty.',
				commune_unknown: 'Line {line}: commune “{commune}” not found.',
				commune_ambiguous:
					'Line {line}: several communes are called “{commune}”: add the Code INSEE column.',
				mandate: 'Line {line}: unknown mandate “{mandate}” (maire, adjoint, conseiller or autre).',
				email: 'Line {line}: the address “{email}” is badly written.',
				funding: 'Line {line}: unknown funding “{funding}” (gratuit, commune or DIF).',
				duplicate: 'Line {line}: this person is already on the list.',
				too_many_cells: 'Line {line}: {count} cells instead of {expected}.',
				missing_value: 'Line {line}: column “{column}” is empty.'
			}
		},
		presence: {
			title: 'Remote attendance',
			codeIntro:
				'Show this code to remote participants: each types it on their own device, in “My sessions”, to confirm their attendance for this half-day.',
			codeLead: 'Half-day code:',
			show: 'Show the code',
			offline: 'No connection: the code shows when the tablet is online.',
			failed: 'The code could not be obtained. Please try again shortly.',
			remote: 'Attended remotely',
			confirmTitle: 'Confirm my remote attendance',
			slot: 'Half-day',
			codeLabel: '6-digit code given by the facilitator',
			send: 'Confirm my attendance',
			sent: 'Your attendance is saved. The facilitator will validate it with the sheet.',
			invalid: 'The code has 6 digits. Please also choose the half-day.',
			offlineElu:
				'No connection: remote attendance is confirmed online. Please try again once online.'
		},
		sheet: {
			title: 'Attendance sheet — {date}, {start}–{end}',
			intro:
				'Tap a name: the person signs with a finger, then comes back to the list. Once everyone has signed, countersign to seal the sheet.',
			sign: 'Sign',
			signFor: 'Signature of {name}',
			signHint: 'Sign with your finger in the frame.',
			arrived: 'Arrived late at',
			left: 'Left early at',
			timeHint: 'Optional, for example 10:15.',
			confirm: 'Confirm the signature',
			absent: 'Absent',
			markAbsent: 'Mark absent',
			present: 'Present',
			notYet: 'Not signed yet',
			signedAt: 'signed at {time}',
			late: 'arrived at {time}',
			early: 'left at {time}',
			covered: 'sealed',
			uncovered: 'not covered by the seal',
			amended: 'corrected',
			correct: 'Correct',
			cancel: 'Back to the list',
			seal: {
				title: 'Countersign and seal',
				intro:
					'After your countersignature the sheet no longer changes: a mistake is corrected by a correction row, shown on the sheet. People who have not signed appear as absent.',
				addendumIntro:
					'{count, plural, one {# row arrived} other {# rows arrived}} after the seal (the other tablet, a correction): seal an addendum to cover {count, plural, one {it} other {them}}.',
				name: 'Facilitator’s name',
				signature: 'Facilitator’s countersignature',
				submit: 'Seal the sheet',
				addendum: 'Seal the addendum',
				done: 'Sheet sealed. Receipt: {receipt}',
				receipt: 'Receipt {receipt}',
				addendumOf: 'addendum'
			},
			saved: 'Saved on this tablet.'
		},
		charter: {
			link: 'Engagement charter',
			title: 'Engagement charter — {name}',
			sign: 'Sign the charter in the room',
			signer: '{name}, {commune}, signs with a finger; the facilitator then countersigns.',
			submit: 'Save the signed charter',
			done: 'Charter signed and saved on this tablet. Receipt: {receipt}',
			noAccount:
				'Give this receipt to the person: if they have no account yet, it will let them link this charter to their account later.'
		},
		territory: {
			title: 'Sessions of the territory',
			offline: 'These figures come from the server: connect to the Internet to see them.',
			error: 'The figures could not be loaded. Try again later.',
			rule: 'An élu counts as trained in a module when their signature is on a sealed attendance sheet of a half-day of that module. Participants without an account are counted apart.',
			byModule: 'Élus trained per part and module',
			module: 'Module',
			trained: 'Élus trained',
			withoutAccount: 'Participants without an account',
			none: 'No sealed attendance sheet yet.',
			sessionLine:
				'{enrolled} enrolled, {trained} present on a sealed sheet, {sealed}/{total} half-days sealed'
		},
		errors: { title: 'To fix' },
		records: {
			item: '{title}',
			count:
				'{count, plural, =0 {No session record} one {# session record} other {# session records}}'
		}
	}
);
