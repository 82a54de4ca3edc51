// Seeds a PocketBase data directory: the communes of France (all, or a handful for tests) and,
// in demo mode, the demo accounts, the Lagrasse project and the mayor's signed charter (pushed
// through the sync route as the élus' devices would, demo-sync.mjs). Idempotent: running it
// twice changes nothing.
// Used by `npm start` / `npm run dev` (only on an empty data dir) and by the test setup.
import PocketBase from 'pocketbase';
import { loadCommunes } from '../communes/build.mjs';
import { seedContent } from './content.mjs';
import { DEMO_COMMUNE_INSEE, DEMO_PASSWORD, demoUsers, TEST_COMMUNES_INSEE } from './demo.mjs';
import { pushDemoData } from './demo-sync.mjs';
import { seedDemoRequests } from './demo-accounts.mjs';
import { seedDemoLibrary } from './demo-library.mjs';
import { seedCommunity } from './demo-community.mjs';
import { DEMO_SESSIONS, pushDemoSessions } from './demo-sessions.mjs';
import { pushDemoBoard } from './demo-boards.mjs';

const CHUNK = 5000;

/**
 * Converts one commune of the build index to a `communes` record.
 * @param {import('../communes/build.mjs').Commune} c
 */
function toRecord(c) {
	return {
		insee: c.insee,
		name: c.name,
		postal_codes: c.postalCodes,
		population: c.population,
		departement: c.departement,
		departement_name: c.departementName,
		region: c.region,
		region_name: c.regionName,
		epci: c.epci ?? '',
		epci_name: c.epciName ?? '',
		class: c.class
	};
}

/**
 * @param {{ url: string, admin: { email: string, password: string },
 *           communes: 'all' | 'test', demo: boolean, log?: (line: string) => void }} options
 */
export async function seed(options) {
	const log = options.log ?? (() => {});
	const pb = new PocketBase(options.url);
	pb.autoCancellation(false);
	await pb.collection('_superusers').authWithPassword(options.admin.email, options.admin.password);

	const all = loadCommunes();
	const wanted =
		options.communes === 'all' ? all : all.filter((c) => TEST_COMMUNES_INSEE.includes(c.insee));
	for (let i = 0; i < wanted.length; i += CHUNK) {
		await pb.send('/api/collab/admin/import', {
			method: 'POST',
			body: { collection: 'communes', records: wanted.slice(i, i + CHUNK).map(toRecord) }
		});
	}
	log(`communes : ${wanted.length}`);
	await seedContent(pb, { log });

	if (options.demo) {
		const demoCommune = await pb
			.collection('communes')
			.getFirstListItem(pb.filter('insee = {:insee}', { insee: DEMO_COMMUNE_INSEE }));
		const commune = { id: demoCommune.id, departement: String(demoCommune.departement) };
		for (const user of demoUsers(commune)) {
			const existing = await pb
				.collection('users')
				.getList(1, 1, { filter: pb.filter('email = {:email}', { email: user.email }) });
			if (existing.items.length) continue;
			await pb.collection('users').create({
				...user,
				password: DEMO_PASSWORD,
				passwordConfirm: DEMO_PASSWORD,
				verified: true,
				emailVisibility: true
			});
		}
		log('comptes de démonstration : créés');
		await seedDemoRequests(pb, demoCommune.id);
		const demo = await pushDemoData(pb, {
			id: demoCommune.id,
			insee: DEMO_COMMUNE_INSEE,
			name: String(demoCommune.name)
		});
		log(`projet de démonstration : ${demo.projectId}, charte signée : reçu ${demo.receipt}`);
		const library = await seedDemoLibrary(pb, { id: demoCommune.id });
		log(
			`communauté : ${library.practices} projets publiés, ${library.answers} réponses au recensement`
		);
		await seedCommunity(pb, { log });
		log(
			`sessions de démonstration : ${Object.values(await pushDemoSessions(pb, demoCommune)).join(', ')}`
		);
		log(`tableau de démonstration : ${await pushDemoBoard(options.url, DEMO_SESSIONS.past)}`);
	}
	return { communes: wanted.length };
}
