// Building what a QR sequence sends: the chosen records of the signed-in user's device as
// `.collabactons` bytes. Runs on the app's sync state (its open store and user).
import { session } from '$lib/state/session.svelte';
import { syncState } from '$lib/state/sync.svelte';
import { exportRecordSlice, type RecordSelection } from '../sync/slice';

export type { RecordSelection } from '../sync/slice';

/** The selected records as gzipped bundle bytes, ready for `QrShow`. */
export async function recordSlicePayload(selection: RecordSelection): Promise<Uint8Array> {
	const store = await syncState.ready();
	const user = session.user;
	return exportRecordSlice(store, { id: user?.id ?? '', name: user?.name ?? '' }, selection);
}
