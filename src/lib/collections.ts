// The registry of record collections and device tables: every feature folder's `platform.ts`
// (src/lib/features/<feature>/platform.ts) is found here at build time, and its declarations
// are the only list the platform reads — the Dexie schema (local/db.ts), the sync engine and its
// restore path (sync/engine.ts), `.collabactons` files (sync/bundle.ts) and the Synchronisation
// screen (state/sync.svelte.ts). Adding a collection is one declaration in its feature; nothing
// here or there names a collection. The server keeps its twin list in
// pocketbase/pb_hooks/lib/sync/collections/ (tests/server/registry-parity.spec.ts compares them).
import type { DeviceTable, RecordCollectionSpec } from '$lib/local/collection';

/** What a feature's `platform.ts` may export for the registry. */
interface FeaturePlatform {
	collections?: readonly RecordCollectionSpec[];
	tables?: readonly DeviceTable[];
}

const platforms = import.meta.glob<FeaturePlatform>('/src/lib/features/*/platform.ts', {
	eager: true
});

const byFeatureName = Object.keys(platforms).sort();

/** Every record collection, in a stable order (by feature folder, then declaration). */
export const COLLECTIONS: readonly RecordCollectionSpec[] = byFeatureName.flatMap(
	(path) => platforms[path]!.collections ?? []
);

/** Device-only tables the features declare (never synced as records). */
export const FEATURE_TABLES: readonly DeviceTable[] = byFeatureName.flatMap(
	(path) => platforms[path]!.tables ?? []
);

const byName = new Map(COLLECTIONS.map((spec) => [spec.name, spec]));
if (byName.size !== COLLECTIONS.length) throw new Error('two collections share a name');

/** The names of every record collection (a Set: lookups never match `constructor` and co). */
export const COLLECTION_NAMES: ReadonlySet<string> = new Set(byName.keys());

/** The declaration of `name`, or undefined when no feature declares it. */
export function collectionNamed(name: string): RecordCollectionSpec | undefined {
	return byName.get(name);
}

/** The collections and their wire fields, sorted by name (compared with the server's list). */
export function describeCollections(): { name: string; fields: string[] }[] {
	return [...COLLECTIONS]
		.map((spec) => ({ name: spec.name, fields: [...spec.fields].sort() }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
