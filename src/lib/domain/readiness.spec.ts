import { describe, expect, it } from 'vitest';
import { readiness, type ReadinessInputs } from './readiness';

const fresh: ReadinessInputs = {
	online: true,
	workerSupported: true,
	workerActive: false,
	curriculumStored: false,
	curriculumFailed: false,
	lastSyncAt: undefined,
	syncFailed: false
};

describe('offline readiness', () => {
	it('is saving everything right after the first sign-in', () => {
		expect(readiness(fresh)).toEqual({
			app: 'saving',
			training: 'saving',
			data: 'saving',
			done: 0,
			ready: false
		});
	});

	it('counts the steps done, and is ready only once all three are', () => {
		const two = readiness({ ...fresh, workerActive: true, curriculumStored: true });
		expect(two.done).toBe(2);
		expect(two.ready).toBe(false);
		const all = readiness({ ...fresh, workerActive: true, curriculumStored: true, lastSyncAt: 1 });
		expect(all).toMatchObject({ done: 3, ready: true });
	});

	it('says a step waits for the network when offline, and what failed online', () => {
		const offline = readiness({ ...fresh, online: false, curriculumStored: true });
		expect(offline).toMatchObject({ app: 'offline', training: 'done', data: 'offline' });
		const failed = readiness({ ...fresh, curriculumFailed: true, syncFailed: true });
		expect(failed).toMatchObject({ training: 'failed', data: 'failed' });
	});

	it('never claims readiness where the browser cannot keep the app', () => {
		const none = readiness({
			...fresh,
			workerSupported: false,
			curriculumStored: true,
			lastSyncAt: 1
		});
		expect(none).toMatchObject({ app: 'unavailable', ready: false });
	});
});
