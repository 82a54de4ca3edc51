// GET /api/collab/territories/{kind}/{code}/summary (pocketbase/README.md, "Territories"): owns
// that call and the reading of its answer. Never throws, never stores anything.
import type PocketBase from 'pocketbase';
import { requestFailure } from '$lib/sync/failure';
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
		const { kind, message } = requestFailure(error);
		if (kind === 'offline') return { status: 'offline' };
		if (kind === 'forbidden') return { status: 'forbidden', message };
		// An unknown territory, or a code the server cannot read (400).
		if (kind === 'missing' || kind === 'refused') return { status: 'unknown', message };
		return { status: 'server' };
	}
}
