// National generator: one project canvas as Yjs updates, in the shape
// src/lib/features/projects/local/projects.ts reads (the same as scripts/seed/demo-project.mjs):
// meta, the three texts, themes, levers, lists, indicators with measurements, log and history.
// Sizes vary like real canvases (a framed idea: ~1 KB; a project under way: 3-8 KB).
// Deterministic: client ids and every value come from the project's random stream.
import * as Y from 'yjs';
import { pick, pickSome, recordId } from './context.mjs';
import { FUNDERS, LOG_LINES, PROBLEMS, SOLUTIONS, STAKEHOLDERS } from './names.mjs';

const DAY = 86_400_000;

/** @param {Record<string, unknown>} fields */
function item(fields) {
	const map = new Y.Map();
	for (const [key, value] of Object.entries(fields)) map.set(key, value);
	return map;
}

/** `YYYY-MM-DD` of a time. @param {number} ms */
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * @param {{ seed: number, id: string, commune: string, title: string, status: string,
 *           themes: string[], levers: string[], created: number, end: number, random: () => number,
 *           authors: { id: string, name: string }[] }} p
 * @returns {{ updates: { author: string, bytes: Uint8Array, at: number }[], summary: string }}
 */
export function buildCanvas(p) {
	const { random } = p;
	const richness =
		{ idee: 0, cadrage: 1, lance: 2, en_cours: 3, realise: 4, suspendu: 2, abandonne: 1 }[
			p.status
		] ?? 1;
	const problem = pickSome(random, PROBLEMS, 1 + Math.floor(random() * 2)).join(' ');
	const doc = new Y.Doc();
	doc.clientID = (random() * 2 ** 31) >>> 0;
	const first = p.authors[0];
	/** @param {Y.Doc} d @param {{ id: string, name: string }} author @param {number} at @param {string[]} sections */
	const history = (d, author, at, sections) =>
		d.getArray('history').push(
			sections.map((section, i) => ({
				author: author.id,
				name: author.name,
				at: at + i * 60_000,
				section
			}))
		);
	doc.transact(() => {
		const meta = doc.getMap('meta');
		meta.set('title', p.title);
		meta.set('status', p.status);
		meta.set('commune', p.commune);
		if (richness >= 2) meta.set('budget', 5000 + Math.floor(random() * 40) * 2500);
		doc.getText('local_problem').insert(0, problem);
		if (richness >= 1)
			doc.getText('proposed_solution').insert(0, pickSome(random, SOLUTIONS, 2).join(' '));
		if (richness >= 2)
			doc
				.getText('description')
				.insert(0, pickSome(random, SOLUTIONS, 3).join(' ') + ' ' + problem);
		for (const theme of p.themes) doc.getMap('themes').set(theme, true);
		for (const lever of p.levers) doc.getMap('levers').set(lever, true);
		const n = (/** @type {number} */ max) => Math.floor(random() * (max + 1));
		doc.getArray('stakeholders').push(
			pickSome(random, STAKEHOLDERS, 1 + n(richness + 1)).map(([name, type], i) =>
				item({
					id: recordId(p.seed, p.id, 'partie', i),
					name,
					type,
					role: 'Partenaire du projet'
				})
			)
		);
		doc
			.getArray('method')
			.push(
				Array.from({ length: richness + n(2) }, (_, i) =>
					item({ id: recordId(p.seed, p.id, 'etape', i), text: pick(random, SOLUTIONS) })
				)
			);
		doc.getArray('milestones').push(
			Array.from({ length: richness + n(2) }, (_, i) =>
				item({
					id: recordId(p.seed, p.id, 'jalon', i),
					label: pick(random, LOG_LINES).slice(0, 60),
					date: day(p.created + (i + 1) * 30 * DAY),
					done: i < richness - 1
				})
			)
		);
		doc
			.getArray('funders')
			.push(
				pickSome(random, FUNDERS, n(richness)).map((name, i) =>
					item({ id: recordId(p.seed, p.id, 'finance', i), name, amount: 1000 * (1 + n(30)) })
				)
			);
		doc.getArray('indicators').push(
			Array.from({ length: Math.min(3, richness) }, (_, i) =>
				item({
					id: recordId(p.seed, p.id, 'indic', i),
					name: 'Indicateur ' + (i + 1),
					unit: 'par an',
					baseline: n(20),
					target: 20 + n(100),
					measurements: new Y.Array()
				})
			)
		);
		history(doc, first, p.created, [
			'title',
			'local_problem',
			'proposed_solution',
			'themes',
			'levers',
			'method'
		]);
	});
	const updates = [{ author: first.id, bytes: Y.encodeStateAsUpdate(doc), at: p.created }];
	// Later work, by the same élu or a colleague: measurements, log entries, history.
	const rounds = Math.max(0, richness - 1);
	let at = p.created;
	for (let r = 0; r < rounds; r++) {
		at = Math.min(p.end, at + (10 + Math.floor(random() * 40)) * DAY);
		const author = p.authors[r % p.authors.length];
		const before = Y.encodeStateVector(doc);
		doc.transact(() => {
			const indicators = /** @type {Y.Map<unknown>[]} */ (doc.getArray('indicators').toArray());
			for (const indicator of indicators) {
				/** @type {Y.Array<unknown>} */ (indicator.get('measurements')).push([
					{
						id: recordId(p.seed, p.id, 'mesure', r, String(indicator.get('id'))),
						date: day(at),
						value: Math.floor(random() * 100)
					}
				]);
			}
			doc.getArray('log').push([
				{
					id: recordId(p.seed, p.id, 'journal', r),
					date: day(at),
					text: pick(random, LOG_LINES),
					author: author.id,
					createdAt: at
				}
			]);
			history(doc, author, at, ['log', 'indicators']);
		});
		updates.push({ author: author.id, bytes: Y.encodeStateAsUpdate(doc, before), at });
	}
	doc.destroy();
	return { updates, summary: problem.trim().replace(/\s+/g, ' ') };
}
