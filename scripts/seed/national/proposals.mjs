// National generator, `proposals`: the élus' proposals in each call for proposals (4 to 11 per
// call, by élus of its territory, in the first 60 % of its time), as the sync route stores them
// (lib/sync/collections/proposals.js). Drawn nationally per call; a slice keeps those whose
// author's commune it holds. The whole list stays in `proposalsOf(ctx)` for the votes.
import { consultationsOf } from './consultations.mjs';
import { communityWorld, postColumns, postRow, PROPOSALS, THREAD_SENTENCES } from './community.mjs';
import { pickSome, recordId, stream } from './context.mjs';

/**
 * @typedef {{ id: string, consultation: string, at: number, kept: boolean, title: string,
 *             body: string, author: import('./community.mjs').Author }} Proposal
 */

/** @type {WeakMap<object, Map<string, Proposal[]>>} */
const drawn = new WeakMap();

/**
 * Every proposal of the country per consultation id (`kept` when the slice holds it).
 * @param {ReturnType<import('./context.mjs').createContext>} ctx
 */
export function proposalsOf(ctx) {
	let byConsultation = drawn.get(ctx);
	if (byConsultation) return byConsultation;
	byConsultation = new Map();
	const world = communityWorld(ctx);
	for (const c of consultationsOf(ctx)) {
		if (c.kind !== 'proposals') continue;
		const random = stream(ctx.seed, 'proposals', c.id);
		const count = 4 + Math.floor(random() * 8);
		const titles = pickSome(random, PROPOSALS, count);
		/** @type {Proposal[]} */
		const list = [];
		titles.forEach((title, n) => {
			const elu = c.territory.elus[Math.floor(random() * c.territory.elus.length)];
			if (!elu) return;
			const author = world.author(elu);
			const at = Math.round(c.opens + random() * 0.6 * (c.closes - c.opens));
			list.push({
				id: recordId(ctx.seed, 'proposal', c.id, n),
				consultation: c.id,
				at,
				kept: c.kept && author.kept && at <= ctx.end,
				title,
				body: pickSome(random, THREAD_SENTENCES, 2).join(' '),
				author
			});
		});
		byConsultation.set(c.id, list);
	}
	drawn.set(ctx, byConsultation);
	return byConsultation;
}

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	const proposals = proposalsOf(ctx);
	/** @type {unknown[][]} */
	const rows = [];
	for (const c of consultationsOf(ctx)) {
		for (const p of proposals.get(c.id) ?? []) {
			if (!p.kept) continue;
			rows.push(
				postRow(
					ctx,
					{ ...p, kind: c.territory.kind, code: c.territory.code, region: c.territory.region },
					[c.id, p.title]
				)
			);
		}
	}
	await ctx.insert('proposals', postColumns(['consultation', 'title']), rows, 2000);
	return { propositions: rows.length };
}
