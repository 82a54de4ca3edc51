// The texts of the sheet's PDF button and the QR transfer, on top of the sessions layout's.
import { loadMessages } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages('sessionDocuments', 'sessionTransfer');
