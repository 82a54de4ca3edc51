// The shapes of the official list of communes: `Commune`, what the app and the server seed handle,
// and `CompactCommunes`, the precached file `static/data/communes.json` written at build time by
// scripts/communes/build.mjs. Types only: no logic, no storage, no UI.

/** Rural or urban, derived from the municipal population (see classify.ts). */
export type CommuneClass = 'rural' | 'urbain';

/** One current commune (`commune-actuelle` of the COG), as the app and the server seed see it. */
export interface Commune {
	/** INSEE code, five characters: `42218`, `2A004` (Corse-du-Sud), `97411` (La Réunion). */
	readonly insee: string;
	/** Official name with accents, hyphens and articles: `Saint-Étienne`, `L'Île-d'Yeu`. */
	readonly name: string;
	/** Postal codes, sorted; empty for the few uninhabited territories that have none. */
	readonly postalCodes: readonly string[];
	/** Municipal population, or `null` where the source gives none (uninhabited territories). */
	readonly population: number | null;
	/** Département code: `42`, `2A`, `974`; the collectivity code for overseas collectivities. */
	readonly departement: string;
	readonly departementName: string;
	/** Région code: `84`; the collectivity code for overseas collectivities. */
	readonly region: string;
	readonly regionName: string;
	/** SIREN of the commune's EPCI (intercommunalité), or `null` if it belongs to none. */
	readonly epci: string | null;
	readonly epciName: string | null;
	/** Derived from the population by the rule of classify.ts; a commune may correct it. */
	readonly class: CommuneClass;
}

/**
 * The precached commune index: column arrays (one entry per commune, same order, sorted by INSEE
 * code) with département, région and EPCI names stored once in lookup tables.
 */
export interface CompactCommunes {
	/** Format version; bump it when the layout changes. */
	readonly version: 1;
	/** Credit to show in the UI (Licence Ouverte 2.0 requires source and date). */
	readonly source: string;
	/** Date of the geography the list describes (ISO `YYYY-MM-DD`). */
	readonly date: string;
	/** Number of communes; every column has this length. */
	readonly count: number;
	/** `[code, name]` of each région. */
	readonly regions: readonly (readonly [code: string, name: string])[];
	/** `[code, name, index in regions]` of each département. */
	readonly departements: readonly (readonly [code: string, name: string, region: number])[];
	/** `[siren, name]` of each EPCI. */
	readonly epcis: readonly (readonly [siren: string, name: string])[];
	readonly communes: {
		/**
		 * INSEE codes as steps: the code is the département code followed by a number padded to
		 * five characters in all; this column holds that number minus the previous commune's
		 * when both are in the same département, else the number itself (`42218` after `42217`
		 * is stored as `1`). Sorted codes make this ~4 KB gzipped instead of ~70 KB.
		 */
		readonly insee: readonly number[];
		readonly name: readonly string[];
		/** Postal codes joined by a space (`"42000 42100 42230"`), `""` for none. */
		readonly postalCodes: readonly string[];
		/** Municipal population, `null` when unknown. */
		readonly population: readonly (number | null)[];
		/** Index in `departements`. */
		readonly departement: readonly number[];
		/** Index in `epcis`, `-1` for none. */
		readonly epci: readonly number[];
	};
}
