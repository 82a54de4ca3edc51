// The texts of a practice's public page (no sign-in), loaded before it renders.
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('library', 'curriculum');
