// Texts of the communes directory: search, result lines, commune card, rural/urban rule, credit.
import { defineMessages } from '../define';

export const communes = defineMessages(
	{
		title: 'Communes de France',
		intro:
			'Retrouvez n’importe quelle commune de France, même sans réseau : la liste complète est enregistrée sur cet appareil.',
		search: {
			label: 'Rechercher une commune',
			hint: 'Nom, code postal ou code INSEE. Par exemple : Saint-Étienne, 42000 ou 2A004.',
			keyboard:
				'Utilisez les flèches haut et bas pour parcourir les résultats, Entrée pour choisir, Échap pour fermer la liste.',
			listLabel: 'Communes trouvées',
			results:
				'{count, plural, =0 {Aucune commune trouvée.} one {# commune trouvée.} other {# communes trouvées.}}',
			noResult:
				'Aucune commune ne correspond à « {query} ». Vérifiez l’orthographe, ou essayez le code postal.',
			loading: 'Chargement de la liste des communes…',
			selected: 'Commune choisie : {name}.'
		},
		error: {
			load: 'La liste des communes n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez : une fois chargée, elle reste disponible hors ligne.'
		},
		population: '{count, plural, =0 {aucun habitant} one {# habitant} other {# habitants}}',
		populationUnknown: 'population non renseignée',
		class: {
			label: 'Classe',
			rural: 'rurale',
			urbain: 'urbaine'
		},
		card: {
			insee: 'Code INSEE',
			postalCodes: 'Code postal',
			postalCodesPlural: 'Codes postaux',
			noPostalCode: 'Aucun',
			population: 'Population municipale',
			departement: 'Département',
			region: 'Région',
			epci: 'Intercommunalité (EPCI)',
			noEpci: 'Aucune : la commune n’appartient à aucune intercommunalité.',
			empty: 'Choisissez une commune dans la recherche pour afficher sa fiche.'
		},
		correction: {
			title: 'Corriger le classement de votre commune',
			legend: 'Votre commune est plutôt :',
			current: 'Classement corrigé par la commune : {class}.',
			reason: 'Pourquoi cette correction ? (gardé avec elle, au moins 10 caractères)',
			save: 'Enregistrer la correction',
			saved: 'Correction enregistrée. Elle sera utilisée pour composer les groupes du volet 2.',
			errors: {
				offline:
					'Pas de réseau : cette correction modifie la liste partagée et demande une connexion. Réessayez plus tard.',
				forbidden: 'Seuls les élus de la commune peuvent corriger son classement.',
				invalid:
					'Cette correction n’est pas acceptée : choisissez « rurale » ou « urbaine » et dites en quelques mots pourquoi.',
				server: 'Le serveur n’a pas pu enregistrer la correction. Réessayez dans quelques minutes.'
			}
		},
		rule: 'Le classement est calculé à partir de la population municipale : une commune de moins de {threshold} habitants est classée rurale, urbaine à partir de {threshold}. Ce seuil est celui qu’utilise historiquement l’INSEE pour définir une unité urbaine. Il ne décrit pas toujours bien la réalité : votre commune peut corriger son classement.',
		source:
			'Source : découpage administratif, Etalab / INSEE (COG 2026, paquet @etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0',
		sourceDate: 'Communes en vigueur au {date}.'
	},
	{
		title: 'Communes of France',
		intro:
			'Find any commune in France, even without a network: the full list is stored on this device.',
		search: {
			label: 'Search for a commune',
			hint: 'Name, postal code or INSEE code. For example: Saint-Étienne, 42000 or 2A004.',
			keyboard:
				'Use the up and down arrows to browse the results, Enter to choose, Escape to close the list.',
			listLabel: 'Communes found',
			results:
				'{count, plural, =0 {No commune found.} one {# commune found.} other {# communes found.}}',
			noResult: 'No commune matches “{query}”. Check the spelling, or try the postal code.',
			loading: 'Loading the list of communes…',
			selected: 'Chosen commune: {name}.'
		},
		error: {
			load: 'The list of communes could not be loaded. Check your connection, then try again: once loaded, it stays available offline.'
		},
		population: '{count, plural, =0 {no inhabitants} one {# inhabitant} other {# inhabitants}}',
		populationUnknown: 'population not available',
		class: {
			label: 'Class',
			rural: 'rural',
			urbain: 'urban'
		},
		card: {
			insee: 'INSEE code',
			postalCodes: 'Postal code',
			postalCodesPlural: 'Postal codes',
			noPostalCode: 'None',
			population: 'Municipal population',
			departement: 'Département',
			region: 'Région',
			epci: 'Inter-municipality (EPCI)',
			noEpci: 'None: the commune belongs to no inter-municipality.',
			empty: 'Choose a commune in the search to show its details.'
		},
		correction: {
			title: 'Correct your commune’s class',
			legend: 'Your commune is rather:',
			current: 'Class corrected by the commune: {class}.',
			reason: 'Why this correction? (kept with it, at least 10 characters)',
			save: 'Save the correction',
			saved: 'Correction saved. It will be used to form the track 2 groups.',
			errors: {
				offline:
					'No network: this correction changes the shared list and needs a connection. Try again later.',
				forbidden: 'Only the commune’s elected officials can correct its class.',
				invalid: 'This correction is not accepted: choose “rural” or “urban” and say briefly why.',
				server: 'The server could not save the correction. Try again in a few minutes.'
			}
		},
		rule: 'The class is computed from the municipal population: a commune with fewer than {threshold} inhabitants is classed rural, urban from {threshold} upwards. This is the threshold INSEE has historically used to define an urban unit. It does not always reflect reality: your commune can correct its class.',
		source:
			'Source: administrative divisions, Etalab / INSEE (COG 2026, package @etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0 (French open licence)',
		sourceDate: 'Communes as of {date}.'
	}
);
