// The sessions of a coordinator's territory (or of the whole country for the national team), with
// the élus trained per volet and module from sealed attendance: loaded on demand from the server
// (not kept on the device). Never writes.
import { getPocketBase } from '$lib/sync/pocketbase';
import { trainedCounts, type ModuleCount, type SessionCount } from '../domain/counts';
import { fetchTerritorySessions } from '../sync/territory';

export class TerritorySessions {
	status = $state<'idle' | 'loading' | 'ok' | 'offline' | 'server'>('idle');
	modules = $state.raw<ModuleCount[]>([]);
	sessions = $state.raw<SessionCount[]>([]);

	/** Loads the figures; never rejects (the outcome is in `status`). */
	async load(): Promise<void> {
		if (this.status === 'loading') return;
		this.status = 'loading';
		const answer = await fetchTerritorySessions(await getPocketBase());
		if (answer.status !== 'ok') {
			this.status = answer.status;
			return;
		}
		const counts = trainedCounts(
			answer.sessions,
			answer.participants,
			answer.attendances,
			answer.seals
		);
		this.modules = counts.modules;
		this.sessions = counts.sessions.sort((a, b) =>
			(a.session.slots[0]?.date ?? '') < (b.session.slots[0]?.date ?? '') ? 1 : -1
		);
		this.status = 'ok';
	}
}
