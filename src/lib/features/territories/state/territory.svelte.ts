// The territory a coordinator or the national team is looking at: the summary kept on this
// device first (shown at once, offline too, with the date of its figures), then the server's
// fresh one when the network answers, which is kept in turn. Screens talk only to this class.
import { getPocketBase } from '$lib/sync/pocketbase';
import { syncState } from '$lib/state/sync.svelte';
import type { User } from '$lib/domain/users';
import type { TerritoryKind, TerritorySummary } from '../domain/summary';
import { loadSummary, saveSummary } from '../local/summaries';
import { fetchSummary } from '../sync/fetch';

export type ViewStatus =
	'idle' | 'loading' | 'fresh' | 'kept' | 'offline' | 'forbidden' | 'unknown' | 'error';

/** The territory a user opens first: theirs, or the country for the national team. */
export function homeTerritory(user: User | null): { kind: TerritoryKind; code: string } | null {
	if (!user) return null;
	if (
		user.role === 'national' ||
		(user.role === 'coordinateur' && user.territoryKind === 'national')
	)
		return { kind: 'national', code: 'FR' };
	if (user.role === 'coordinateur' && user.territoryKind && user.territoryCode)
		return { kind: user.territoryKind as TerritoryKind, code: user.territoryCode };
	return null;
}

export class TerritoryView {
	summary = $state.raw<TerritorySummary | null>(null);
	/** When this device read the summary shown from the server (ms). */
	fetchedAt = $state(0);
	status = $state<ViewStatus>('idle');
	/** The server's French reason of a refusal. */
	message = $state('');
	#request = 0;

	/** Shows (kind, code): the kept summary at once, then the server's. Never rejects. */
	async open(kind: TerritoryKind, code: string): Promise<void> {
		const request = ++this.#request;
		this.status = 'loading';
		this.message = '';
		let kept: Awaited<ReturnType<typeof loadSummary>> = null;
		try {
			const store = await syncState.ready();
			kept = await loadSummary(store.db, kind, code);
			if (request !== this.#request) return;
			this.summary = kept?.summary ?? null;
			this.fetchedAt = kept?.fetchedAt ?? 0;
			const answer = await fetchSummary(await getPocketBase(), kind, code);
			if (request !== this.#request) return;
			if (answer.status === 'ok') {
				const now = Date.now();
				await saveSummary(store.db, answer.summary, now);
				if (request !== this.#request) return;
				this.summary = answer.summary;
				this.fetchedAt = now;
				this.status = 'fresh';
				return;
			}
			this.message = 'message' in answer && answer.message ? answer.message : '';
			if (answer.status === 'offline' || answer.status === 'server') {
				this.status = kept ? 'kept' : answer.status === 'offline' ? 'offline' : 'error';
				return;
			}
			this.summary = null;
			this.status = answer.status;
		} catch (error) {
			console.error('territory summary failed', error);
			if (request === this.#request) this.status = kept ? 'kept' : 'error';
		}
	}
}
