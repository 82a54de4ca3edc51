// The texts of the needs census, loaded before it renders.
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('census', 'curriculum', 'library');
