// National generator, `progress`: modules an élu ticked alone in the app (self-declared, never
// counted as trained: DESIGN.md § 6). About 60 % of élus tick 1 to 8 of the 8 modules.
import { pbDate, recordId, stream, PROGRAMME_START } from './context.mjs';

export const MODULES = ['ic-1', 'ic-2', 'ic-3', 'ic-4', 'es-1', 'es-2', 'es-3', 'es-4'];
const COLUMNS = [
	'id',
	'user',
	'module',
	'activity',
	'done',
	'done_at',
	'seq',
	'rev',
	'device',
	'created',
	'updated'
];

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	/** @type {unknown[][]} */
	const rows = [];
	for (const elus of ctx.elus.values()) {
		for (const elu of elus) {
			const random = stream(ctx.seed, 'progress', elu.id);
			if (random() > 0.6) continue;
			const count = 1 + Math.floor(random() * MODULES.length);
			let at = PROGRAMME_START + random() * (ctx.end - PROGRAMME_START) * 0.6;
			for (let m = 0; m < count; m++) {
				at += random() * 20 * 86_400_000;
				const when = pbDate(Math.min(at, ctx.end));
				rows.push([
					recordId(ctx.seed, 'progress', elu.id, m),
					elu.id,
					MODULES[m],
					'',
					true,
					when,
					ctx.nextSeq(),
					Math.round(at),
					'national-seed',
					when,
					when
				]);
			}
		}
	}
	await ctx.insert('progress', COLUMNS, rows, 5000);
	return { progress: rows.length };
}
