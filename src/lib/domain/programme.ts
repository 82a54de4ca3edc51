// The programme's fixed vocabularies, shared by the curriculum, case studies and projects: the
// impact themes and the symbiotic-economy levers named by the programme document. Labels are
// in the i18n catalogue (`curriculum.themes.*`, `curriculum.levers.*`); keep both in step.

/** Where a local project has an impact. */
export const IMPACT_THEMES = [
	'relance_economique',
	'emploi',
	'relocalisation',
	'regeneration_ecosystemes',
	'resilience_alimentaire',
	'fracture_numerique',
	'eau',
	'energie',
	'dechets',
	'revitalisation_democratique',
	'progres_social'
] as const;
export type ImpactTheme = (typeof IMPACT_THEMES)[number];

/** The levers of the symbiotic economy a project can use. */
export const SYMBIOTIC_LEVERS = [
	'open_data',
	'economie_circulaire',
	'economie_bleue',
	'biomimetisme',
	'urbanisme_multifonctionnel',
	'ingenierie_ecologique',
	'permaculture',
	'intelligence_collective',
	'economie_information',
	'communs'
] as const;
export type SymbioticLever = (typeof SYMBIOTIC_LEVERS)[number];

export function isImpactTheme(value: string): value is ImpactTheme {
	return (IMPACT_THEMES as readonly string[]).includes(value);
}

export function isSymbioticLever(value: string): value is SymbioticLever {
	return (SYMBIOTIC_LEVERS as readonly string[]).includes(value);
}
