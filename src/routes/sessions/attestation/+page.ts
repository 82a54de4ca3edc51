// The texts of the certificate page, on top of the sessions layout's.
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('sessionDocuments', 'accounts');
