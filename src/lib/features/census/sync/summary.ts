// The census in aggregate (GET /api/collab/census/summary): totals per territory, never a
// commune's answers. Owns that call and the reading of its answer; never stores anything.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';

/** The totals of one territory (null figures: fewer communes than the server's minimum). */
export interface TerritoryTotals {
	kind: 'departement' | 'region' | 'epci' | 'national';
	code: string;
	communes: number;
	profiles: { A: number | null; B: number | null; C: number | null };
	needs: { theme: string; communes: number }[];
}

const count = (value: unknown): number | null =>
	typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The totals of `campaign`, or why not. Never throws. */
export async function fetchCensusSummary(
	pb: PocketBase,
	campaign: string
): Promise<
	| { status: 'ok'; minCommunes: number; territories: TerritoryTotals[] }
	| { status: 'offline' | 'server' }
> {
	try {
		const body = (await pb.send(
			`/api/collab/census/summary?campaign=${encodeURIComponent(campaign)}`,
			{ method: 'GET', requestKey: null }
		)) as { minCommunes?: unknown; territories?: unknown };
		if (!Array.isArray(body.territories)) return { status: 'server' };
		const territories = body.territories.map((raw: Record<string, unknown>) => {
			const profiles = (raw.profiles ?? {}) as Record<string, unknown>;
			return {
				kind: String(raw.kind) as TerritoryTotals['kind'],
				code: String(raw.code ?? ''),
				communes: count(raw.communes) ?? 0,
				profiles: { A: count(profiles.A), B: count(profiles.B), C: count(profiles.C) },
				needs: Array.isArray(raw.needs)
					? raw.needs.map((n: Record<string, unknown>) => ({
							theme: String(n.theme),
							communes: count(n.communes) ?? 0
						}))
					: []
			};
		});
		return { status: 'ok', minCommunes: count(body.minCommunes) ?? 3, territories };
	} catch (error) {
		if (error instanceof ClientResponseError && error.status === 0) return { status: 'offline' };
		console.error('census summary unavailable', error);
		return { status: 'server' };
	}
}
