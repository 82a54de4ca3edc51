import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addRecord } from './outbox';
import { openLocalStore } from './store';
import { watch } from './watch';

describe('watch', () => {
	it('reports the outbox again after a write', async () => {
		const store = await openLocalStore({ userId: 'u-watch', indexedDB: new IDBFactory() });
		const counts: number[] = [];
		const seen = new Promise<void>((resolve) => {
			const stop = watch(
				() => store.db.outbox.count(),
				(count) => {
					counts.push(count);
					if (count === 1) {
						stop();
						resolve();
					}
				}
			);
		});
		await addRecord(store.db, 'progress', 'progress0000001', { module: 'ic-1' });
		await seen;
		expect(counts.at(-1)).toBe(1);
		await store.close();
	});
});
