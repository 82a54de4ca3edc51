// Random client-side ids for tests, in the shapes the sync protocol accepts.
const ALPHANUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random id of `length` characters in [a-z0-9] (15 = a PocketBase record id). */
export function randomId(length = 15): string {
	let id = '';
	for (let i = 0; i < length; i++) id += ALPHANUM[Math.floor(Math.random() * ALPHANUM.length)];
	return id;
}

/** A random op id (`op-` + 20 characters). */
export const opId = () => `op-${randomId(20)}`;

let lastRev = 0;
/** A record version (`rev`) newer than every one this test process made before. */
export function nextRev(): number {
	lastRev = Math.max(Date.now(), lastRev + 1);
	return lastRev;
}
