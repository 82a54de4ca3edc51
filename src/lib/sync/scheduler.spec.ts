import { describe, expect, it } from 'vitest';
import { SyncScheduler } from './scheduler';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SyncScheduler', () => {
	it('runs at start, coalesces bursts, and never runs two syncs at once', async () => {
		let runs = 0;
		let concurrent = 0;
		let maxConcurrent = 0;
		const scheduler = new SyncScheduler({
			intervalMs: 60_000,
			run: async () => {
				runs++;
				maxConcurrent = Math.max(maxConcurrent, ++concurrent);
				await tick(20);
				concurrent--;
			}
		});
		scheduler.start();
		await tick(10);
		expect(runs).toBe(1);
		// A burst of realtime events while a cycle runs: one more cycle afterwards, not five.
		for (let i = 0; i < 5; i++) scheduler.runSoon(5);
		await tick(80);
		expect(runs).toBe(2);
		// "Synchroniser maintenant" pressed during a cycle: one more cycle right after it.
		await Promise.all([scheduler.runNow(), scheduler.runNow(), scheduler.runNow()]);
		expect(runs).toBe(4);
		expect(maxConcurrent).toBe(1);
		await scheduler.stop();
	});

	it('runs on the timer', async () => {
		let runs = 0;
		const scheduler = new SyncScheduler({ intervalMs: 30, run: async () => void runs++ });
		scheduler.start();
		await tick(100);
		await scheduler.stop();
		expect(runs).toBeGreaterThanOrEqual(3);
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
