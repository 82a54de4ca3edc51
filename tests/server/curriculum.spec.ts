// The curriculum against a real PocketBase seeded from pocketbase/content: any signed-in user
// reads it, only the national team edits it, re-running the content seed changes nothing, and a
// device pulls only what was edited since its last pull.
import { ClientResponseError } from 'pocketbase';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadContent, seedContent } from '../../scripts/seed/content.mjs';
import { CurriculumDatabase } from '../../src/lib/local/curriculum';
import { pullCurriculum } from '../../src/lib/sync/curriculum';
import { adminClient, DEMO, userClient } from '../helpers/pocketbase';

const url = inject('pbUrl');
const content = loadContent();

async function status(promise: Promise<unknown>): Promise<number> {
	try {
		await promise;
		return 200;
	} catch (error) {
		if (error instanceof ClientResponseError) return error.status;
		throw error;
	}
}

/** Every `updated` date of the four collections, by collection and key. */
async function updatedDates(): Promise<Record<string, string>> {
	const admin = await adminClient(url);
	const dates: Record<string, string> = {};
	for (const name of ['modules', 'activities', 'resources', 'good_practices']) {
		for (const record of await admin.collection(name).getFullList({ fields: 'key,updated' })) {
			dates[`${name}/${record.key}`] = record.updated as string;
		}
	}
	return dates;
}

const databases: CurriculumDatabase[] = [];
afterAll(async () => {
	for (const db of databases) await db.delete();
	await seedContent(await adminClient(url));
});

describe('curriculum on the server', () => {
	it('holds every text of pocketbase/content after the seed', async () => {
		const admin = await adminClient(url);
		// Good practices also hold the communes' published projects (other specs publish some).
		const filters = {
			modules: '',
			activities: '',
			resources: '',
			good_practices: 'kind = "case_study"'
		};
		for (const name of ['modules', 'activities', 'resources', 'good_practices'] as const) {
			const records = await admin
				.collection(name)
				.getFullList({ fields: 'key', filter: filters[name] });
			expect(records.map((r) => r.key).sort()).toEqual(content[name].map((r) => r.key).sort());
		}
		const worldCafe = await admin
			.collection('activities')
			.getFirstListItem(admin.filter('key = {:key}', { key: 'ic-3-world-cafe' }));
		expect(worldCafe.module).toBe('ic-3');
		expect(worldCafe.body).toContain('## Déroulé');
		const caseStudy = await admin
			.collection('good_practices')
			.getFirstListItem('kind = "case_study"');
		expect(caseStudy.kind).toBe('case_study');
		expect(caseStudy.figures.length).toBeGreaterThan(0);
		expect(caseStudy.sources.length).toBeGreaterThan(0);
	});

	it('holds the objectives, quizzes and resources phase 2 reads', async () => {
		const admin = await adminClient(url);
		const byKey = (name: string, key: string) =>
			admin.collection(name).getFirstListItem(admin.filter('key = {:key}', { key }));
		const ic1 = await byKey('modules', 'ic-1');
		expect(ic1.objective_items.map((o: { id: string }) => o.id)).toEqual([
			'ic-1-o1',
			'ic-1-o2',
			'ic-1-o3',
			'ic-1-o4'
		]);
		expect(ic1.objectives).toEqual(ic1.objective_items.map((o: { text: string }) => o.text));
		expect(ic1.audience).toBe('elu');
		expect(ic1.quiz.length).toBeGreaterThanOrEqual(5);
		for (const question of ic1.quiz) {
			expect(question.choices[question.answer]).toEqual(expect.any(String));
			expect(question.explanation).not.toBe('');
		}
		expect((await byKey('modules', 'an-1')).audience).toBe('facilitateur');

		const worldCafe = await byKey('activities', 'ic-3-world-cafe');
		expect(worldCafe.resources).toEqual(['gabarit-nappe-world-cafe']);
		const tablecloth = await byKey('resources', 'gabarit-nappe-world-cafe');
		expect(tablecloth).toMatchObject({ kind: 'template', format: 'A3' });
		expect(tablecloth.activities).toEqual(['ic-3-world-cafe']);
		const poster = await byKey('resources', 'affiche-kalundborg');
		expect(poster).toMatchObject({
			kind: 'poster',
			case: 'kalundborg',
			volet: 'economie_symbiotique'
		});
		const followup = await byKey('resources', 'suivi-un-an');
		expect(followup.data.followup.map((step: { day: number }) => step.day)).toEqual([30, 90, 365]);
		const charter = await byKey('resources', 'charte-engagement');
		expect(charter.app_text).toBe('charter');
	});

	it('lets an élu read the curriculum but not change it', async () => {
		const elu = await userClient(url, DEMO.maire);
		const modules = await elu.collection('modules').getFullList();
		expect(modules.length).toBe(content.modules.length);
		const target = modules.find((m) => m.key === 'ic-1')!;
		expect(await status(elu.collection('modules').update(target.id, { title: 'Piraté' }))).toBe(
			404
		);
		expect(
			await status(
				elu.collection('modules').create({ key: 'faux-module', volet: 'transverse', title: 'x' })
			)
		).toBe(400);
		expect(await status(elu.collection('activities').delete(modules[0]!.id))).toBe(404);
		const after = await elu.collection('modules').getOne(target.id);
		expect(after.title).toBe(target.title);
	});

	it('hides the curriculum from visitors who are not signed in', async () => {
		const admin = await adminClient(url);
		admin.authStore.clear();
		const page = await admin.collection('modules').getList(1, 50);
		expect(page.totalItems).toBe(0);
	});

	it('lets the national team edit a module', async () => {
		const national = await userClient(url, DEMO.national);
		const target = await national
			.collection('modules')
			.getFirstListItem(national.filter('key = {:key}', { key: 'ic-2' }));
		const edited = await national
			.collection('modules')
			.update(target.id, { title: `${target.title} (révisé)` });
		expect(edited.title).toBe(`${target.title} (révisé)`);
		expect(edited.updated > target.updated).toBe(true);
		await seedContent(await adminClient(url));
		const restored = await national.collection('modules').getOne(target.id);
		expect(restored.title).toBe(target.title);
	});

	it('does not move any `updated` date when the unchanged content is seeded again', async () => {
		const before = await updatedDates();
		const counts = await seedContent(await adminClient(url));
		expect(await updatedDates()).toEqual(before);
		expect(counts.modules).toMatchObject({ created: 0, updated: 0 });
		expect(counts.activities).toMatchObject({ created: 0, updated: 0 });
		expect(counts.good_practices).toMatchObject({ created: 0, updated: 0 });
		expect(counts.resources).toMatchObject({ created: 0, updated: 0 });
		expect(counts.activities?.unchanged).toBe(content.activities.length);
	});
});

