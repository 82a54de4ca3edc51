// The curriculum on this device: one IndexedDB database, `collabactons-content`, shared by every
// user of the tablet (the curriculum is the programme's public content, not personal data, so it
// survives a logout and is not downloaded again for the next élu). Holds the four curriculum
// collections as pulled from the server, keyed by their natural `key`, and a `meta` table with,
// per collection, the last server `updated` date stored (the mark of the next change pull).
// It must never hold anything personal (progress lives with the user's own data) and never
// talks to the network.
import Dexie, { type EntityTable, type Table } from 'dexie';
import {
	CURRICULUM_COLLECTIONS,
	type Activity,
	type CurriculumCollection,
	type CurriculumContent,
	type CurriculumModule,
	type CurriculumRecord,
	type GoodPractice,
	type Resource
} from '$lib/domain/curriculum/types';

/** Name of the shared curriculum database. */
export const CURRICULUM_DATABASE = 'collabactons-content';

/** Where the pulls of one collection stand. */
export interface PullMark {
	collection: CurriculumCollection;
	/** The largest server `updated` stored for this collection (`''` before the first pull). */
	since: string;
	/** When this device last pulled this collection successfully (ms since epoch). */
	pulledAt: number;
}

/** The Dexie database of the curriculum. */
export class CurriculumDatabase extends Dexie {
	modules!: EntityTable<CurriculumModule, 'key'>;
	activities!: EntityTable<Activity, 'key'>;
	resources!: EntityTable<Resource, 'key'>;
	good_practices!: EntityTable<GoodPractice, 'key'>;
	meta!: EntityTable<PullMark, 'collection'>;

	constructor(name = CURRICULUM_DATABASE) {
		super(name);
		this.version(1).stores({
			modules: 'key, id, volet',
			activities: 'key, id, module',
			resources: 'key, id',
			good_practices: 'key, id, kind',
			meta: 'collection'
		});
	}

	/** The table of one curriculum collection. */
	collectionTable(collection: CurriculumCollection): Table<CurriculumRecord, string> {
		return this[collection] as unknown as Table<CurriculumRecord, string>;
	}
}

let shared: CurriculumDatabase | undefined;

/** The page's curriculum database, opened on first use. */
export function curriculumDatabase(): CurriculumDatabase {
	return (shared ??= new CurriculumDatabase());
}

/** Every curriculum record stored on this device (empty lists before the first pull). */
export async function readCurriculum(db: CurriculumDatabase): Promise<CurriculumContent> {
	return db.transaction(
		'r',
		[db.modules, db.activities, db.resources, db.good_practices],
		async () => {
			const [modules, activities, resources, good_practices] = await Promise.all([
				db.modules.toArray(),
				db.activities.toArray(),
				db.resources.toArray(),
				db.good_practices.toArray()
			]);
			return { modules, activities, resources, good_practices };
		}
	);
}

/** The pull mark of every collection; a collection never pulled has `since: ''`. */
export async function readPullMarks(
	db: CurriculumDatabase
): Promise<Record<CurriculumCollection, PullMark>> {
	const stored = await db.meta.toArray();
	const marks = {} as Record<CurriculumCollection, PullMark>;
	for (const collection of CURRICULUM_COLLECTIONS) {
		marks[collection] = stored.find((mark) => mark.collection === collection) ?? {
			collection,
			since: '',
			pulledAt: 0
		};
	}
	return marks;
}

/**
 * Stores the records of one pull of `collection` and moves its mark to the largest `updated`
 * among them, in one transaction: after a crash, either both are stored or neither is, so the
 * next pull asks again. A record whose `key` was renamed on the server replaces its old entry.
 * With no records, only `pulledAt` moves.
 */
export async function storePulled(
	db: CurriculumDatabase,
	collection: CurriculumCollection,
	records: readonly CurriculumRecord[],
	pulledAt = Date.now()
): Promise<void> {
	const table = db.collectionTable(collection);
	await db.transaction('rw', table, db.meta, async () => {
		const previous = await db.meta.get(collection);
		let since = previous?.since ?? '';
		if (records.length > 0) {
			const ids = records.map((record) => record.id);
			const renamed = await table.where('id').anyOf(ids).toArray();
			const keys = new Map(records.map((record) => [record.id, record.key]));
			const stale = renamed.filter((old) => keys.get(old.id) !== old.key).map((old) => old.key);
			if (stale.length) await table.bulkDelete(stale);
			await table.bulkPut([...records]);
			for (const record of records) if (record.updated > since) since = record.updated;
		}
		await db.meta.put({ collection, since, pulledAt });
	});
}

/**
 * Removes the records of `collection` whose server id is not in `keepIds` (records deleted on
 * the server). Resolves with the number removed.
 */
export async function pruneDeleted(
	db: CurriculumDatabase,
	collection: CurriculumCollection,
	keepIds: ReadonlySet<string>
): Promise<number> {
	const table = db.collectionTable(collection);
	return db.transaction('rw', table, async () => {
		const gone = (await table.toArray()).filter((record) => !keepIds.has(record.id));
		await table.bulkDelete(gone.map((record) => record.key));
		return gone.length;
	});
}
