import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A pure SPA: PocketBase serves `build/` and falls back to index.html for unknown paths,
		// and the service worker does the same offline.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
		// SvelteKit bundles src/service-worker/index.ts; @vite-pwa/sveltekit injects the precache
		// manifest into it (sw.js). The page registers it with workbox-window (src/lib/pwa).
		serviceWorker: { register: false }
	}
};

export default config;
