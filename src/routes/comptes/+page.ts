// The texts of this part of the app, loaded before it renders (see src/lib/i18n/messages).
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('accounts', 'csv');
