import { afterEach, describe, expect, it, vi } from 'vitest';
import { inOwnTask, oneTaskApart } from './tasks';

/** Lets every pending promise callback run (microtasks only: no timer fires meanwhile). */
async function settle(): Promise<void> {
	for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('oneTaskApart', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('resolves one step per task, in order', async () => {
		vi.useFakeTimers();
		const resolved: number[] = [];
		oneTaskApart(3).forEach((step, i) => void step.then(() => resolved.push(i)));
		await settle();
		expect(resolved).toEqual([]);
		for (const expected of [[0], [0, 1], [0, 1, 2]]) {
			vi.advanceTimersToNextTimer();
			await settle();
			expect(resolved).toEqual(expected);
		}
	});

	it('gives nothing to wait for when there is nothing to split', () => {
		expect(oneTaskApart(0)).toEqual([]);
	});
});

describe('inOwnTask', () => {
	it('starts each piece of work in a later task, each in its own', async () => {
		const events: string[] = [];
		const start = (name: string) => async () => {
			events.push(`start ${name}`);
			// Runs before the next task: after this start, before the other.
			queueMicrotask(() => events.push(`end of ${name}'s task`));
			return name;
		};
		const all = Promise.all([inOwnTask(start('a')), inOwnTask(start('b'))]);
		await settle();
		expect(events).toEqual([]);
		expect(await all).toEqual(['a', 'b']);
		expect(events).toEqual(['start a', "end of a's task", 'start b', "end of b's task"]);
	});
});
