// The texts of the collective boards, loaded before the page renders (see src/lib/i18n/messages).
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('curriculum', 'boards');
