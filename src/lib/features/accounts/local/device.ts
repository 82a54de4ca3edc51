// This device's id in the user's store (the one the sync route and « Mes appareils » know).
import type { LocalStore } from '$lib/local/store';
import { deviceId } from '$lib/local/sync-state';

/** The id this device syncs under for the user of `store`. */
export function currentDeviceId(store: LocalStore): Promise<string> {
	return deviceId(store.db);
}
