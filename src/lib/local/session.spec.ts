// The saved session on fake-indexeddb: a session written by the earlier Dexie version of this
// module (a tablet signed in before the update) is still read, and the session round-trips.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { clearAuth, loadSavedAuth, saveAuth } from './session';

const record = { id: 'u1', email: 'maire@example.fr', role: 'elu' };

describe('saved session', () => {
	it('reads a session saved by the Dexie database of earlier versions', async () => {
		const earlier = new Dexie('collabactons-session');
		earlier.version(1).stores({ auth: 'key' });
		await earlier.table('auth').put({ key: 'current', token: 'an-old-token', record, savedAt: 1 });
		earlier.close();

		expect(await loadSavedAuth()).toEqual({
			key: 'current',
			token: 'an-old-token',
			record,
			savedAt: 1
		});
	});

	it('saves, replaces and forgets the session', async () => {
		await saveAuth('first', record);
		await saveAuth('second', record);
		expect(await loadSavedAuth()).toMatchObject({ key: 'current', token: 'second', record });
		await clearAuth();
		expect(await loadSavedAuth()).toBeUndefined();
	});
});
