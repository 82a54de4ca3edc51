// National generator, `proposals`: the élus' proposals in each call for proposals (4 to 11 per
// call, by élus of its territory, in the first 60 % of its time), as the sync route stores them
// (lib/sync/collections/proposals.js). Drawn nationally per call; a slice keeps those whose
// author's commune it holds. The whole list stays in `proposalsOf(ctx)` for the votes.
import { consultationsOf } from './consultations.mjs';
import { communityWorld, PROPOSALS, THREAD_SENTENCES } from './community.mjs';
import { pbDate, pickSome, recordId, stream } from './context.mjs';

export const POST_COLUMNS = [
	'id',
	'space_kind',
	'space_code',
	'space_region',
	'posted',
	'author',
	'author_name',
	'author_commune',
	'hidden',
	'hidden_body',
	'moderation_reason',
	'reports',
	'body'
];
const SYNC_COLUMNS = ['seq', 'rev', 'device', 'created', 'updated'];

/**
 * The columns every post starts with (POST_COLUMNS), then `extra`, then the sync columns.
 * @param {string[]} extra
 */
export function postColumns(extra) {
	return [...POST_COLUMNS, ...extra, ...SYNC_COLUMNS];
}

/**
 * A post's row: its space, author and body, then `extra` values, then a new seq.
 * @param {ReturnType<import('./context.mjs').createContext>} ctx
 * @param {{ id: string, kind: string, code: string, region: string, at: number,
 *           author: { id: string, name: string, insee: string }, body: string }} post
 * @param {unknown[]} extra
 */
export function postRow(ctx, post, extra) {
	const when = pbDate(post.at);
	return [
		post.id,
		post.kind,
		post.code,
		post.region,
		when,
		post.author.id,
		post.author.name,
		post.author.insee,
		false,
		'',
		'',
		0,
		post.body,
		...extra,
		ctx.nextSeq(),
		1,
		'national-seed',
		when,
		when
	];
}

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
