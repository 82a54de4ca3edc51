// National generator, `discussions`: about 21,000 threads of the learning network started by
// élus (one élu in four starts one, a few two), in their département's space mostly, else their
// région's, the national one or an impact theme's, as the sync route stores them
// (lib/sync/collections/discussions.js). Each thread is drawn from its author alone, so a slice
// holds the threads of its communes' élus. The whole list stays in `threadsOf(ctx)`.
import {
	communityWorld,
	postColumns,
	postRow,
	THEME_LABELS,
	THREAD_SENTENCES,
	THREAD_TITLES
} from './community.mjs';
import { pick, pickSome, recordId, stream, PROGRAMME_END, PROGRAMME_START } from './context.mjs';
import { THEMES } from './projects.mjs';

/**
 * @typedef {{ id: string, kind: string, code: string, region: string, at: number,
 *             author: import('./community.mjs').Author, elu: import('./community.mjs').Elu,
 *             title: string, body: string, kept: boolean }} Thread
 */

/** @type {WeakMap<object, Thread[]>} */
const drawn = new WeakMap();

/**
 * Every thread of the country (`kept` when the slice holds it), drawn once per run.
 * @param {ReturnType<import('./context.mjs').createContext>} ctx
 */
export function threadsOf(ctx) {
	let list = drawn.get(ctx);
	if (list) return list;
	list = [];
	const world = communityWorld(ctx);
	for (const elu of world.all) {
		const random = stream(ctx.seed, 'threads', elu.id);
		const x = random();
		const count = x < 0.035 ? 2 : x < 0.27 ? 1 : 0;
		for (let n = 0; n < count; n++) {
			const where = random();
			const theme = /** @type {keyof typeof THEME_LABELS} */ (pick(random, THEMES));
			const space =
				where < 0.55
					? { kind: 'departement', code: elu.departement, region: elu.region }
					: where < 0.7
						? { kind: 'region', code: elu.region, region: elu.region }
						: where < 0.8
							? { kind: 'national', code: '', region: '' }
							: { kind: 'theme', code: theme, region: '' };
			const at = Math.round(PROGRAMME_START + random() * (PROGRAMME_END - PROGRAMME_START));
			const author = world.author(elu);
			const sentences = pickSome(random, THREAD_SENTENCES, 2 + Math.floor(random() * 2));
			list.push({
				id: recordId(ctx.seed, 'thread', elu.id, n),
				...space,
				at,
				author,
				elu,
				title: pick(random, THREAD_TITLES).replace('{}', THEME_LABELS[theme] ?? theme),
				body: sentences.join(' '),
				kept: author.kept && at <= ctx.end
			});
		}
	}
	drawn.set(ctx, list);
	return list;
}

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	/** @type {unknown[][]} */
	const rows = [];
	for (const thread of threadsOf(ctx)) {
		if (thread.kept) rows.push(postRow(ctx, thread, [thread.title, []]));
	}
	await ctx.insert('discussions', postColumns(['title', 'mentions']), rows, 3000);
	return { 'fils de discussion': rows.length };
}
