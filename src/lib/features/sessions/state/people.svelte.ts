// A list of people for a picker (co-animateurs, or the élus of a session's département): fetched
// when online and kept on the device, read from the kept copy when offline. Pages talk to this,
// never to Dexie or the server.
import { syncState } from '$lib/state/sync.svelte';
import { getPocketBase } from '$lib/sync/pocketbase';
import type { Person } from '../domain/people';
import { keepPeople, keptPeople } from '../local/people';
import { fetchFacilitators, fetchSessionElus } from '../sync/people';

export class PeopleList {
	people = $state.raw<Person[]>([]);
	/** ok: fresh from the server; kept: the copy on this device; none: nothing known yet. */
	source = $state<'idle' | 'loading' | 'ok' | 'kept' | 'none'>('idle');
	/** Fetched-at time of the kept copy (ms), 0 when none. */
	at = $state(0);
	message = $state('');
	readonly #list: string;
	readonly #session: string;

	/** `session` empty: the co-animateurs; else the élus of that session's département. */
	constructor(session = '') {
		this.#session = session;
		this.#list = session ? `elus.${session}` : 'facilitators';
	}

	/** Loads the list (server first, else the kept copy); never rejects. */
	async load(): Promise<void> {
		if (this.source === 'loading') return;
		this.source = 'loading';
		try {
			const db = (await syncState.ready()).db;
			const pb = await getPocketBase();
			const answer = this.#session
				? await fetchSessionElus(pb, this.#session)
				: await fetchFacilitators(pb);
			if (answer.status === 'ok') {
				await keepPeople(db, this.#list, answer.people);
				this.people = answer.people;
				this.at = Date.now();
				this.source = 'ok';
				return;
			}
			this.message = answer.message ?? '';
			const kept = await keptPeople(db, this.#list);
			this.people = kept?.people ?? [];
			this.at = kept?.at ?? 0;
			this.source = kept ? 'kept' : 'none';
		} catch (error) {
			console.error('people list failed', error);
			this.source = 'none';
		}
	}

	/** The name of an account id, or '' when unknown. */
	nameOf(id: string): string {
		return this.people.find((p) => p.id === id)?.name ?? '';
	}
}
