// National generator, `comments`: about 79,000 replies, to the threads (0 to 7 each, by élus of
// the thread's space and now and then by its territory's coordinator) and to the consultations
// (by élus of their territory), and the thread's author thanking them, as the sync route stores them (lib/sync/collections/comments.js):
// in the space of what they answer. Drawn per thread or consultation; a slice keeps a reply when
// it holds both the reply's author and what it answers. Whom each reply tells is left in
// `toldOf(ctx)` for notifications.mjs.
import { consultationsOf } from './consultations.mjs';
import { threadsOf } from './discussions.mjs';
import { communityWorld, postColumns, postRow, REPLIES, THANKS } from './community.mjs';
import { pick, recordId, stream } from './context.mjs';

const DAY = 86_400_000;
/** Replies to a consultation, on average, by the size of its territory. */
const CONSULTATION_REPLIES = { national: 60, region: 24, departement: 10 };

/**
 * @typedef {{ comment: string, user: string, discussion: string, at: number, body: string }} Told
 */

/** @type {WeakMap<object, Told[]>} */
const replies = new WeakMap();

/**
 * Who the kept replies of the run tell (the author of what they answer), for notifications.mjs.
 * @param {ReturnType<import('./context.mjs').createContext>} ctx
 */
export function toldOf(ctx) {
	return replies.get(ctx) ?? [];
}

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	const world = communityWorld(ctx);
	/** @type {unknown[][]} */
	const rows = [];
	/** @type {Told[]} */
	const told = [];
	replies.set(ctx, told);
	let toThreads = 0;
	/**
	 * @param {string} id @param {{ kind: string, code: string, region: string }} space
	 * @param {import('./community.mjs').Author} author @param {number} at @param {string} body
	 * @param {string} parentKind @param {string} parent
	 * @param {string} parentAuthor whom the sync route would tell of the reply
	 */
	const add = (id, space, author, at, body, parentKind, parent, parentAuthor) => {
		if (!author.kept || at > ctx.end) return false;
		if (parentAuthor !== author.id) {
			told.push({
				comment: id,
				user: parentAuthor,
				discussion: parentKind === 'discussion' ? parent : '',
				at,
				body
			});
		}
		rows.push(
			postRow(
				ctx,
				{ id, kind: space.kind, code: space.code, region: space.region, at, author, body },
				[parentKind, parent, []]
			)
		);
		return true;
	};
	for (const thread of threadsOf(ctx)) {
		const random = stream(ctx.seed, 'replies', thread.id);
		const count = Math.floor(random() * random() * 12.7);
		if (!thread.kept) continue;
		// Who may answer: the élus who read the space (a national or theme space: anyone).
		const local =
			thread.kind === 'departement' || thread.kind === 'region'
				? world.territory(thread.kind, thread.code)
				: undefined;
		const coordinator = world.territory('departement', thread.elu.departement)?.organiser;
		const readers = local?.elus ?? world.all;
		let at = thread.at;
		for (let n = 0; n < count; n++) {
			at += Math.round(random() * random() * 10 * DAY) + 600_000;
			const byCoordinator = random() < 0.08 && coordinator;
			const elu = readers[Math.floor(random() * readers.length)];
			const author = byCoordinator
				? (local?.organiser ?? coordinator)
				: elu
					? world.author(elu)
					: undefined;
			const body = pick(random, REPLIES);
			if (
				author &&
				add(
					recordId(ctx.seed, 'reply', thread.id, n),
					thread,
					author,
					at,
					body,
					'discussion',
					thread.id,
					thread.author.id
				)
			)
				toThreads++;
		}
		// Half of the threads that got answers get their author's thanks at the end.
		if (count > 0 && random() < 0.5) {
			at += Math.round(random() * 3 * DAY) + 600_000;
			const body = pick(random, THANKS);
			if (
				add(
					recordId(ctx.seed, 'reply', thread.id, 'author'),
					thread,
					thread.author,
					at,
					body,
					'discussion',
					thread.id,
					thread.author.id
				)
			)
				toThreads++;
		}
	}
	for (const c of consultationsOf(ctx)) {
		const random = stream(ctx.seed, 'consultation-replies', c.id);
		const count = Math.round(CONSULTATION_REPLIES[c.territory.kind] * (0.5 + random()));
		if (!c.kept) continue;
		const space = { kind: c.territory.kind, code: c.territory.code, region: c.territory.region };
		for (let n = 0; n < count; n++) {
			const at = Math.round(c.opens + random() * (c.closes - c.opens));
			const elu = c.territory.elus[Math.floor(random() * c.territory.elus.length)];
			const author = random() < 0.1 ? c.territory.organiser : elu ? world.author(elu) : undefined;
			const body = pick(random, REPLIES);
			if (author)
				add(
					recordId(ctx.seed, 'consultation-reply', c.id, n),
					space,
					author,
					at,
					body,
					'consultation',
					c.id,
					c.territory.organiser.id
				);
		}
	}
	await ctx.insert('comments', postColumns(['parent_kind', 'parent', 'mentions']), rows, 3000);
	return {
		'réponses aux fils': toThreads,
		'réponses aux consultations': rows.length - toThreads
	};
}
