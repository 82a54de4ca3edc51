// The texts of the evaluation page, on top of the sessions layout's.
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('feedback');
