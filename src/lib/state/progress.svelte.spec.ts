// Curriculum progress on a real (fake-indexeddb) store and the real curriculum content: a mark
// counts at once for its volet, survives a new state (a reload), and unmarking takes it back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../scripts/seed/content.mjs';
import { toActivity, toModule } from '$lib/domain/curriculum/records';
import { mayor, storeOpener } from '../../../tests/helpers/state';
import { ProgressState } from './progress.svelte';

const raw = loadContent();
const stamp = (record: Record<string, unknown>, i: number) => ({
	...record,
	id: `r${i}`,
	updated: '2026-11-29 10:00:00.000Z'
});
const library = {
	content: {
		modules: raw.modules.map((r, i) => toModule(stamp(r, i))),
		activities: raw.activities.map((r, i) => toActivity(stamp(r, i))),
		resources: [],
		good_practices: []
	}
};

const stores = storeOpener();
const states: ProgressState[] = [];
afterEach(async () => {
	for (const state of states.splice(0)) state.stop();
	await stores.closeAll();
});

function follow(store: Awaited<ReturnType<typeof stores.open>>) {
	const progress = new ProgressState({ store: async () => store, user: () => mayor, library });
	states.push(progress);
	progress.follow();
	return progress;
}

describe('ProgressState', () => {
	it('counts a mark for its volet at once, keeps it for the next page, and takes it back', async () => {
		const store = await stores.open(mayor.id);
		const progress = follow(store);
		await vi.waitFor(() => expect(progress.loaded).toBe(true));
		const volet1 = () => progress.volets.find((v) => v.volet === 'intelligence_collective')!;
		expect(volet1()).toMatchObject({ modulesDone: 0, activitiesDone: 0 });
		const activities = library.content.activities.filter((a) => a.module === 'ic-1');

		await progress.set('ic-1', activities[0]!.key, true);
		await vi.waitFor(() => expect(progress.isDone('ic-1', activities[0]!.key)).toBe(true));
		expect(volet1()).toMatchObject({ activitiesDone: 1, modulesDone: 0 });
		await progress.set('ic-2', undefined, true);
		await vi.waitFor(() => expect(volet1().modulesDone).toBe(1));

		const reloaded = follow(store);
		await vi.waitFor(() => expect(reloaded.isDone('ic-2')).toBe(true));
		expect(reloaded.volets).toEqual(progress.volets);

		await reloaded.set('ic-2', undefined, false);
		await vi.waitFor(() => expect(progress.isDone('ic-2')).toBe(false));
		expect(volet1()).toMatchObject({ activitiesDone: 1, modulesDone: 0 });
	});

	it('marks nothing when nobody is signed in', async () => {
		const store = await stores.open(mayor.id);
		const progress = new ProgressState({ store: async () => store, user: () => null, library });
		await progress.set('ic-1', undefined, true);
		const watcher = follow(store);
		await vi.waitFor(() => expect(watcher.loaded).toBe(true));
		expect(watcher.done.size).toBe(0);
	});
});
