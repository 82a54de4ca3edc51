// The texts of the learning community's hub, loaded before it renders.
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('library', 'census', 'curriculum');
