// National generator, `votes`: about 50,000 votes of élus in the consultations of their
// territories, as the sync route stores them (lib/sync/collections/votes.js): the id a device
// derives from the consultation and the élu (SHA-256 of "<consultation>/<user>", 15 hex digits),
// the voter's commune (what the territories' participation counts), the choices, when the élu
// voted and when the server received it; 3 % of the votes of a closed consultation were cast
// offline just before the closing and arrived within the grace period (`late`). Each élu's vote
// is drawn from the consultation and the élu alone; a vote supporting a proposal of a commune
// outside the slice is left out of the slice. The server keeps no counter: results and
// participation are counted from these rows.
import { createHash } from 'node:crypto';
import { consultationsOf, optionKey } from './consultations.mjs';
import { proposalsOf } from './proposals.mjs';
import { pbDate, pickSome, stream } from './context.mjs';

const HOUR = 3_600_000;
/** Share of the élus of its territory who vote in a consultation, before the draw's ±40 %. */
export const TURNOUT = { national: 0.031, region: 0.05, departement: 0.083 };
const COLUMNS = [
	'id',
	'user',
	'consultation',
	'commune',
	'choices',
	'cast_at',
	'received',
	'late',
	'seq',
	'rev',
	'device',
	'created',
	'updated'
];

/**
 * The id of `user`'s vote in `consultation`. → lib/sync/collections/votes.js: voteId
 * @param {string} consultation @param {string} user
 */
export function voteId(consultation, user) {
	return createHash('sha256').update(`${consultation}/${user}`).digest('hex').slice(0, 15);
}

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	const proposals = proposalsOf(ctx);
	/** @type {unknown[][]} */
	const rows = [];
	let late = 0;
	for (const c of consultationsOf(ctx)) {
		if (!c.kept) continue;
		const turnout = TURNOUT[c.territory.kind] * (0.6 + 0.8 * stream(ctx.seed, 'turnout', c.id)());
		const offered = proposals.get(c.id) ?? [];
		for (const elu of c.territory.elus) {
			if (!ctx.keep(elu.insee)) continue;
			const random = stream(ctx.seed, 'vote', c.id, elu.id);
			if (random() >= turnout) continue;
			let cast = c.opens + random() * (c.closes - c.opens);
			let received = Math.min(c.closes, cast + 5_000 + random() * 600_000);
			const isLate = random() < 0.03;
			if (isLate) {
				cast = c.closes - random() * 6 * HOUR;
				received = c.closes + random() * 40 * HOUR;
			}
			if (received > ctx.end) continue;
			/** @type {string[]} */
			let choices;
			if (c.kind === 'choice') {
				const favourite = random() < 0.4;
				const count = c.multiple ? 1 + Math.floor(random() * 2) : 1;
				const indexes = pickSome(
					random,
					c.labels.map((_, i) => i),
					count
				);
				if (favourite && !indexes.includes(c.favourite)) indexes[0] = c.favourite;
				choices = indexes.map(optionKey);
			} else {
				const published = offered.filter((p) => p.at <= cast);
				const supported = pickSome(random, published, 1 + Math.floor(random() * 3));
				if (!supported.length || supported.some((p) => !p.kept)) continue;
				choices = supported.map((p) => p.id);
			}
			if (isLate) late++;
			const when = pbDate(received);
			rows.push([
				voteId(c.id, elu.id),
				elu.id,
				c.id,
				elu.commune,
				choices,
				pbDate(cast),
				when,
				isLate,
				ctx.nextSeq(),
				1,
				'national-seed',
				when,
				when
			]);
		}
	}
	await ctx.insert('votes', COLUMNS, rows, 4000);
	return { votes: rows.length, 'votes arrivés dans le délai de grâce': late };
}
