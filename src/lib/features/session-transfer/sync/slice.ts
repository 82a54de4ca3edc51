// A `.collabactons` payload holding only chosen records (a half-day's attendance and its seal,
// say) instead of the whole device: small enough for a QR sequence, read back by the ordinary
// file import (parseBundle + mergeBundle), so merging stays idempotent. Collections whose
// bundle rule is `never` or their own (signed charters) are left out. Never writes anything.
import { gzipSync, strToU8 } from 'fflate';
import { collectionNamed } from '$lib/collections';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '$lib/domain/sync/bundle-format';
import type { RecordCollection } from '$lib/domain/sync/protocol';
import { plainRecordData } from '$lib/local/collection';
import { recordTable } from '$lib/local/db';
import type { LocalStore } from '$lib/local/store';
import { deviceId } from '$lib/local/sync-state';

/** Which records to carry: ids by collection. */
export type RecordSelection = Partial<Record<string, readonly string[]>>;

/**
 * Gzipped bundle bytes with the selected records that exist on this device.
 * @param user the exporting user (id and name go in the header, as for a file)
 */
export async function exportRecordSlice(
	store: LocalStore,
	user: { id: string; name: string },
	selection: RecordSelection
): Promise<Uint8Array> {
	const bundle: Bundle = {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		exportedAt: new Date().toISOString(),
		device: await deviceId(store.db),
		user,
		docs: [],
		records: [],
		photos: []
	};
	for (const [name, ids] of Object.entries(selection)) {
		const spec = collectionNamed(name);
		if (!spec || typeof spec.bundle === 'object' || spec.bundle === 'never' || !ids) continue;
		const rows = await recordTable(store.db, name).bulkGet([...ids]);
		for (const row of rows) {
			if (!row) continue;
			const collection = name as RecordCollection;
			bundle.records.push({ collection, id: row.id, data: plainRecordData(row) });
		}
	}
	return gzipSync(strToU8(JSON.stringify(bundle)), { level: 9 });
}
