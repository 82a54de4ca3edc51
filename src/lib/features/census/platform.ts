// What the platform needs from the census feature (read by the registry, src/lib/collections.ts):
// the `needs_surveys` record collection — one answer of a commune's needs census per campaign ×
// commune × question, written offline by the commune's élus, synced, restored and carried in
// files — and the device table of census campaigns (what the national team opened, kept for
// offline use). The server twin is pocketbase/pb_hooks/lib/sync/collections/needs_surveys.js.
// Service-worker safe: no Svelte, no state, no components.
import { defineCollection, type DeviceTable } from '$lib/local/collection';

/** A stored census answer: record data of domain/census.ts (CensusAnswerData), plus its id. */
export interface NeedsSurveyRow {
	id: string;
	updatedAt?: number;
	rev?: number;
	[field: string]: unknown;
}

/** A census campaign as the device keeps it (from `needs_campaigns`). */
export interface CensusCampaignRow {
	key: string;
	title: string;
	/** ISO 8601. */
	opens_at: string;
	/** ISO 8601, or '' while it stays open. */
	closes_at: string;
}

declare module '$lib/local/db' {
	interface UserDatabase {
		needs_surveys: import('dexie').EntityTable<NeedsSurveyRow, 'id'>;
		census_campaigns: import('dexie').EntityTable<CensusCampaignRow, 'key'>;
	}
}

// Schema version 14 (the number), so that branches adding tables at the same time do not
// pick the same version.
export const needsSurveysCollection = defineCollection<NeedsSurveyRow>({
	name: 'needs_surveys',
	since: 14,
	indexes: 'id, commune, campaign',
	fields: ['campaign', 'commune', 'question', 'answer', 'answered_at'],
	toWire: (row) => ({
		campaign: row.campaign,
		commune: row.commune,
		question: row.question,
		answer: row.answer,
		answered_at: row.answered_at
	}),
	restore: 'all',
	bundle: 'all',
	messages: 'census',
	label: (data) => ({ question: String(data.question ?? '') })
});

export const collections = [needsSurveysCollection];

export const tables: DeviceTable[] = [{ name: 'census_campaigns', since: 14, indexes: 'key' }];
