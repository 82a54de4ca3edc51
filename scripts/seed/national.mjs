// `npm run seed:national`: fills a PocketBase data directory with the whole programme at its
// target (README, "National-scale data"): all communes, 77,000 élus, 36,000 projects with their
// canvases and histories, charters, self-declared progress, and whatever the modules of
// scripts/seed/national/ add. Deterministic from --seed; a slice (--departements 11,34 or
// --communes 11185,11069) gives exactly the national rows of those communes, for tests.
// Rows go through the superuser bulk route (pb_hooks/bulk.pb.js): one transaction per batch.
// As a module, `generateNational()` runs the same modules against a server already seeded.
import { rmSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import PocketBase from 'pocketbase';
import { loadCommunes } from '../communes/build.mjs';
import { createContext } from './national/context.mjs';
import * as users from './national/users.mjs';
import * as projects from './national/projects.mjs';
import * as charters from './national/charters.mjs';
import * as progress from './national/progress.mjs';
import * as sessions from './national/sessions.mjs';
import * as census from './national/census.mjs';
import * as consultations from './national/consultations.mjs';
import * as proposals from './national/proposals.mjs';
import * as votes from './national/votes.mjs';
import * as discussions from './national/discussions.mjs';
import * as comments from './national/comments.mjs';
import * as notifications from './national/notifications.mjs';

/**
 * The modules, in order (each may use what the previous ones left in the context).
 * Another collection plugs in with one file in national/ and one line here.
 * @type {{ name: string, generate: (ctx: ReturnType<typeof createContext>) => Promise<Record<string, number>> }[]}
 */
export const MODULES = [
	{ name: 'users', generate: users.generate },
	{ name: 'projects', generate: projects.generate },
	{ name: 'charters', generate: charters.generate },
	{ name: 'progress', generate: progress.generate },
	{ name: 'sessions', generate: sessions.generate },
	{ name: 'census', generate: census.generate },
	{ name: 'consultations', generate: consultations.generate },
	{ name: 'proposals', generate: proposals.generate },
	{ name: 'votes', generate: votes.generate },
	{ name: 'discussions', generate: discussions.generate },
	{ name: 'comments', generate: comments.generate },
	{ name: 'notifications', generate: notifications.generate }
];

/**
 * Every commune of the country as the modules see it, with its record id in `ids` ('' when the
 * data directory does not hold it).
 * @param {Map<string, string>} ids insee → record id
 * @returns {import('./national/context.mjs').NationalCommune[]}
 */
export function nationalCommunes(ids) {
	return loadCommunes().map((c) => ({
		id: ids.get(c.insee) ?? '',
		insee: c.insee,
		name: c.name,
		population: c.population ?? 0,
		departement: c.departement,
		region: c.region,
		epci: c.epci ?? '',
		class: c.class
	}));
}

/**
 * Runs every module against the server at `url` (communes already stored there).
 * @param {{ url: string, admin: { email: string, password: string }, seed: number,
 *           departements?: string[], communes?: string[], exclude?: string[], end?: number,
 *           skip?: string[], log?: (line: string) => void }} options
 * @returns {Promise<{ seconds: Record<string, number>, counts: Record<string, number> }>}
 */
export async function generateNational(options) {
	const log = options.log ?? (() => {});
	const pb = new PocketBase(options.url);
	pb.autoCancellation(false);
	await pb.collection('_superusers').authWithPassword(options.admin.email, options.admin.password);
	/** @type {Map<string, string>} insee → record id */
	const ids = new Map();
	for (const c of await pb
		.collection('communes')
		.getFullList({ fields: 'id,insee', batch: 5000 })) {
		ids.set(String(c.insee), c.id);
	}
	const national = nationalCommunes(ids);
	const wantedDeps = options.departements?.length ? new Set(options.departements) : null;
	const wantedInsee = options.communes?.length ? new Set(options.communes) : null;
	const departementOf = new Map(national.map((c) => [c.insee, c.departement]));
	const excluded = new Set(options.exclude ?? []);
	const keep = (/** @type {string} */ insee) =>
		ids.has(insee) &&
		!excluded.has(insee) &&
		(!wantedDeps || wantedDeps.has(departementOf.get(insee) ?? '')) &&
		(!wantedInsee || wantedInsee.has(insee));
	const sequence = await pb.collection('sync_counters').getOne('globalsequence0');
	const ctx = createContext({
		seed: options.seed,
		communes: national,
		keep,
		firstSeq: Number(sequence.value),
		end: options.end,
		log,
		send: async (table, columns, rows, seq) => {
			await pb.send('/api/collab/admin/bulk', {
				method: 'POST',
				body: { table, columns, rows, sequence: seq }
			});
		}
	});
	/** @type {Record<string, number>} */ const seconds = {};
	/** @type {Record<string, number>} */ const counts = {};
	for (const module of MODULES) {
		// Benchmarks of one part leave out the slowest modules (e.g. --skip sessions).
		if (options.skip?.includes(module.name)) continue;
		const started = performance.now();
		const result = await module.generate(ctx);
		seconds[module.name] = Math.round((performance.now() - started) / 100) / 10;
		Object.assign(counts, result);
		log(
			`${module.name} : ${Object.entries(result)
				.map(([k, v]) => `${v.toLocaleString('fr-FR')} ${k}`)
				.join(', ')} (${seconds[module.name]} s)`
		);
	}
	const started = performance.now();
	const refreshed = await pb.send('/api/collab/admin/territories/refresh', { method: 'POST' });
	seconds.territories = Math.round((performance.now() - started) / 100) / 10;
	log(
		`chiffres des territoires : ${refreshed.rows.toLocaleString('fr-FR')} (${seconds.territories} s)`
	);
	return { seconds, counts };
}

async function main() {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'pocketbase/pb_data_national' },
			seed: { type: 'string', default: '1' },
			departements: { type: 'string' },
			communes: { type: 'string' },
			skip: { type: 'string' },
			force: { type: 'boolean', default: false }
		}
	});
	const dataDir = resolve(values.dir);
	if (existsSync(dataDir) && readdirSync(dataDir).length) {
		if (!values.force) {
			console.error(`${dataDir} n’est pas vide : ajoutez --force pour le remplacer.`);
			process.exit(2);
		}
		rmSync(dataDir, { recursive: true, force: true });
	}
	mkdirSync(dataDir, { recursive: true });
	const { LOCAL_SUPERUSER, startPocketBase } = await import('../pocketbase/server.mjs');
	const { seed } = await import('./seed.mjs');
	const started = performance.now();
	const server = await startPocketBase({ dataDir, quiet: true });
	try {
		const log = (/** @type {string} */ line) => console.log(`  ${line}`);
		console.log(`Données nationales (graine ${values.seed}) dans ${dataDir}`);
		// The demo accounts, but not the demo territories: the generator writes every commune itself.
		await seed({
			url: server.url,
			admin: LOCAL_SUPERUSER,
			communes: 'all',
			demo: true,
			demoTerritories: false,
			log
		});
		await generateNational({
			url: server.url,
			admin: LOCAL_SUPERUSER,
			seed: Number(values.seed),
			departements: values.departements?.split(',').map((s) => s.trim()),
			communes: values.communes?.split(',').map((s) => s.trim()),
			skip: values.skip?.split(',').map((s) => s.trim()),
			log
		});
	} finally {
		await server.stop();
	}
	console.log(`Terminé en ${Math.round((performance.now() - started) / 1000)} s.`);
}

// Not a top-level await: seed.mjs (imported by main) imports this module back (demo data).
if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
