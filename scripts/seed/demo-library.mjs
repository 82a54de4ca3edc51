// Demo data of the learning community's census and library (issue 14, item 6): the national
// census campaign of the year, Lagrasse's answers (profile B, three needs, pushed through the
// sync route as the mayor's device would) and 20 published projects of other communes of
// various sizes and régions (demo-library.json: invented examples, each says so), so that the
// library and "Communes comme la vôtre" have material. Idempotent: seeding twice changes nothing.
import { readFileSync } from 'node:fs';
import { pushSync, recordExists, signInDemo } from './demo-client.mjs';

/** The demo campaign: opened on 1 January of 2026, never closed. */
export const DEMO_CAMPAIGN = {
	key: '2026',
	title: 'Recensement des besoins 2026',
	opens_at: '2026-01-01 00:00:00.000Z',
	closes_at: ''
};

/** Lagrasse's answers: question → answer (profile B, three needs, one offer, two constraints). */
export const DEMO_CENSUS = {
	profile: { profile: 'B' },
	'need-dechets': {
		priority: 3,
		note: 'Les déchets verts des particuliers, brûlés ou portés loin en déchèterie.'
	},
	'need-eau': { priority: 2, note: 'Arroser l’été sans puiser dans l’eau potable.' },
	'need-resilience_alimentaire': { priority: 1, note: 'Des produits locaux pour la cantine.' },
	'offer-experience': { text: 'L’organisation d’un festival avec les associations du village.' },
	'constraint-staff': { level: 3, note: 'Deux agents pour toute la commune.' },
	'constraint-connectivity': { level: 2, note: '' }
};

/** The 20 demo projects as `good_practices` records (kind `commune_project`, published). */
export function demoPractices() {
	/** @type {{ insee: string, name: string, population: number, departement: string, departement_name: string, region: string, class: string, title: string, summary: string, themes: string[], levers: string[], status: string }[]} */
	const entries = JSON.parse(readFileSync(new URL('./demo-library.json', import.meta.url), 'utf8'));
	return entries.map((entry) => ({
		key: 'demo-projet-' + entry.insee.toLowerCase(),
		kind: 'commune_project',
		title: entry.title,
		summary: entry.summary,
		place: `${entry.name} (${entry.departement_name})`,
		country: 'France',
		themes: entry.themes,
		levers: entry.levers,
		rural_or_urban: entry.class,
		body: '',
		published: true,
		insee: entry.insee,
		population: entry.population,
		departement: entry.departement,
		region: entry.region,
		project_status: entry.status
	}));
}

// 32-bit FNV-1a: the census answer id, as src/lib/features/census/domain/census.ts.
function fnv1a(/** @type {string} */ text, /** @type {number} */ seed) {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 16777619) >>> 0;
	}
	return hash >>> 0;
}
const base36 = (/** @type {number} */ value) => ('0000000' + value.toString(36)).slice(-7);

/** The id of a census answer (census.ts: censusAnswerId). */
export function censusAnswerId(
	/** @type {string} */ campaign,
	/** @type {string} */ commune,
	/** @type {string} */ question
) {
	const key = `${campaign}/${commune}/${question}`;
	return 'n' + base36(fnv1a(key, 2166136261)) + base36(fnv1a(key, 374761393));
}

/**
 * Seeds the campaign, the 20 published projects and Lagrasse's census.
 * @param {import('pocketbase').default} admin a superuser client
 * @param {{ id: string }} commune the demo commune (`communes` record)
 */
export async function seedDemoLibrary(admin, commune) {
	if (!(await recordExists(admin, 'needs_campaigns', DEMO_CAMPAIGN.key, 'key')))
		await admin.collection('needs_campaigns').create(DEMO_CAMPAIGN);
	const practices = demoPractices();
	await admin.send('/api/collab/admin/import', {
		method: 'POST',
		body: { collection: 'good_practices', records: practices }
	});
	const maire = await signInDemo(admin.baseURL, 'maire.demo@collabactons.fr');
	const records = Object.entries(DEMO_CENSUS).map(([question, answer]) => ({
		collection: 'needs_surveys',
		id: censusAnswerId(DEMO_CAMPAIGN.key, commune.id, question),
		// Version 1, fixed: any later answer on a device is newer.
		rev: 1,
		data: {
			campaign: DEMO_CAMPAIGN.key,
			commune: commune.id,
			question,
			answer,
			answered_at: '2026-03-02T09:00:00.000Z'
		}
	}));
	await pushSync(maire, 'demo-seed-census', 'demo census', { records });
	return { practices: practices.length, answers: records.length };
}
