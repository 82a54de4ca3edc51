// The demo world: a small rural commune (Lagrasse, Aude, ~550 inhabitants), its two élus, a
// facilitator, the coordinator of its département and the national team. Documented in README.

export const DEMO_PASSWORD = 'collabactons-demo';
export const DEMO_COMMUNE_INSEE = '11185'; // Lagrasse (Aude)

/** Communes loaded by the tests (fast): the demo commune, its neighbours, and other départements. */
export const TEST_COMMUNES_INSEE = [
	'11185', // Lagrasse (Aude) — demo commune
	'11069', // Carcassonne (Aude) — same département
	'42218', // Saint-Étienne (Loire) — another département
	'68343', // Ungersheim (Haut-Rhin)
	'2A004' // Ajaccio (Corse-du-Sud)
];

/**
 * The demo accounts for `commune` (a `communes` record).
 * @param {{ id: string, departement: string }} commune
 */
export function demoUsers(commune) {
	return [
		{
			email: 'maire.demo@collabactons.fr',
			name: 'Claire Martin',
			role: 'elu',
			mandate: 'maire',
			communes: [commune.id]
		},
		{
			email: 'adjoint.demo@collabactons.fr',
			name: 'Karim Benali',
			role: 'elu',
			mandate: 'adjoint',
			communes: [commune.id]
		},
		{ email: 'facilitateur.demo@collabactons.fr', name: 'Sophie Durand', role: 'facilitateur' },
		{
			email: 'coordinateur.demo@collabactons.fr',
			name: 'Marc Lefèvre',
			role: 'coordinateur',
			territory_kind: 'departement',
			territory_code: commune.departement
		},
		{
			email: 'national.demo@collabactons.fr',
			name: 'Équipe nationale',
			role: 'national',
			territory_kind: 'national'
		}
	];
}

/** Lines printed by `npm start` and `npm run dev`. */
export function demoAccountLines() {
	return [
		'Comptes de démonstration (mot de passe : ' + DEMO_PASSWORD + ') :',
		'  maire.demo@collabactons.fr          maire de Lagrasse (Aude)',
		'  adjoint.demo@collabactons.fr        adjoint au maire de Lagrasse',
		'  facilitateur.demo@collabactons.fr   facilitateur de sessions',
		"  coordinateur.demo@collabactons.fr   coordinateur du département de l'Aude",
		'  national.demo@collabactons.fr       équipe nationale du programme'
	];
}
