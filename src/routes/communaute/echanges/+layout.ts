// The texts of the learning network, loaded before it renders (see src/lib/i18n/messages).
import { loadMessages } from '$lib/i18n/index.svelte';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = () => loadMessages('discussions', 'curriculum', 'communes');
