// What the sync engine remembers between cycles, in the user's Dexie database: the server
// cursor, this device's id, the last successful cycle and the bytes of recent cycles.
// It never decides anything about syncing; the engine does.
import { newDeviceId } from '$lib/domain/sync/ids';
import type { UserDatabase } from './db';

/** The figures of one finished cycle (shown on the Synchronisation screen). */
export interface CycleRecord {
	at: number;
	ok: boolean;
	requests: number;
	bytesSent: number;
	bytesReceived: number;
	pushed: number;
	pulled: number;
	error?: string;
}

/** How many cycles are kept. */
export const CYCLES_KEPT = 20;

async function read<T>(db: UserDatabase, key: string): Promise<T | undefined> {
	return (await db.sync.get(key))?.value as T | undefined;
}

/** The last server seq this device applied (0 = nothing yet). */
export async function loadCursor(db: UserDatabase): Promise<number> {
	return (await read<number>(db, 'cursor')) ?? 0;
}

/** Saves the cursor. Call only after every change up to it is applied and stored. */
export async function saveCursor(db: UserDatabase, cursor: number): Promise<void> {
	await db.sync.put({ key: 'cursor', value: cursor });
}

/** This device's id for this user, created on first use. */
export async function deviceId(db: UserDatabase): Promise<string> {
	return db.transaction('rw', db.sync, async () => {
		const existing = await read<string>(db, 'device');
		if (existing) return existing;
		const id = newDeviceId();
		await db.sync.put({ key: 'device', value: id });
		return id;
	});
}

/** Appends a cycle to the recent ones (and the last success time when it succeeded). */
export async function recordCycle(db: UserDatabase, cycle: CycleRecord): Promise<void> {
	await db.transaction('rw', db.sync, async () => {
		const cycles = (await read<CycleRecord[]>(db, 'cycles')) ?? [];
		await db.sync.put({ key: 'cycles', value: [cycle, ...cycles].slice(0, CYCLES_KEPT) });
		if (cycle.ok) await db.sync.put({ key: 'lastSuccess', value: cycle.at });
	});
}

/** Recent cycles, newest first. */
export async function recentCycles(db: UserDatabase): Promise<CycleRecord[]> {
	return (await read<CycleRecord[]>(db, 'cycles')) ?? [];
}

/** When the last successful cycle ended, if ever. */
export async function lastSuccess(db: UserDatabase): Promise<number | undefined> {
	return read<number>(db, 'lastSuccess');
}

/**
 * Whether photos wait for Wi-Fi on this device, mirrored here from the page's preference so the
 * service worker (which has no localStorage) follows it too.
 */
export async function loadPhotosWifiOnly(db: UserDatabase): Promise<boolean> {
	return (await read<boolean>(db, 'photosWifiOnly')) === true;
}

export async function savePhotosWifiOnly(db: UserDatabase, value: boolean): Promise<void> {
	await db.sync.put({ key: 'photosWifiOnly', value });
}
