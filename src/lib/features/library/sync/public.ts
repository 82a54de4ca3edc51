// The public page of a good practice (GET /api/collab/public/practices/{key}, no account needed):
// owns that call and the reading of its answer. Never stores anything and never needs a session.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';

/** What anyone may read of a published practice (no id, no commune id, no person). */
export interface PublicPractice {
	key: string;
	kind: 'case_study' | 'commune_project';
	title: string;
	summary: string;
	place: string;
	themes: string[];
	levers: string[];
	rural_or_urban: string;
	body: string;
	population: number;
	project_status: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The practice `key`, or why not: `unknown` (404 or 400), `offline`, `server`. */
export async function fetchPublicPractice(
	pb: PocketBase,
	key: string
): Promise<
	{ status: 'found'; practice: PublicPractice } | { status: 'unknown' | 'offline' | 'server' }
> {
	try {
		const body: unknown = await pb.send(`/api/collab/public/practices/${encodeURIComponent(key)}`, {
			method: 'GET',
			requestKey: null
		});
		if (typeof body !== 'object' || body === null) return { status: 'server' };
		const data = body as Record<string, unknown>;
		return {
			status: 'found',
			practice: {
				key: text(data.key),
				kind: data.kind === 'commune_project' ? 'commune_project' : 'case_study',
				title: text(data.title),
				summary: text(data.summary),
				place: text(data.place),
				themes: texts(data.themes),
				levers: texts(data.levers),
				rural_or_urban: text(data.rural_or_urban),
				body: text(data.body),
				population: typeof data.population === 'number' ? data.population : 0,
				project_status: text(data.project_status)
			}
		};
	} catch (error) {
		if (error instanceof ClientResponseError) {
			if (error.status === 0) return { status: 'offline' };
			if (error.status === 404 || error.status === 400) return { status: 'unknown' };
		}
		return { status: 'server' };
	}
}
