// GET /api/collab/territories/{kind}/{code}/summary (pocketbase/README.md, "Territories"): owns
// that call and the reading of its answer. Never throws, never stores anything.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { readSummary, type TerritoryKind, type TerritorySummary } from '../domain/summary';

export type SummaryAnswer =
	| { status: 'ok'; summary: TerritorySummary }
	| { status: 'offline' | 'forbidden' | 'unknown' | 'server'; message?: string };

/** Asks the server for a summary the signed-in user may read. */
export async function fetchSummary(
	pb: PocketBase,
	kind: TerritoryKind,
	code: string
): Promise<SummaryAnswer> {
	try {
		const body: unknown = await pb.send(
			`/api/collab/territories/${encodeURIComponent(kind)}/${encodeURIComponent(code)}/summary`,
			{ method: 'GET', requestKey: null }
		);
		const summary = readSummary(body);
		return summary ? { status: 'ok', summary } : { status: 'server' };
	} catch (error) {
		if (!(error instanceof ClientResponseError)) return { status: 'server' };
		const message =
			typeof error.response?.message === 'string' ? error.response.message : undefined;
		if (error.status === 0) return { status: 'offline' };
		if (error.status === 401 || error.status === 403) return { status: 'forbidden', message };
		if (error.status === 404 || error.status === 400) return { status: 'unknown', message };
		return { status: 'server' };
	}
}
