// A commune's census answers on this device: each answer is one `needs_surveys` record, saved with
// its outbox entry in one transaction (local/records) under the id of its campaign × commune ×
// question, so the same question answered again replaces the answer here and on the server.
// Also keeps the census campaigns seen online, for offline use. Never talks to the network.
import type { UserDatabase } from '$lib/local/db';
import { saveLocalRecord } from '$lib/local/records';
import {
	censusAnswerId,
	invalidAnswer,
	isCampaignKey,
	readCommuneCensus,
	type CensusAnswer,
	type CensusAnswerData,
	type CommuneCensus
} from '../domain/census';
import type { CensusCampaignRow } from '../platform';
import { standingsOf } from '$lib/local/standing';

/**
 * Saves the answer to `question` for `commune` in `campaign` and queues it for the server;
 * resolves with the record id once both are in IndexedDB.
 * @throws Error (`census.invalid.<reason>` as message) when the answer does not read: nothing is saved.
 */
export async function saveCensusAnswer(
	db: UserDatabase,
	input: { campaign: string; commune: string; question: string; answer: CensusAnswer },
	now: Date = new Date()
): Promise<string> {
	const reason = isCampaignKey(input.campaign)
		? invalidAnswer(input.question, input.answer)
		: 'campaign';
	if (reason) throw new Error(`census.invalid.${reason}`);
	const id = censusAnswerId(input.campaign, input.commune, input.question);
	const data: CensusAnswerData = { ...input, answered_at: now.toISOString() };
	await saveLocalRecord(db, 'needs_surveys', id, { ...data });
	return id;
}

/** Every census answer stored on this device for `communes` (written here or pulled). */
export async function loadCensusAnswers(
	db: UserDatabase,
	communes: readonly string[]
): Promise<CensusAnswerData[]> {
	const rows = await db.needs_surveys
		.where('commune')
		.anyOf([...communes])
		.toArray();
	return rows
		.filter(
			(row) =>
				typeof row.campaign === 'string' &&
				typeof row.commune === 'string' &&
				typeof row.question === 'string'
		)
		.map((row) => ({
			campaign: row.campaign as string,
			commune: row.commune as string,
			question: row.question as string,
			answer: row.answer as CensusAnswer,
			answered_at: String(row.answered_at ?? '')
		}));
}

/** The campaigns stored on this device, newest opening first. */
export async function loadCampaigns(db: UserDatabase): Promise<CensusCampaignRow[]> {
	const rows = await db.census_campaigns.toArray();
	return rows.sort((a, b) => b.opens_at.localeCompare(a.opens_at));
}

/** Replaces the stored campaigns with those the server listed. */
export async function storeCampaigns(
	db: UserDatabase,
	campaigns: readonly CensusCampaignRow[]
): Promise<void> {
	await db.transaction('rw', db.census_campaigns, async () => {
		await db.census_campaigns.clear();
		await db.census_campaigns.bulkPut([...campaigns]);
	});
}

/** Where one answer stands: on this device only, received by the server, or refused. */
export type AnswerState =
	{ state: 'device' } | { state: 'sent' } | { state: 'refused'; reason: string };

/**
 * Where each of the answers `ids` stands, from the outbox: its latest entry pending or sending
 * is `device`, rejected is `refused` (with the server's French reason), confirmed or already
 * pruned is `sent`. Ids with no stored answer are left out.
 */
export async function loadAnswerStates(
	db: UserDatabase,
	ids: readonly string[]
): Promise<Map<string, AnswerState>> {
	const states = new Map<string, AnswerState>();
	const stored = await db.needs_surveys.bulkGet([...ids]);
	for (const row of stored) if (row) states.set(row.id, { state: 'sent' });
	for (const [id, standing] of await standingsOf(db, 'needs_surveys', ids)) {
		if (standing.state === 'rejected') {
			states.set(id, { state: 'refused', reason: standing.reason ?? '' });
		} else states.set(id, { state: standing.state === 'device' ? 'device' : 'sent' });
	}
	return states;
}

/**
 * The profile and needs of each of `communes`, read from the answers stored here, each for the
 * latest campaign it has answers for (a commune without answers reads as empty).
 */
export async function loadCommunesNeeds(
	db: UserDatabase,
	communes: readonly string[]
): Promise<CommuneCensus[]> {
	const answers = await loadCensusAnswers(db, communes);
	return communes.map((commune) => {
		const mine = answers.filter((a) => a.commune === commune);
		const latest =
			mine
				.map((a) => a.campaign)
				.sort()
				.at(-1) ?? '';
		return readCommuneCensus(commune, latest, mine);
	});
}
