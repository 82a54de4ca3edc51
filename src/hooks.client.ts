// Client hooks of SvelteKit: a screen whose code cannot be loaded falls back to a full
// navigation the service worker answers (src/lib/pwa/chunk-fallback.ts); other errors are
// logged and shown by +error.svelte.
import type { HandleClientError } from '@sveltejs/kit';
import { fallBackToNavigation } from '$lib/pwa/chunk-fallback';

export const handleError: HandleClientError = ({ error, event }) => {
	if (!fallBackToNavigation(error, event.url)) console.error(error);
	return { message: 'Une erreur est survenue' };
};
