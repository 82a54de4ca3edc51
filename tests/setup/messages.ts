// Node tests read messages through t() like screens do: load every feature catalogue first
// (in the app, routes load theirs; see src/lib/i18n/messages/index.ts).
import { loadAllMessages } from '../../src/lib/i18n/index.svelte';

await loadAllMessages();
