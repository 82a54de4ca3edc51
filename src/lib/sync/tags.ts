// Names shared by the page (which registers background syncs) and the service worker (which
// handles them). Constants only, so the service worker imports nothing of the page's DOM code.

/** Background Sync tag: one sync when the network returns after an offline write. */
export const SYNC_TAG = 'collabactons-sync';
/** Periodic Background Sync tag (installed app, Chromium). */
export const PERIODIC_SYNC_TAG = 'collabactons-periodic-sync';
