// The lists of people kept on this device for offline pickers (co-animateurs; élus of a session's
// département), in the user's own database (`sync` key-value table, keys `sessions.people.*`).
// Owns those keys only; never fetches and never touches any other key of that table.
import type { UserDatabase } from '$lib/local/db';
import type { Person } from '../domain/people';

/** What is kept: the list and when it was fetched (ms since epoch). */
export interface KeptPeople {
	people: Person[];
	at: number;
}

const key = (list: string) => `sessions.people.${list}`;

/**
 * Keeps `people` under `list` (`facilitators`, or `elus.<session id>`), replacing what was kept.
 * @param db the signed-in user's database
 */
export async function keepPeople(
	db: UserDatabase,
	list: string,
	people: Person[],
	at = Date.now()
): Promise<void> {
	await db.sync.put({ key: key(list), value: { people, at } satisfies KeptPeople });
}

/**
 * The list kept under `list`, or null when none was ever fetched on this device.
 * @param db the signed-in user's database
 */
export async function keptPeople(db: UserDatabase, list: string): Promise<KeptPeople | null> {
	const row = await db.sync.get(key(list));
	const value = row?.value as KeptPeople | undefined;
	return value && Array.isArray(value.people) ? value : null;
}
