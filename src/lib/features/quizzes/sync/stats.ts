// The aggregate of quiz results per module (pocketbase/README.md, "Quiz attempts": GET
// /api/collab/quiz-stats), for facilitators, coordinators and the national team: counts and mean
// scores, never one élu's answers. Owns that call and the reading of its answer; never stores
// anything and never sends an attempt (attempts travel through the sync engine).
import type PocketBase from 'pocketbase';
import { requestFailure } from '$lib/sync/failure';
import type { QuizPhase } from '../domain/quiz';

/** Attempts and mean score of one module and phase, over the élus the caller may follow. */
export interface QuizStatCell {
	/** How many attempts. */
	count: number;
	/** How many élus took it. */
	elus: number;
	/** Mean of score / total, in percent (0–100, rounded); null below the server's minimum of élus. */
	mean: number | null;
}

/** One module's line of the aggregate. */
export interface QuizStatLine {
	module: string;
	phases: Partial<Record<QuizPhase, QuizStatCell>>;
}

/** What the call gave. */
export type QuizStatsAnswer =
	| {
			status: 'ok';
			lines: QuizStatLine[];
			/** False when the caller follows nobody (no commune, no territory). */
			follows: boolean;
			/** Fewest élus in a cell for its mean to be given. */
			minUsers: number;
	  }
	| { status: 'offline' | 'forbidden' | 'server' };

const number = (value: unknown): number =>
	typeof value === 'number' && Number.isFinite(value) ? value : 0;

function readLines(body: unknown): QuizStatLine[] | null {
	const modules = (body as { modules?: unknown } | null)?.modules;
	if (!Array.isArray(modules)) return null;
	const lines = new Map<string, QuizStatLine>();
	for (const row of modules as Record<string, unknown>[]) {
		if (typeof row?.module !== 'string' || (row.phase !== 'avant' && row.phase !== 'apres')) {
			continue;
		}
		const line = lines.get(row.module) ?? { module: row.module, phases: {} };
		line.phases[row.phase] = {
			count: number(row.count),
			elus: number(row.elus),
			mean: typeof row.mean === 'number' ? Math.round(row.mean) : null
		};
		lines.set(row.module, line);
	}
	return [...lines.values()];
}

/**
 * Asks the server for the aggregate the signed-in user may see. Never throws: no network is
 * `offline`, a 401/403 `forbidden`, anything else unexpected `server`.
 */
export async function fetchQuizStats(pb: PocketBase): Promise<QuizStatsAnswer> {
	try {
		const body: unknown = await pb.send('/api/collab/quiz-stats', {
			method: 'GET',
			requestKey: null
		});
		const lines = readLines(body);
		if (!lines) return { status: 'server' };
		const answer = body as { follows?: unknown; minUsers?: unknown };
		return {
			status: 'ok',
			lines,
			follows: answer.follows !== false,
			minUsers: number(answer.minUsers)
		};
	} catch (error) {
		const { kind } = requestFailure(error);
		return { status: kind === 'offline' || kind === 'forbidden' ? kind : 'server' };
	}
}
