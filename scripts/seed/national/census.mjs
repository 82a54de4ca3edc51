// National generator, `census`: the needs census of campaign 2026 from about 20,000 of the
// 34,969 communes (each commune answers with probability 20,000 / 34,969, drawn from its own
// stream, so a slice holds exactly the national rows of its communes): a profile A, B or C and
// a priority (1 to 3) for 1 to 5 of the impact themes. Feeds the dashboards' needs and profiles.
import { DEMO_COMMUNE_INSEE } from '../demo.mjs';
import { pbDate, pick, pickSome, recordId, stream, PROGRAMME_START } from './context.mjs';
import { THEMES } from './projects.mjs';

export const CAMPAIGN = '2026';
const SHARE = 20_000 / 34_969;
const PROFILES = ['A', 'B', 'B', 'C'];
const COLUMNS = [
	'id',
	'campaign',
	'commune',
	'question',
	'answer',
	'answered_at',
	'history',
	'seq',
	'rev',
	'device',
	'created',
	'updated'
];
/** Answers stay within the campaign's year. */
const CAMPAIGN_END = Date.parse('2026-12-20T12:00:00.000Z');

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	/** @type {unknown[][]} */
	const rows = [];
	let communes = 0;
	const last = Math.min(ctx.end, CAMPAIGN_END);
	for (const commune of ctx.communes) {
		// The demo commune answers through the demo world (demo-library.mjs), never twice.
		if (!ctx.keep(commune.insee) || commune.insee === DEMO_COMMUNE_INSEE) continue;
		// Drawn by INSEE code: record ids of communes differ from one data directory to another.
		const random = stream(ctx.seed, 'census', commune.insee);
		if (random() >= SHARE) continue;
		communes++;
		const at = PROGRAMME_START + random() * Math.max(0, last - PROGRAMME_START);
		const when = pbDate(at);
		const row = (/** @type {string} */ question, /** @type {object} */ answer) =>
			rows.push([
				recordId(ctx.seed, 'census', commune.insee, question),
				CAMPAIGN,
				commune.id,
				question,
				answer,
				when,
				[],
				ctx.nextSeq(),
				Math.round(at),
				'national-seed',
				when,
				when
			]);
		row('profile', { profile: pick(random, PROFILES) });
		for (const theme of pickSome(random, THEMES, 1 + Math.floor(random() * 5))) {
			row(`need-${theme}`, { priority: 1 + Math.floor(random() * 3), note: '' });
		}
	}
	await ctx.insert('needs_surveys', COLUMNS, rows, 5000);
	return { 'communes recensées': communes, 'réponses au recensement': rows.length };
}
