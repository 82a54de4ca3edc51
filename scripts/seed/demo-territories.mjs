// Demo data of the territory dashboards (README, "Demo accounts"): the national generator's rows
// for the Aude and a few other départements (Hérault, Pyrénées-Orientales, Haute-Garonne, Loire,
// Haut-Rhin, Corse-du-Sud), so that the demo coordinator (Aude) and the demo national account
// open dashboards that are not empty. Lagrasse is left to the demo world (its two élus, project
// and charter). The app says these figures are demo data. Only with all communes (`npm start`);
// tests build their own slices.
import PocketBase from 'pocketbase';
import { DEMO_COMMUNE_INSEE } from './demo.mjs';
import { recordExists } from './demo-client.mjs';
import { generateNational } from './national.mjs';

export const DEMO_DEPARTEMENTS = ['11', '34', '66', '31', '42', '68', '2A'];
/** Seed of the demo figures (any fixed number: the same demo at every fresh start). */
const DEMO_SEED = 2026;

/**
 * @param {{ url: string, admin: { email: string, password: string } }} options
 * @param {(line: string) => void} log
 */
export async function seedDemoTerritories(options, log) {
	const started = performance.now();
	const pb = new PocketBase(options.url);
	await pb.collection('_superusers').authWithPassword(options.admin.email, options.admin.password);
	// Seeded before: the same rows again would change nothing.
	if (await recordExists(pb, 'users', 'national@national.collabactons.test', 'email')) return;
	const { counts } = await generateNational({
		url: options.url,
		admin: options.admin,
		seed: DEMO_SEED,
		departements: DEMO_DEPARTEMENTS,
		exclude: [DEMO_COMMUNE_INSEE],
		// Dated up to the demo world's autumn (its project and charter are of November 2026).
		end: Date.parse('2026-11-30T18:00:00.000Z')
	});
	log(
		`territoires de démonstration (${DEMO_DEPARTEMENTS.join(', ')}) : ${counts.élus ?? 0} élus, ` +
			`${counts.projets ?? 0} projets, ${counts.chartes ?? 0} chartes ` +
			`(${Math.round((performance.now() - started) / 1000)} s)`
	);
}
