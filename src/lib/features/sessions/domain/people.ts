// The people a facilitator picks while planning (co-animateurs) or enrolling (élus with an
// account): reading the server's lists, searching them by name without accents, and the 0–2
// co-animateurs rule. Pure: no I/O, no state.
import { SESSION_LIMITS } from './types';

/** A person offered in a picker: an account id and a name (élus also a mandate and commune). */
export interface Person {
	id: string;
	name: string;
	mandate?: string;
	commune?: string;
	insee?: string;
}

const ID = /^[a-z0-9]{15}$/;

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/**
 * Reads `{ [key]: [{ id, name, … }] }` from the server; null when the answer is not that shape.
 * Entries with a malformed id are dropped.
 */
export function readPeople(body: unknown, key: 'facilitators' | 'elus'): Person[] | null {
	if (!body || typeof body !== 'object') return null;
	const list = (body as Record<string, unknown>)[key];
	if (!Array.isArray(list)) return null;
	const people: Person[] = [];
	for (const item of list) {
		if (!item || typeof item !== 'object') continue;
		const row = item as Record<string, unknown>;
		if (!ID.test(text(row.id))) continue;
		const person: Person = { id: text(row.id), name: text(row.name) };
		if (key === 'elus') {
			person.mandate = text(row.mandate);
			person.commune = text(row.commune);
			person.insee = text(row.insee);
		}
		people.push(person);
	}
	return people;
}

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * The people whose name (or commune) holds every word of `query`, accents and case ignored, sorted
 * by name; at most `limit`. An empty query gives the first `limit` by name.
 */
export function searchPeople(people: readonly Person[], query: string, limit = 20): Person[] {
	const words = fold(query).split(' ').filter(Boolean);
	return people
		.filter((p) => {
			const hay = fold(`${p.name} ${p.commune ?? ''}`);
			return words.every((w) => hay.includes(w));
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'))
		.slice(0, limit);
}

/**
 * The co-animateurs after ticking (`on`) or unticking `id`: never the owner, never twice, never
 * more than SESSION_LIMITS.maxCoFacilitators (a third tick changes nothing).
 */
export function toggleCoFacilitator(
	selected: readonly string[],
	id: string,
	on: boolean,
	owner = ''
): string[] {
	if (!on) return selected.filter((s) => s !== id);
	if (id === owner || selected.includes(id)) return [...selected];
	if (selected.length >= SESSION_LIMITS.maxCoFacilitators) return [...selected];
	return [...selected, id];
}
