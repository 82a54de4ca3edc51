// Keeping the screen on, in Chromium: the lock is asked for when the run screen opens, asked for
// again when the browser drops it (the page was hidden: screen locked, other app) and the page
// is visible again, released when the screen closes; a refusal and a missing API are said.
// The Wake Lock API itself is a stand-in (headless Chromium refuses it); the document, its
// events and the state class are the real ones.
import { describe, expect, it } from 'vitest';
import { ScreenAwake } from './screen-awake.svelte';

class FakeSentinel extends EventTarget {
	released = false;
	async release() {
		this.released = true;
		this.dispatchEvent(new Event('release'));
	}
}

function fakeWakeLock(refuse = false) {
	const sentinels: FakeSentinel[] = [];
	return {
		sentinels,
		async request(type: 'screen') {
			expect(type).toBe('screen');
			if (refuse) throw new DOMException('low battery', 'NotAllowedError');
			const sentinel = new FakeSentinel();
			sentinels.push(sentinel);
			return sentinel;
		}
	};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ScreenAwake', () => {
	it('keeps the screen on, asks again after the browser dropped the lock, and lets go', async () => {
		const api = fakeWakeLock();
		const awake = new ScreenAwake(api);
		expect(document.visibilityState).toBe('visible');
		const release = awake.keep();
		await settle();
		expect(awake.status).toBe('on');
		expect(api.sentinels).toHaveLength(1);

		// The page was hidden: the browser released the lock. Back in view, it is asked again.
		await api.sentinels[0]!.release();
		expect(awake.status).toBe('off');
		document.dispatchEvent(new Event('visibilitychange'));
		await settle();
		expect(awake.status).toBe('on');
		expect(api.sentinels).toHaveLength(2);

		release();
		await settle();
		expect(api.sentinels[1]!.released).toBe(true);
		expect(awake.status).toBe('off');
		document.dispatchEvent(new Event('visibilitychange'));
		await settle();
		expect(api.sentinels).toHaveLength(2);
	});

	it('says when the browser refuses, or has no Wake Lock at all', async () => {
		const refused = new ScreenAwake(fakeWakeLock(true));
		const release = refused.keep();
		await settle();
		expect(refused.status).toBe('refused');
		release();
		const missing = new ScreenAwake(null);
		expect(missing.status).toBe('unsupported');
		missing.keep()();
		expect(missing.status).toBe('unsupported');
	});
});
