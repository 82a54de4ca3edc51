// The census in aggregate for the screens: totals of the élu's département, région and country
// for the current campaign, asked when online. Never renders, never stores anything.
import { getPocketBase } from '$lib/sync/pocketbase';
import { fetchCensusSummary, type TerritoryTotals } from '../sync/summary';

export type { TerritoryTotals } from '../sync/summary';

export class CensusSummary {
	status = $state<'idle' | 'loading' | 'ok' | 'offline' | 'server'>('idle');
	territories = $state.raw<TerritoryTotals[]>([]);
	minCommunes = $state(3);

	/** Asks the server for the totals of `campaign`. Never rejects. */
	async load(campaign: string): Promise<void> {
		this.status = 'loading';
		const answer = await fetchCensusSummary(await getPocketBase(), campaign).catch(
			() => ({ status: 'server' }) as const
		);
		if (answer.status === 'ok') {
			this.territories = answer.territories;
			this.minCommunes = answer.minCommunes;
		}
		this.status = answer.status;
	}
}
