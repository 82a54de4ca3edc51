/// <reference lib="webworker" />
// The service worker: precaches the app shell, the static assets and the communes index
// (in parallel, see precache.ts), and answers every navigation with the precached shell, so
// that every route opens offline. It controls the page of the very first visit, so that a
// mayor who signs in once and keeps the tab open can open every screen offline.
// API calls (/api/) are never cached here: data lives in IndexedDB, synced by the engine.
// A new version waits until the page asks for it (the "Mettre à jour" banner).
import { cleanupOutdatedCaches, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { setUpPrecache } from './precache';
import { registerSyncHandlers } from './sync';

declare const self: ServiceWorkerGlobalScope;

const precache = setUpPrecache(self, self.__WB_MANIFEST);
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/] }));
cleanupOutdatedCaches();

registerRoute(
	new NavigationRoute(precache.createHandlerBoundToURL('/index.html'), {
		denylist: [/^\/api\//, /^\/_\//]
	})
);

registerSyncHandlers(self);

self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
