// The census campaigns the national team opened (`needs_campaigns`, readable by every signed-in
// user). Owns that read and the conversion of its answer; never stores anything (the state
// decides) and never sends an answer (answers travel through the sync engine).
import type PocketBase from 'pocketbase';
import type { CensusCampaignRow } from '../platform';

const iso = (value: unknown): string => {
	const time = typeof value === 'string' && value ? Date.parse(value.replace(' ', 'T')) : NaN;
	return Number.isNaN(time) ? '' : new Date(time).toISOString();
};

/** The campaigns on the server, or null when it cannot be reached (the stored ones stay in use). */
export async function fetchCampaigns(pb: PocketBase): Promise<CensusCampaignRow[] | null> {
	try {
		const records = await pb
			.collection('needs_campaigns')
			.getFullList({ sort: '-opens_at', requestKey: null });
		return records.map((record) => ({
			key: String(record.key),
			title: String(record.title),
			opens_at: iso(record.opens_at),
			closes_at: iso(record.closes_at)
		}));
	} catch (error) {
		console.warn('census campaigns not reachable', error);
		return null;
	}
}
