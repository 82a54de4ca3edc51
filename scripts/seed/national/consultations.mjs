// National generator, `consultations`: what the national team (6), each région's coordinator (3)
// and each département's coordinator (4) open over the programme year, as the sync route stores
// them (lib/sync/collections/consultations.js): a question with 2 to 5 options (one or several
// choices) or, one time in five, a call for proposals; 3 to 6 weeks to answer. Drawn per
// territory, so a slice holds the consultations of the territories its communes lie in.
// The whole national list (kept or not) stays in `consultationsOf(ctx)` for the modules after.
import { communityWorld, CALLS, QUESTIONS, SPACE_COLUMNS, SYNC_COLUMNS } from './community.mjs';
import { pbDate, pick, recordId, stream, PROGRAMME_END, PROGRAMME_START } from './context.mjs';

const DAY = 86_400_000;
/** How many consultations each organiser opens in the year. */
const PER_TERRITORY = { national: 6, region: 3, departement: 4 };
const COLUMNS = [
	...SPACE_COLUMNS,
	'title',
	'context',
	'kind',
	'multiple',
	'options',
	'closes_at',
	'synthesis',
	...SYNC_COLUMNS
];

/**
 * @typedef {{ id: string, territory: import('./community.mjs').Territory, kind: 'choice' | 'proposals',
 *             multiple: boolean, title: string, context: string, labels: string[],
 *             favourite: number, opens: number, closes: number, kept: boolean }} Consultation
 */

/** The key of a question's option `i` (the sync route's pattern: [a-z0-9-]{1,20}). */
export const optionKey = (/** @type {number} */ i) => `choix-${i + 1}`;

/** @type {WeakMap<object, Consultation[]>} */
const drawn = new WeakMap();

/**
 * Every consultation of the country (`kept` when the slice holds it), drawn once per run.
 * @param {ReturnType<import('./context.mjs').createContext>} ctx
 */
export function consultationsOf(ctx) {
	let list = drawn.get(ctx);
	if (list) return list;
	list = [];
	const year = PROGRAMME_END - PROGRAMME_START - 45 * DAY;
	for (const territory of communityWorld(ctx).territories) {
		const count = PER_TERRITORY[territory.kind];
		for (let k = 0; k < count; k++) {
			const random = stream(ctx.seed, 'consultation', territory.kind, territory.code, k);
			const opens = Math.round(PROGRAMME_START + ((k + random()) / count) * year);
			const closes = opens + (21 + Math.floor(random() * 22)) * DAY;
			const proposals = random() < 0.2;
			const question = pick(random, QUESTIONS);
			const call = pick(random, CALLS);
			list.push({
				id: recordId(ctx.seed, 'consultation', territory.kind, territory.code, k),
				territory,
				kind: proposals ? 'proposals' : 'choice',
				multiple: proposals || question.multiple,
				title: proposals ? call.title : question.title,
				context: proposals ? call.context : question.context,
				labels: proposals ? [] : question.options,
				favourite: Math.floor(random() * question.options.length),
				opens,
				closes,
				kept: territory.kept && opens <= ctx.end
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
	for (const c of consultationsOf(ctx)) {
		if (!c.kept) continue;
		const when = pbDate(c.opens);
		const organiser = c.territory.organiser;
		rows.push([
			c.id,
			c.territory.kind,
			c.territory.code,
			c.territory.region,
			when,
			organiser.id,
			organiser.name,
			organiser.insee,
			c.title,
			c.context,
			c.kind,
			c.multiple,
			c.labels.map((label, i) => ({ key: optionKey(i), label })),
			pbDate(c.closes),
			'',
			ctx.nextSeq(),
			1,
			'national-seed',
			when,
			when
		]);
	}
	await ctx.insert('consultations', COLUMNS, rows, 2000);
	return { consultations: rows.length };
}
