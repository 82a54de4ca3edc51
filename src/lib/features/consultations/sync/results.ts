// The results of a consultation (pocketbase/README.md, "Concertations": GET
// /api/collab/consultations/{id}/results): hidden until the grace period after the closing has
// passed, then counts, late votes counted, participation per territory and the synthesis. Owns
// that call and the reading of its answer; never stores anything, never sends a vote (votes
// travel through the sync engine).
import type PocketBase from 'pocketbase';
import { requestFailure } from '$lib/sync/failure';
import type { ConsultationResults } from '../domain/consultation';

export type ResultsAnswer =
	| { status: 'hidden'; resultsAt: string }
	| { status: 'shown'; results: ConsultationResults }
	| { status: 'offline' | 'missing' | 'server' };

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Asks the server for the results of `id`. Never throws. */
export async function fetchResults(pb: PocketBase, id: string): Promise<ResultsAnswer> {
	try {
		const body = (await pb.send(`/api/collab/consultations/${encodeURIComponent(id)}/results`, {
			method: 'GET',
			requestKey: null
		})) as Record<string, unknown>;
		if (body.visible !== true) return { status: 'hidden', resultsAt: str(body.resultsAt) };
		const options = Array.isArray(body.options) ? (body.options as Record<string, unknown>[]) : [];
		const participation = Array.isArray(body.participation)
			? (body.participation as Record<string, unknown>[])
			: [];
		return {
			status: 'shown',
			results: {
				title: str(body.title),
				voters: num(body.voters),
				late: num(body.late),
				options: options.map((o) => ({
					key: str(o.key),
					label: str(o.label),
					votes: num(o.votes)
				})),
				participation: participation.map((p) => ({
					level: p.level === 'region' ? 'region' : 'departement',
					code: str(p.code),
					name: str(p.name),
					voters: num(p.voters),
					elus: num(p.elus)
				})),
				synthesis: str(body.synthesis),
				closesAt: str(body.closesAt),
				graceHours: num(body.graceHours)
			}
		};
	} catch (error) {
		const { kind } = requestFailure(error);
		return { status: kind === 'offline' || kind === 'missing' ? kind : 'server' };
	}
}
