// Keeps the screen on while a module runs (Screen Wake Lock API), where the browser has it. The
// browser drops the lock whenever the page is hidden (screen locked, other app), so it is asked
// for again each time the page comes back into view. Where the API is missing or refuses, the
// screen says so: the timer stays right anyway (it is computed from timestamps).
/** `on`: the screen is kept on; `unsupported`: no Wake Lock API; `refused`: the browser said no. */
export type AwakeStatus = 'off' | 'on' | 'unsupported' | 'refused';

interface WakeLockSentinelLike {
	released: boolean;
	release(): Promise<void>;
	addEventListener(type: 'release', listener: () => void): void;
}

interface WakeLockLike {
	request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

export class ScreenAwake {
	status = $state<AwakeStatus>('off');
	#lock: WakeLockSentinelLike | null = null;
	#wanted = false;
	#api: WakeLockLike | undefined;

	/**
	 * @param api the Wake Lock API (tests pass their own, or null for a browser without one;
	 * default: the browser's, if any)
	 */
	constructor(api?: WakeLockLike | null) {
		const browser = (globalThis.navigator as Navigator & { wakeLock?: WakeLockLike })?.wakeLock;
		this.#api = api === null ? undefined : (api ?? browser);
		if (!this.#api) this.status = 'unsupported';
	}

	/**
	 * Keeps the screen on until the returned function is called; re-acquires the lock each time
	 * the page becomes visible again.
	 */
	keep(): () => void {
		this.#wanted = true;
		const onVisible = () => {
			if (document.visibilityState === 'visible') void this.#acquire();
		};
		document.addEventListener('visibilitychange', onVisible);
		void this.#acquire();
		return () => {
			this.#wanted = false;
			document.removeEventListener('visibilitychange', onVisible);
			const lock = this.#lock;
			this.#lock = null;
			if (lock && !lock.released) lock.release().catch(() => undefined);
			if (this.#api) this.status = 'off';
		};
	}

	async #acquire(): Promise<void> {
		if (!this.#api || !this.#wanted || (this.#lock && !this.#lock.released)) return;
		if (document.visibilityState !== 'visible') return;
		try {
			const lock = await this.#api.request('screen');
			if (!this.#wanted) {
				await lock.release();
				return;
			}
			this.#lock = lock;
			this.status = 'on';
			lock.addEventListener('release', () => {
				if (this.#lock === lock) this.#lock = null;
				// Released by the browser when the page was hidden: asked for again on return.
				if (this.#wanted && this.status === 'on') this.status = 'off';
			});
		} catch (error) {
			console.warn('the screen cannot be kept on', error);
			this.status = 'refused';
		}
	}
}
