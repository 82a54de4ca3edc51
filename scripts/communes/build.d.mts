// Types of build.mjs for TypeScript callers (specs, benchmarks, the server seed).
import type { Commune, CompactCommunes } from '../../src/lib/domain/communes/types';

export type { Commune, CompactCommunes };
export declare const PACKAGE_VERSION: string;
export declare const SOURCE: string;
export declare const DATE: string;
export declare const OUTPUT: string;
/** Every current commune, sorted by INSEE code, with département, région, EPCI and class. */
export declare function loadCommunes(): Commune[];
/** The compact index written to static/data/communes.json. */
export declare function toCompact(communes: readonly Commune[]): CompactCommunes;
/** Writes the compact index; returns the count and the raw and gzipped sizes in bytes. */
export declare function writeCommunesFile(output?: string): {
	count: number;
	raw: number;
	gzipped: number;
};
/** Writes the compact index and prints its sizes. */
export declare function main(): void;
