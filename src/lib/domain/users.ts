// Who a user is in the programme: role, communes, territory. Pure types and rules.

export const ROLES = ['elu', 'facilitateur', 'coordinateur', 'national'] as const;
export type Role = (typeof ROLES)[number];

export const TERRITORY_KINDS = ['epci', 'departement', 'region', 'national', 'fabrique'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

export const MANDATES = ['maire', 'adjoint', 'conseiller'] as const;
export type Mandate = (typeof MANDATES)[number];

/** A commune as a user's account references it (the full record lives in reference data). */
export interface CommuneRef {
	id: string;
	insee: string;
	name: string;
}

/** The signed-in user, as the app keeps it on the device (also offline). */
export interface User {
	id: string;
	email: string;
	name: string;
	role: Role;
	communes: CommuneRef[];
	territoryKind?: TerritoryKind;
	territoryCode?: string;
	mandate?: Mandate;
	/** True while the account waits for its validation (issue 13): it reads no commune's data. */
	pending?: boolean;
}

function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Builds a `User` from a PocketBase `users` record (expanded with `communes`), or throws if the
 * record lacks what the app needs. Unknown roles are refused rather than guessed.
 */
export function userFromRecord(record: Record<string, unknown>): User {
	const { id, email, name, role } = record;
	if (typeof id !== 'string' || !id) throw new Error('user record without id');
	if (!isRole(role)) throw new Error(`user ${id} has no valid role: ${String(role)}`);
	const expand = (record.expand ?? {}) as { communes?: Record<string, unknown>[] };
	const communes = (expand.communes ?? []).map((c) => ({
		id: String(c.id),
		insee: String(c.insee ?? ''),
		name: String(c.name ?? '')
	}));
	const optional = <T extends string>(value: unknown, allowed: readonly T[]) =>
		typeof value === 'string' && (allowed as readonly string[]).includes(value)
			? (value as T)
			: undefined;
	return {
		id,
		email: typeof email === 'string' ? email : '',
		name: typeof name === 'string' ? name : '',
		role,
		communes,
		territoryKind: optional(record.territory_kind, TERRITORY_KINDS),
		territoryCode:
			typeof record.territory_code === 'string' && record.territory_code
				? record.territory_code
				: undefined,
		mandate: optional(record.mandate, MANDATES),
		pending: record.status === 'pending' ? true : undefined
	};
}

/** The name to greet a user by: their name, else the part of their e-mail before the @. */
export function displayName(user: Pick<User, 'name' | 'email'>): string {
	return user.name.trim() || user.email.split('@')[0] || user.email;
}
