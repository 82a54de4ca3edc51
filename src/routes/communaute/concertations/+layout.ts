// The texts of concertations (and of the learning network, for comments), loaded before they
// render (see src/lib/i18n/messages).
import { loadMessages } from '$lib/i18n/index.svelte';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = () => loadMessages('consultations', 'discussions', 'communes');
