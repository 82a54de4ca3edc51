/// <reference lib="webworker" />
// The service worker: precaches the app shell, the static assets and the communes index, and
// answers every navigation with the precached shell, so that every route opens offline.
// API calls (/api/) are never cached here: data lives in IndexedDB, synced by the engine.
// A new version waits until the page asks for it (the "Mettre à jour" banner).
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { registerSyncHandlers } from './sync';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

registerRoute(
	new NavigationRoute(createHandlerBoundToURL('/index.html'), {
		denylist: [/^\/api\//, /^\/_\//]
	})
);

registerSyncHandlers(self);

self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
