// Brings the curriculum of this device up to date with the server: for each collection, the
// records whose `updated` is later than the last one stored (one request per collection, all
// four at once), converted to domain objects and stored with their new mark. Only what was
// edited travels. Used at app start, by the "Mettre à jour le contenu" button and, later, by the
// sync scheduler. Offline, it does nothing and the stored content stays in use. It never writes
// to the server and never touches a user's own data.
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { toActivity, toGoodPractice, toModule, toResource } from '$lib/domain/curriculum/records';
import { compactSummary } from '$lib/features/library/platform';
import {
	CURRICULUM_COLLECTIONS,
	type CurriculumCollection,
	type CurriculumRecord
} from '$lib/domain/curriculum/types';
import {
	pruneDeleted,
	readPullMarks,
	storePulled,
	type CurriculumDatabase
} from '$lib/local/curriculum';

/** How a pull ended. */
export type CurriculumPullStatus = 'updated' | 'unchanged' | 'offline' | 'signed-out' | 'error';

/** What a pull did. */
export interface CurriculumPullResult {
	status: CurriculumPullStatus;
	/** Records received (new or edited) per collection. */
	changed: Record<CurriculumCollection, number>;
	/** Records removed because they were deleted on the server (only with `prune`). */
	removed: number;
	/** HTTP requests made. */
	requests: number;
	/** The error, when `status` is `error` (for developers; the UI shows its own message). */
	cause?: unknown;
}

/** Options of {@link pullCurriculum}. */
export interface CurriculumPullOptions {
	/**
	 * Also look for records deleted on the server: one small request per collection for the list
	 * of its ids (a page of 1,000). Default false.
	 */
	prune?: boolean;
}

const CONVERT: Readonly<Record<CurriculumCollection, (raw: RecordModel) => CurriculumRecord>> = {
	modules: toModule,
	activities: toActivity,
	resources: toResource,
	// A published project is kept as a compact summary (the library's size budget, issue 14).
	good_practices: (raw) => compactSummary(toGoodPractice(raw))
};

/** Largest page PocketBase serves: below 1,000 changed records, one request per collection. */
const PAGE = 1000;

function noChanges(): Record<CurriculumCollection, number> {
	return { modules: 0, activities: 0, resources: 0, good_practices: 0 };
}

function isOffline(error: unknown): boolean {
	return error instanceof ClientResponseError && error.status === 0;
}

/**
 * Pulls the curriculum records changed since the last pull of this device and stores them in
 * `db`. Never rejects: an offline device or a server that cannot be reached gives `offline`
 * (nothing changes), no session gives `signed-out`, anything else gives `error` with its cause.
 * Collections are stored independently: if one request fails, the others' records are kept.
 *
 * @param pb a PocketBase client signed in as any user (the curriculum is readable by all).
 * @param db the device's curriculum database.
 */
export async function pullCurriculum(
	pb: PocketBase,
	db: CurriculumDatabase,
	options: CurriculumPullOptions = {}
): Promise<CurriculumPullResult> {
	const result: CurriculumPullResult = {
		status: 'unchanged',
		changed: noChanges(),
		removed: 0,
		requests: 0
	};
	if (typeof navigator !== 'undefined' && navigator.onLine === false) {
		return { ...result, status: 'offline' };
	}
	if (!pb.authStore.token) return { ...result, status: 'signed-out' };

	const marks = await readPullMarks(db);
	const outcomes = await Promise.allSettled(
		CURRICULUM_COLLECTIONS.map(async (collection) => {
			const since = marks[collection].since;
			result.requests += 1;
			const records = await pb.collection(collection).getFullList({
				batch: PAGE,
				sort: 'updated,id',
				filter: since ? pb.filter('updated > {:since}', { since }) : '',
				requestKey: null
			});
			// getFullList asks again only when a page is full.
			result.requests += Math.floor(records.length / PAGE);
			const converted = records.map((record) => CONVERT[collection](record));
			await storePulled(db, collection, converted);
			result.changed[collection] = converted.length;
			if (options.prune) {
				// Not `result.removed += await …`: that reads the total before awaiting, and the four
				// collections run in parallel, so a later one would overwrite an earlier count.
				const removed = await prune(pb, db, collection, result);
				result.removed += removed;
			}
		})
	);
	const failure = outcomes.find((outcome) => outcome.status === 'rejected');
	if (failure) {
		const cause = failure.reason as unknown;
		if (isOffline(cause)) return { ...result, status: 'offline' };
		return { ...result, status: 'error', cause };
	}
	const total = Object.values(result.changed).reduce((sum, n) => sum + n, 0) + result.removed;
	return { ...result, status: total > 0 ? 'updated' : 'unchanged' };
}

async function prune(
	pb: PocketBase,
	db: CurriculumDatabase,
	collection: CurriculumCollection,
	result: CurriculumPullResult
): Promise<number> {
	// The ids themselves, not a count: equal counts do not prove equal sets (an edit and a
	// deletion between two pulls), and pruning runs only when the user asks for it.
	const ids = await pb
		.collection(collection)
		.getFullList({ batch: PAGE, fields: 'id', requestKey: null });
	result.requests += 1 + Math.floor(ids.length / PAGE);
	return pruneDeleted(db, collection, new Set(ids.map((record) => record.id)));
}
