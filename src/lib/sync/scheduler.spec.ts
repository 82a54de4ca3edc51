import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REALTIME_DELAY_MS, SyncScheduler } from './scheduler';

/**
 * A `run` whose cycles end only when the test says so: counts the cycles started and the most
 * that ever ran at once.
 */
function controlledRun() {
	const pending: (() => void)[] = [];
	const state = { runs: 0, concurrent: 0, maxConcurrent: 0 };
	return {
		state,
		run: () =>
			new Promise<void>((resolve) => {
				state.runs++;
				state.maxConcurrent = Math.max(state.maxConcurrent, ++state.concurrent);
				pending.push(() => {
					state.concurrent--;
					resolve();
				});
			}),
		/** Ends the cycle in progress and lets the scheduler react. */
		async finish() {
			expect(pending).toHaveLength(1);
			pending.shift()!();
			await vi.advanceTimersByTimeAsync(0);
		}
	};
}

describe('SyncScheduler', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('runs at start, coalesces bursts, and never runs two syncs at once', async () => {
		const { state, run, finish } = controlledRun();
		const scheduler = new SyncScheduler({ intervalMs: 60_000, run });
		scheduler.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(state.runs).toBe(1);

		// A burst of realtime events while a cycle runs: one more cycle afterwards, not five.
		for (let i = 0; i < 5; i++) scheduler.runSoon(5);
		await vi.advanceTimersByTimeAsync(5);
		expect(state.runs).toBe(1);
		await finish();
		expect(state.runs).toBe(2);
		await finish();
		expect(state.runs).toBe(2);

		// "Synchroniser maintenant" pressed three times during a cycle: one more cycle after it.
		const pressed = Promise.all([scheduler.runNow(), scheduler.runNow(), scheduler.runNow()]);
		await vi.advanceTimersByTimeAsync(0);
		expect(state.runs).toBe(3);
		await finish();
		expect(state.runs).toBe(4);
		await finish();
		await pressed;
		expect(state.runs).toBe(4);
		expect(state.maxConcurrent).toBe(1);
		await scheduler.stop();
	});

	it('waits REALTIME_DELAY_MS after a realtime event, restarting the wait on each one', async () => {
		let runs = 0;
		const scheduler = new SyncScheduler({ run: async () => void runs++ });
		scheduler.runSoon();
		await vi.advanceTimersByTimeAsync(REALTIME_DELAY_MS - 1);
		scheduler.runSoon();
		await vi.advanceTimersByTimeAsync(REALTIME_DELAY_MS - 1);
		expect(runs).toBe(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(runs).toBe(1);
	});

	it('runs on the timer, and no more once stopped', async () => {
		let runs = 0;
		const scheduler = new SyncScheduler({ intervalMs: 30_000, run: async () => void runs++ });
		scheduler.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(runs).toBe(1);
		await vi.advanceTimersByTimeAsync(3 * 30_000);
		// Each tick queues its cycle with runSoon(0); a 0 ms timer set during a tick of the fake
		// clock falls 1 ms later: the third tick's cycle runs at 90,001 ms.
		await vi.advanceTimersByTimeAsync(1);
		expect(runs).toBe(4);
		await scheduler.stop();
		await vi.advanceTimersByTimeAsync(3 * 30_000);
		expect(runs).toBe(4);
	});

	it('reports a failed run and keeps going', async () => {
		const errors: unknown[] = [];
		let runs = 0;
		const scheduler = new SyncScheduler({
			run: async () => {
				runs++;
				throw new Error('réseau');
			},
			onError: (error) => errors.push(error)
		});
		await scheduler.runNow();
		await scheduler.runNow();
		expect(runs).toBe(2);
		expect(errors).toHaveLength(2);
	});
});
