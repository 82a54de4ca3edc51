// Mutual exclusion of sync cycles: never two at once for the same user, across tabs and the
// service worker (Web Locks), or within one JavaScript realm when Web Locks are missing.
// It only orders work; it never retries or times out anything.

/** The Web Lock name shared by every tab and the service worker. */
export const SYNC_LOCK_NAME = 'collabactons-sync';

/** The lock of photo uploads: a photo is sent by one tab or the service worker, never two. */
export const PHOTOS_LOCK_NAME = 'collabactons-photos';

/** Something that can run `fn` exclusively. */
export interface Lock {
	run<T>(fn: () => Promise<T>): Promise<T>;
}

/** An in-process mutex: calls run one after the other, in call order. */
export class Mutex implements Lock {
	#tail: Promise<unknown> = Promise.resolve();

	run<T>(fn: () => Promise<T>): Promise<T> {
		const result = this.#tail.then(fn, fn);
		this.#tail = result.catch(() => undefined);
		return result;
	}
}

/** A Web Lock named `name` (`navigator.locks`), shared by every tab and worker of the origin. */
export class WebLock implements Lock {
	constructor(
		private readonly locks: LockManager,
		private readonly name = SYNC_LOCK_NAME
	) {}

	run<T>(fn: () => Promise<T>): Promise<T> {
		return this.locks.request(this.name, { mode: 'exclusive' }, fn) as Promise<T>;
	}
}

/** The best lock named `name`: a Web Lock when available, else a new in-process mutex. */
export function defaultLock(name = SYNC_LOCK_NAME): Lock {
	const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
	return locks ? new WebLock(locks, name) : new Mutex();
}
