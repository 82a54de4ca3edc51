import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toActivity, toModule } from '$lib/domain/curriculum/records';
import {
	CURRICULUM_DATABASE,
	CurriculumDatabase,
	pruneDeleted,
	readCurriculum,
	readPullMarks,
	storePulled
} from './curriculum';
import { deleteUserData } from './user-data';

let counter = 0;
const opened: CurriculumDatabase[] = [];
function freshDatabase(): CurriculumDatabase {
	const db = new CurriculumDatabase(`${CURRICULUM_DATABASE}-test-${++counter}`);
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const moduleRecord = (id: string, key: string, updated: string, title = 'Titre') =>
	toModule({ id, key, updated, title, volet: 'intelligence_collective', order: 1, agenda: [] });

describe('curriculum on the device', () => {
	it('stores pulled records and moves the mark to the latest `updated`', async () => {
		const db = freshDatabase();
		expect((await readPullMarks(db)).modules).toEqual({
			collection: 'modules',
			since: '',
			pulledAt: 0
		});
		await storePulled(
			db,
			'modules',
			[
				moduleRecord('m1', 'ic-1', '2026-11-29 10:00:00.000Z'),
				moduleRecord('m2', 'ic-2', '2026-11-29 11:00:00.000Z')
			],
			1234
		);
		const marks = await readPullMarks(db);
		expect(marks.modules.since).toBe('2026-11-29 11:00:00.000Z');
		expect(marks.modules.pulledAt).toBe(1234);
		expect(marks.activities.since).toBe('');
		const content = await readCurriculum(db);
		expect(content.modules.map((m) => m.key).sort()).toEqual(['ic-1', 'ic-2']);
		expect(content.activities).toEqual([]);
	});

	it('replaces an edited record and never moves the mark backwards', async () => {
		const db = freshDatabase();
		await storePulled(db, 'modules', [moduleRecord('m1', 'ic-1', '2026-11-29 12:00:00.000Z')]);
		await storePulled(db, 'modules', [
			moduleRecord('m1', 'ic-1', '2026-11-29 13:00:00.000Z', 'Nouveau titre')
		]);
		await storePulled(db, 'modules', []);
		const content = await readCurriculum(db);
		expect(content.modules).toHaveLength(1);
		expect(content.modules[0]!.title).toBe('Nouveau titre');
		expect((await readPullMarks(db)).modules.since).toBe('2026-11-29 13:00:00.000Z');
	});

	it('drops the old entry of a record whose key was renamed on the server', async () => {
		const db = freshDatabase();
		await storePulled(db, 'activities', [
			toActivity({ id: 'a1', key: 'ic-1-meteo', module: 'ic-1', updated: '2026-01-01 00:00:00Z' })
		]);
		await storePulled(db, 'activities', [
			toActivity({
				id: 'a1',
				key: 'ic-1-meteo-interieure',
				module: 'ic-1',
				updated: '2026-01-02 00:00:00Z'
			})
		]);
		const content = await readCurriculum(db);
		expect(content.activities.map((a) => a.key)).toEqual(['ic-1-meteo-interieure']);
	});

	it('prunes records deleted on the server', async () => {
		const db = freshDatabase();
		await storePulled(db, 'modules', [
			moduleRecord('m1', 'ic-1', '2026-11-29 10:00:00.000Z'),
			moduleRecord('m2', 'ic-2', '2026-11-29 10:00:00.000Z')
		]);
		expect(await pruneDeleted(db, 'modules', new Set(['m2']))).toBe(1);
		expect((await readCurriculum(db)).modules.map((m) => m.key)).toEqual(['ic-2']);
	});

	it('is shared by the users of the device: a logout keeps it', async () => {
		const db = new CurriculumDatabase();
		opened.push(db);
		await storePulled(db, 'modules', [moduleRecord('m1', 'ic-1', '2026-11-29 10:00:00.000Z')]);
		db.close();
		const deleted = await deleteUserData('user123');
		expect(deleted).not.toContain(CURRICULUM_DATABASE);
		const reopened = new CurriculumDatabase();
		opened.push(reopened);
		expect((await readCurriculum(reopened)).modules).toHaveLength(1);
	});

	it('upgrades content stored by an older app: new fields filled, every record pulled again', async () => {
		const name = `${CURRICULUM_DATABASE}-test-${++counter}`;
		const old = new Dexie(name);
		old.version(1).stores({
			modules: 'key, id, volet',
			activities: 'key, id, module',
			resources: 'key, id',
			good_practices: 'key, id, kind',
			meta: 'collection'
		});
		await old.table('modules').put({ id: 'm1', key: 'an-1', updated: 'u', volet: 'transverse' });
		await old
			.table('resources')
			.put({ id: 'r1', key: 'suivi-un-an', title: 'Suivi', kind: 'text' });
		await old.table('meta').put({ collection: 'modules', since: '2026-12-01', pulledAt: 1 });
		old.close();

		const db = new CurriculumDatabase(name);
		opened.push(db);
		const content = await readCurriculum(db);
		expect(content.modules[0]).toMatchObject({ key: 'an-1', audience: 'elu', quiz: [] });
		expect(content.resources[0]).toMatchObject({ kind: 'text', format: 'A4', activities: [] });
		expect((await readPullMarks(db)).modules.since).toBe('');
	});
});
