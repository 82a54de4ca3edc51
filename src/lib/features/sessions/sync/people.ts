// GET /api/collab/sessions/facilitators and /api/collab/sessions/{id}/elus (pocketbase/pb_hooks/
// lib/sessions-people.js): owns those calls and the reading of their answers. Never throws, never
// stores anything (local/people.ts keeps the lists).
import type PocketBase from 'pocketbase';
import { requestFailure } from '$lib/sync/failure';
import { readPeople, type Person } from '../domain/people';

export type PeopleAnswer =
	| { status: 'ok'; people: Person[] }
	| { status: 'offline' | 'forbidden' | 'unknown' | 'server'; message?: string };

async function ask(pb: PocketBase, path: string, key: 'facilitators' | 'elus') {
	try {
		const body: unknown = await pb.send(path, { method: 'GET', requestKey: null });
		const people = readPeople(body, key);
		return people ? ({ status: 'ok', people } as const) : ({ status: 'server' } as const);
	} catch (error) {
		const { kind, message } = requestFailure(error);
		if (kind === 'offline') return { status: 'offline' } as const;
		if (kind === 'forbidden') return { status: 'forbidden', message } as const;
		if (kind === 'missing') return { status: 'unknown', message } as const;
		return { status: 'server' } as const;
	}
}

/** The facilitators the signed-in planner may pick as co-animateurs (id and name). */
export function fetchFacilitators(pb: PocketBase): Promise<PeopleAnswer> {
	return ask(pb, '/api/collab/sessions/facilitators', 'facilitators');
}

/** The élus with an account of the session's département (for someone who runs it). */
export function fetchSessionElus(pb: PocketBase, session: string): Promise<PeopleAnswer> {
	return ask(pb, `/api/collab/sessions/${encodeURIComponent(session)}/elus`, 'elus');
}
