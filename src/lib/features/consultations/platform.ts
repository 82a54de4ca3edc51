// What the platform needs from concertations (read by the registry, src/lib/collections.ts): the
// `consultations`, `proposals` and `votes` record collections. Server twins:
// pocketbase/pb_hooks/lib/sync/collections/. A vote saved offline waits in the outbox under its
// derived id (domain/vote.ts) and is counted once whatever the replays. Service-worker safe: no
// Svelte, no state, no components.
import { defineCollection, type StoredRecord } from '$lib/local/collection';

/** A stored consultation, proposal or vote: record data plus its id. */
export interface ConsultationRow extends StoredRecord {
	id: string;
}

declare module '$lib/local/db' {
	interface UserDatabase {
		consultations: import('dexie').EntityTable<ConsultationRow, 'id'>;
		proposals: import('dexie').EntityTable<ConsultationRow, 'id'>;
		votes: import('dexie').EntityTable<ConsultationRow, 'id'>;
	}
}

/** The data a collection sends: exactly its declared fields (pulled server fields stay home). */
function pick(fields: readonly string[]) {
	return (row: ConsultationRow): Record<string, unknown> =>
		Object.fromEntries(fields.filter((f) => row[f] !== undefined).map((f) => [f, row[f]]));
}

const CONSULTATION_FIELDS = [
	'space_kind',
	'space_code',
	'title',
	'context',
	'kind',
	'multiple',
	'options',
	'closes_at',
	'synthesis'
] as const;
const PROPOSAL_FIELDS = ['consultation', 'title', 'body'] as const;
const VOTE_FIELDS = ['consultation', 'choices', 'cast_at'] as const;

// Consultations and proposals of others are pulled too and only their authors write them, so
// they are not resent after a server restore; a vote is the élu's own and is.
export const consultationsCollection = defineCollection<ConsultationRow>({
	name: 'consultations',
	since: 6,
	indexes: 'id, closes_at',
	fields: CONSULTATION_FIELDS,
	toWire: pick(CONSULTATION_FIELDS),
	restore: 'none',
	bundle: 'never',
	messages: 'consultations',
	label: (data) => ({ title: String(data.title ?? '') })
});

export const proposalsCollection = defineCollection<ConsultationRow>({
	name: 'proposals',
	since: 6,
	indexes: 'id, consultation',
	fields: PROPOSAL_FIELDS,
	toWire: pick(PROPOSAL_FIELDS),
	restore: 'none',
	bundle: 'never',
	messages: 'consultations',
	label: (data) => ({ title: String(data.title ?? '') })
});

export const votesCollection = defineCollection<ConsultationRow>({
	name: 'votes',
	since: 6,
	indexes: 'id, consultation',
	fields: VOTE_FIELDS,
	toWire: pick(VOTE_FIELDS),
	restore: 'all',
	bundle: 'never',
	messages: 'consultations',
	label: () => ({ title: '' })
});

export const collections = [consultationsCollection, proposalsCollection, votesCollection];
