// National generator, `projects` + `docs` + `doc_updates`: 36,000 projects spread over the
// communes (more where more people live), each with its Yjs canvas stored as the sync route
// stores pushed updates (one row per push, z85 text, global seq) and its summary record.
import { createRequire } from 'node:module';
import { encodeZ85 } from '../demo-client.mjs';
import { buildCanvas } from './canvas.mjs';
import { pbDate, pick, pickSome, recordId, spread, stream, PROGRAMME_START } from './context.mjs';
import { TITLE_ACTIONS, TITLE_OBJECTS } from './names.mjs';

export const TARGET_PROJECTS = 36_000;

/**
 * The server's vocabularies: limits.js PROJECT is the one list the sync route checks summaries
 * against (plain CommonJS, so Node requires it as the hooks do).
 * @type {{ PROJECT: { statuses: string[], themes: string[], levers: string[] } }}
 */
const { PROJECT } = createRequire(import.meta.url)('../../../pocketbase/pb_hooks/lib/limits.js');
export const THEMES = PROJECT.themes;
const LEVERS = PROJECT.levers;
/** How often each status is drawn, in % (this order is the draw's: changing it changes rows). */
const STATUSES = /** @type {const} */ ([
	['idee', 10],
	['cadrage', 18],
	['lance', 20],
	['en_cours', 32],
	['realise', 12],
	['suspendu', 5],
	['abandonne', 3]
]);
const unknown = STATUSES.filter(([name]) => !PROJECT.statuses.includes(name));
if (unknown.length)
	throw new Error(`project statuses the server does not know: ${unknown.join(', ')}`);

/** @param {() => number} random */
function status(random) {
	let x = random() * 100;
	for (const [name, weight] of STATUSES) {
		if ((x -= weight) < 0) return name;
	}
	return 'en_cours';
}

/** @param {ReturnType<import('./context.mjs').createContext>} ctx */
export async function generate(ctx) {
	const { seed, communes } = ctx;
	const weights = communes.map((c) => 0.5 + Math.log10(10 + c.population));
	const counts = spread(weights, TARGET_PROJECTS, stream(seed, 'projects')());
	/** @type {unknown[][]} */ let docs = [];
	/** @type {unknown[][]} */ let updates = [];
	/** @type {unknown[][]} */ let summaries = [];
	let bytes = 0;
	let stored = 0;
	const flush = async () => {
		await ctx.insert(
			'docs',
			['id', 'type', 'commune', 'created_by', 'head', 'rows', 'created', 'updated'],
			docs
		);
		await ctx.insert(
			'doc_updates',
			[
				'id',
				'op',
				'doc',
				'seq',
				'update',
				'snapshot',
				'covers',
				'author',
				'device',
				'size',
				'created'
			],
			updates,
			1000
		);
		await ctx.insert(
			'projects',
			[
				'id',
				'commune',
				'title',
				'status',
				'themes',
				'levers',
				'summary',
				'updated_by',
				'seq',
				'rev',
				'device',
				'created',
				'updated'
			],
			summaries
		);
		docs = [];
		updates = [];
		summaries = [];
	};
	for (let index = 0; index < communes.length; index++) {
		const commune = communes[index];
		if (!commune || !ctx.keep(commune.insee)) continue;
		const elus = ctx.elus.get(commune.id) ?? [];
		if (!elus.length) continue;
		for (let n = 0; n < (counts[index] ?? 0); n++) {
			const random = stream(seed, 'project', commune.insee, n);
			const id = recordId(seed, 'project', commune.insee, n);
			const created = Math.round(PROGRAMME_START + random() * (ctx.end - PROGRAMME_START) * 0.8);
			const p = {
				seed,
				id,
				commune: commune.id,
				random,
				created,
				end: ctx.end,
				title: `${pick(random, TITLE_ACTIONS)} ${pick(random, TITLE_OBJECTS)}`,
				status: status(random),
				themes: pickSome(random, THEMES, 1 + Math.floor(random() * 3)).sort(),
				levers: pickSome(random, LEVERS, 1 + Math.floor(random() * 3)).sort(),
				authors: pickSome(random, elus, 1 + Math.floor(random() * 2))
			};
			const canvas = buildCanvas(p);
			let head = 0;
			canvas.updates.forEach((u, i) => {
				head = ctx.nextSeq();
				const text = encodeZ85(u.bytes);
				bytes += u.bytes.length;
				updates.push([
					recordId(seed, 'update', id, i),
					`national-${id}-${i}`,
					id,
					head,
					text,
					false,
					0,
					u.author,
					'national-seed',
					u.bytes.length,
					pbDate(u.at)
				]);
			});
			const last = canvas.updates[canvas.updates.length - 1]?.at ?? created;
			docs.push([
				id,
				'project',
				commune.id,
				p.authors[0]?.id ?? '',
				head,
				canvas.updates.length,
				pbDate(created),
				pbDate(last)
			]);
			summaries.push([
				id,
				commune.id,
				p.title,
				p.status,
				p.themes,
				p.levers,
				canvas.summary,
				p.authors[0]?.id ?? '',
				ctx.nextSeq(),
				last,
				'national-seed',
				pbDate(created),
				pbDate(last)
			]);
			ctx.projects.push({ id, commune: commune.id, status: p.status, created, title: p.title });
			stored++;
			if (summaries.length >= 2000) await flush();
		}
	}
	await flush();
	return { projets: stored, 'octets Yjs': bytes };
}
