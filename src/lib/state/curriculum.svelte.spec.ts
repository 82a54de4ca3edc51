// The Formation state on the real content stored in a fake-indexeddb curriculum database.
import { afterAll, expect, it, vi } from 'vitest';
import { loadContent } from '../../../scripts/seed/content.mjs';
import { toActivity, toGoodPractice, toModule } from '$lib/domain/curriculum/records';
import { CurriculumDatabase, storePulled } from '$lib/local/curriculum';
import { getPocketBase } from '$lib/sync/pocketbase';
import { CurriculumLibrary, CurriculumQuery } from './curriculum.svelte';

const db = new CurriculumDatabase('collabactons-content-state-test');
afterAll(() => db.delete());

async function storeRealContent() {
	const raw = loadContent();
	const stamp = (record: Record<string, unknown>, i: number) => ({
		...record,
		id: `r${i}`,
		updated: '2026-11-29 10:00:00.000Z'
	});
	await storePulled(
		db,
		'modules',
		raw.modules.map((r, i) => toModule(stamp(r, i))),
		42
	);
	await storePulled(
		db,
		'activities',
		raw.activities.map((r, i) => toActivity(stamp(r, i))),
		42
	);
	await storePulled(
		db,
		'good_practices',
		raw.good_practices.map((r, i) => toGoodPractice(stamp(r, i))),
		42
	);
	return raw;
}

it('reads the stored curriculum by volet, finds texts and searches them', async () => {
	const library = new CurriculumLibrary(() => db);
	expect(library.status).toBe('loading');
	await library.load();
	expect(library.empty).toBe(true);

	const raw = await storeRealContent();
	await library.load();
	expect(library.status).toBe('ready');
	expect(library.empty).toBe(false);
	expect(library.pulledAt).toBe(42);
	expect(library.byVolet.map((group) => group.volet)).toEqual([
		'intelligence_collective',
		'economie_symbiotique',
		'transverse'
	]);
	const volet1 = library.byVolet[0]!.modules;
	expect(volet1.map((m) => m.key)).toEqual(['ic-1', 'ic-2', 'ic-3', 'ic-4']);
	expect(library.numberInVolet(library.module('es-2')!)).toBe(2);
	expect(library.activitiesOf('ic-3').length).toBeGreaterThanOrEqual(4);
	expect(library.caseStudies).toHaveLength(raw.good_practices.length);
	expect(library.titleOf('kalundborg')).toContain('Kalundborg');

	const query = new CurriculumQuery(library, 'world cafe');
	expect(query.results[0]?.key).toBe('ic-3-world-cafe');
	query.query = 'consentement';
	expect(query.results[0]?.key).toBe('ic-4-consentement');
});

it('keeps the stored content when there is no session to pull with', async () => {
	const library = new CurriculumLibrary(() => db, getPocketBase);
	await library.start();
	expect(library.lastPull?.status).toBe('signed-out');
	expect(library.lastPull?.requests).toBe(0);
	expect(library.empty).toBe(false);
	expect(library.updating).toBe(false);
});

it('pulls once more when asked again during a pull (coming back online mid-pull)', async () => {
	let pulls = 0;
	const library = new CurriculumLibrary(
		() => db,
		async () => {
			pulls += 1;
			return getPocketBase();
		}
	);
	const first = library.update();
	expect(await library.update()).toBeNull();
	await first;
	await vi.waitFor(() => expect(library.updating).toBe(false));
	expect(pulls).toBe(2);
	// Asked once, pulled once.
	await library.update();
	expect(pulls).toBe(3);
});

it('keeps published commune projects apart from case studies, and hides withdrawn ones', async () => {
	const raw = await storeRealContent();
	const project = (key: string, published: boolean) =>
		toGoodPractice({
			id: `p-${key}`,
			key,
			kind: 'commune_project',
			title: published ? 'Broyer les sarments ensemble' : 'Publication retirée',
			summary: published ? 'Des sarments brûlés chaque hiver.' : '',
			place: 'Lagrasse (Aude)',
			rural_or_urban: 'rural',
			published,
			updated: '2026-11-29 11:00:00.000Z'
		});
	await storePulled(
		db,
		'good_practices',
		[project('projet-demoprojet11185', true), project('projet-abcdefghij12345', false)],
		43
	);
	const library = new CurriculumLibrary(() => db);
	await library.load();
	expect(library.caseStudies).toHaveLength(raw.good_practices.length);
	expect(library.publishedProjects.map((p) => p.key)).toEqual(['projet-demoprojet11185']);
	expect(library.caseStudy('projet-demoprojet11185')).toBeUndefined();
	expect(library.search('sarments').map((hit) => hit.key)).not.toContain('projet-demoprojet11185');
});
