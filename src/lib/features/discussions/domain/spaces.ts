// The spaces of the learning network: national, a région, a département, an impact theme, or the
// thread of questions to the commune behind a good practice. Which spaces a user is a member of
// (from their communes or their territory) and how a space is named in a URL. Pure: the commune
// index is passed in.
import { IMPACT_THEMES, type ImpactTheme } from '$lib/domain/programme';
import type { User } from '$lib/domain/users';

export type SpaceKind = 'national' | 'region' | 'departement' | 'theme' | 'practice';

export interface Space {
	kind: SpaceKind;
	/** '' for national; a région or département code; a theme key; a practice key. */
	code: string;
	/** What to call it ('' when the screen words it from kind and code). */
	name: string;
}

/** What the spaces need to know of a commune. */
export interface CommunePlace {
	departement: string;
	departementName: string;
	region: string;
	regionName: string;
}

/** The space as one path segment: `national`, `departement-11`, `theme-dechets`. */
export function spaceSlug(space: Pick<Space, 'kind' | 'code'>): string {
	return space.kind === 'national' ? 'national' : `${space.kind}-${space.code}`;
}

/** The space named by a path segment, or undefined when it names none. */
export function parseSpaceSlug(slug: string): Pick<Space, 'kind' | 'code'> | undefined {
	if (slug === 'national') return { kind: 'national', code: '' };
	const match = /^(region|departement|theme|practice)-([A-Za-z0-9_-]{1,100})$/.exec(slug);
	if (!match) return undefined;
	const kind = match[1] as SpaceKind;
	const code = match[2]!;
	if (kind === 'theme' && !(IMPACT_THEMES as readonly string[]).includes(code)) return undefined;
	return { kind, code };
}

/**
 * The spaces `user` belongs to, in the order a screen lists them: their départements, their
 * régions, the whole country, then every impact theme. `place` finds a commune's territory.
 */
export function memberSpaces(
	user: Pick<User, 'role' | 'communes' | 'territoryKind' | 'territoryCode'>,
	place: (insee: string) => CommunePlace | undefined,
	territoryName: (kind: 'departement' | 'region', code: string) => string = () => ''
): Space[] {
	const departements = new Map<string, string>();
	const regions = new Map<string, string>();
	for (const commune of user.communes) {
		const found = place(commune.insee);
		if (!found) continue;
		departements.set(found.departement, found.departementName);
		regions.set(found.region, found.regionName);
	}
	if (user.role === 'coordinateur' && user.territoryCode) {
		if (user.territoryKind === 'departement') {
			departements.set(user.territoryCode, territoryName('departement', user.territoryCode));
		}
		if (user.territoryKind === 'region') {
			regions.set(user.territoryCode, territoryName('region', user.territoryCode));
		}
	}
	return [
		...[...departements].map(([code, name]) => ({ kind: 'departement' as const, code, name })),
		...[...regions].map(([code, name]) => ({ kind: 'region' as const, code, name })),
		{ kind: 'national', code: '', name: '' },
		...IMPACT_THEMES.map((theme: ImpactTheme) => ({
			kind: 'theme' as const,
			code: theme,
			name: ''
		}))
	];
}
