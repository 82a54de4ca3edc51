// The charter resource shows the app's charter text, whose texts live in the charters catalogue.
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('charters');