describe('pulling the curriculum to a device', () => {
	it('pulls everything once, then only what was edited', async () => {
		const elu = await userClient(url, DEMO.maire);
		const db = new CurriculumDatabase('collabactons-content-server-test');
		databases.push(db);

		const first = await pullCurriculum(elu, db);
		expect(first.status).toBe('updated');
		expect(first.requests).toBe(4);
		expect(first.changed.modules).toBe(content.modules.length);
		expect(first.changed.activities).toBe(content.activities.length);
		expect(first.changed.resources).toBe(content.resources.length);
		// Every good practice: the case studies, and projects other specs may have published.
		const goodPractices = await (await adminClient(url)).collection('good_practices').getList(1, 1);
		expect(first.changed.good_practices).toBe(goodPractices.totalItems);
		expect(first.changed.good_practices).toBeGreaterThanOrEqual(content.good_practices.length);
		expect(await db.activities.count()).toBe(content.activities.length);
		// What the app's screens of issue 16 read, as the device stores it.
		const ic1 = (await db.modules.get('ic-1'))!;
		expect(ic1.quiz).toHaveLength(content.modules.find((m) => m.key === 'ic-1')!.quiz.length);
		expect(ic1.quiz.every((q) => q.answer >= 0 && q.answer < q.choices.length)).toBe(true);
		expect(ic1.objective_items.length).toBeGreaterThanOrEqual(3);
		expect((await db.modules.get('an-1'))?.audience).toBe('facilitateur');
		expect((await db.activities.get('es-2-galerie'))?.resources).toContain('affiche-toronto');
		expect(await db.resources.get('affiche-toronto')).toMatchObject({
			kind: 'poster',
			format: 'A3'
		});
		expect((await db.resources.get('suivi-un-an'))?.data.followup?.map((p) => p.day)).toEqual([
			30, 90, 365
		]);
		expect((await db.resources.get('charte-engagement'))?.app_text).toBe('charter');

		const second = await pullCurriculum(elu, db);
		expect(second.status).toBe('unchanged');
		expect(second.changed).toEqual({ modules: 0, activities: 0, resources: 0, good_practices: 0 });

		const national = await userClient(url, DEMO.national);
		const activity = await national
			.collection('activities')
			.getFirstListItem(national.filter('key = {:key}', { key: 'ic-3-world-cafe' }));
		await national.collection('activities').update(activity.id, { title: 'World Café révisé' });

		const third = await pullCurriculum(elu, db);
		expect(third.status).toBe('updated');
		expect(third.changed).toEqual({ modules: 0, activities: 1, resources: 0, good_practices: 0 });
		expect((await db.activities.get('ic-3-world-cafe'))?.title).toBe('World Café révisé');
		expect(await db.activities.count()).toBe(content.activities.length);
	});

	it('removes texts deleted on the server when asked to prune', async () => {
		const elu = await userClient(url, DEMO.maire);
		const national = await userClient(url, DEMO.national);
		const db = new CurriculumDatabase('collabactons-content-prune-test');
		databases.push(db);
		const resource = await national
			.collection('resources')
			.create({ key: 'guide-fabrique', title: 'Guide des fabriques', kind: 'guide', body: '…' });
		const seeded = content.resources.length;
		expect((await pullCurriculum(elu, db)).changed.resources).toBe(seeded + 1);
		await national.collection('resources').delete(resource.id);

		const plain = await pullCurriculum(elu, db);
		expect(plain.removed).toBe(0);
		expect(await db.resources.count()).toBe(seeded + 1);

		const pruned = await pullCurriculum(elu, db, { prune: true });
		expect(pruned.removed).toBe(1);
		expect(pruned.status).toBe('updated');
		expect(await db.resources.count()).toBe(seeded);
	});

	it('does nothing without a session', async () => {
		const admin = await adminClient(url);
		admin.authStore.clear();
		const db = new CurriculumDatabase('collabactons-content-anon-test');
		databases.push(db);
		const result = await pullCurriculum(admin, db);
		expect(result).toMatchObject({ status: 'signed-out', requests: 0 });
		expect(await db.modules.count()).toBe(0);
	});

	it('reports a server that cannot be reached as offline and keeps what is stored', async () => {
		const elu = await userClient(url, DEMO.maire);
		const db = new CurriculumDatabase('collabactons-content-offline-test');
		databases.push(db);
		await pullCurriculum(elu, db);
		const stored = await db.modules.count();
		elu.baseURL = 'http://127.0.0.1:9';
		const result = await pullCurriculum(elu, db);
		expect(result.status).toBe('offline');
		expect(await db.modules.count()).toBe(stored);
	});
});
