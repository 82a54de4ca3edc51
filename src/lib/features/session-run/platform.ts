// What the platform needs from the run mode (read by the registry, src/lib/collections.ts): the
// device-only `agenda_runs` table, where a module's run in the room is kept. Not synced: the run
// is the clock of the screen the room looks at, one per projector or tablet; a co-facilitator's
// tablet keeps its own, and nothing in a session's proof depends on it. Service-worker safe: no
// Svelte, no state, no components.
import type { DeviceTable } from '$lib/local/collection';
import type { AgendaRunState } from './domain/run';

declare module '$lib/local/db' {
	interface UserDatabase {
		agenda_runs: import('dexie').EntityTable<AgendaRunState, 'id'>;
	}
}

// Version 12 (issue 12): the helpers of one issue each take a version of their own, so that their
// tables never share one (a released version never changes).
export const tables: DeviceTable[] = [{ name: 'agenda_runs', since: 12, indexes: 'id, module' }];
