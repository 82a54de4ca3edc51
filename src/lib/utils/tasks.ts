// Splitting start-up work across the browser's tasks, so that none blocks the main thread long
// enough for a tap to wait (Lighthouse's Total Blocking Time counts every task over 50 ms on a
// 4× slowed phone). Only scheduling: it never decides what runs.

/** Resolves in a new task (after input and rendering the browser has queued meanwhile). */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `start` in a task of its own. Starting several dynamic imports at once costs one task
 * the preload work of them all (a stylesheet link appended per CSS file, ~5 ms each on a 4×
 * slowed phone); each in its own task, they still load in parallel.
 */
export function inOwnTask<T>(start: () => Promise<T>): Promise<T> {
	return nextTask().then(start);
}

/**
 * `count` promises resolving one task apart, the first in the next task: `{#await}` blocks that
 * wait for them mount one per task instead of all in one, in document order.
 */
export function oneTaskApart(count: number): Promise<void>[] {
	const steps: Promise<void>[] = [];
	let previous = Promise.resolve();
	for (let i = 0; i < count; i++) {
		previous = previous.then(nextTask);
		steps.push(previous);
	}
	return steps;
}
