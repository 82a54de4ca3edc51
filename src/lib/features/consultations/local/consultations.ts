// Consultations on this device: the consultations and proposals pulled for the user's territory,
// their own vote (one row per consultation, under the id derived from the consultation and the
// élu, so re-voting replaces it and every replay is the same record), and proposals they write.
// Saving puts the row and its outbox entry in one transaction (local/records); reading joins
// each with its standing. Never talks to the network, never counts votes (the server does).
import { newId } from '$lib/domain/sync/ids';
import type { UserDatabase } from '$lib/local/db';
import { saveLocalRecord } from '$lib/local/records';
import { standingsOf, type Standing } from '$lib/local/standing';
import { consultationOf, timeOf, type Consultation } from '../domain/consultation';
import { voteId } from '../domain/vote';

const CONFIRMED: Standing = { state: 'confirmed' };

/** The élu's vote in a consultation, as this device holds it. */
export interface StoredVote {
	id: string;
	choices: string[];
	/** When the élu voted (device clock), ms. */
	castAt: number;
	/** Counted by the server although it arrived after the closing. */
	late: boolean;
	standing: Standing;
}

export interface StoredProposal {
	id: string;
	title: string;
	body: string;
	authorName: string;
	authorCommune: string;
	hidden: boolean;
	moderationReason: string;
	standing: Standing;
}

/** Every consultation on the device: open ones first (closing soonest), then closed, newest first. */
export async function loadConsultations(
	db: UserDatabase,
	now = Date.now()
): Promise<Consultation[]> {
	const rows = await db.consultations.toArray();
	const list = rows.map((row) => consultationOf(row)).filter((c): c is Consultation => !!c);
	const open = list.filter((c) => c.closesAt >= now).sort((a, b) => a.closesAt - b.closesAt);
	const closed = list.filter((c) => c.closesAt < now).sort((a, b) => b.closesAt - a.closesAt);
	return [...open, ...closed];
}

/**
 * One consultation with its proposals and the user's vote (`vote`: its id, from voteId; computed
 * outside so that a live query awaits Dexie only); undefined when not on the device.
 */
export async function loadConsultation(
	db: UserDatabase,
	id: string,
	vote: string
): Promise<
	{ consultation: Consultation; proposals: StoredProposal[]; vote: StoredVote | null } | undefined
> {
	const row = await db.consultations.get(id);
	const consultation = row && consultationOf(row);
	if (!consultation) return undefined;
	const proposalRows = await db.proposals.where('consultation').equals(id).toArray();
	const standings = await standingsOf(
		db,
		'proposals',
		proposalRows.map((p) => p.id)
	);
	const proposals = proposalRows
		.filter((p) => typeof p.title === 'string')
		.map((p) => ({
			id: p.id,
			title: String(p.title),
			body: String(p.body ?? ''),
			authorName: String(p.author_name ?? ''),
			authorCommune: String(p.author_commune ?? ''),
			hidden: p.hidden === true,
			moderationReason: String(p.moderation_reason ?? ''),
			standing: standings.get(p.id) ?? CONFIRMED
		}));
	return { consultation, proposals, vote: await loadVote(db, vote) };
}

/** The user's vote `id` (voteId), or null when they have not voted (on any of their devices). */
export async function loadVote(db: UserDatabase, id: string): Promise<StoredVote | null> {
	const row = await db.votes.get(id);
	if (!row || !Array.isArray(row.choices)) return null;
	const standing = (await standingsOf(db, 'votes', [id])).get(id) ?? CONFIRMED;
	return {
		id,
		choices: row.choices.filter((c): c is string => typeof c === 'string'),
		castAt: timeOf(row.cast_at),
		late: row.late === true,
		standing
	};
}

/**
 * Saves the user's vote (a new one, or a change: same record, newer version) and queues it, with
 * this device's time (`now`, ms); resolves once both are in IndexedDB.
 */
export async function saveVote(
	db: UserDatabase,
	user: string,
	consultation: string,
	choices: readonly string[],
	now = Date.now()
): Promise<string> {
	const id = await voteId(consultation, user);
	await saveLocalRecord(db, 'votes', id, {
		consultation,
		choices: [...choices],
		cast_at: new Date(now).toISOString()
	});
	return id;
}

/** Saves a proposal in an open-proposals consultation; resolves with its id. */
export async function saveProposal(
	db: UserDatabase,
	consultation: string,
	title: string,
	body: string
): Promise<string> {
	const id = newId();
	await saveLocalRecord(db, 'proposals', id, { consultation, title, body });
	return id;
}

/** Saves a consultation an organiser opens (draftData) and queues it; resolves with its id. */
export async function saveConsultation(
	db: UserDatabase,
	data: Record<string, unknown>
): Promise<string> {
	const id = newId();
	await saveLocalRecord(db, 'consultations', id, data);
	return id;
}

/** The fields a consultation record carries (what the server accepts). */
const CONSULTATION_FIELDS = [
	'space_kind',
	'space_code',
	'title',
	'context',
	'kind',
	'multiple',
	'options',
	'closes_at'
] as const;

/**
 * Saves the organiser's synthesis of consultation `id` (the rest of the record as stored, so the
 * server sees nothing else change) and queues it. Throws when the consultation is not here.
 */
export async function saveSynthesis(
	db: UserDatabase,
	id: string,
	synthesis: string
): Promise<void> {
	const row = await db.consultations.get(id);
	if (!row) throw new Error(`consultation ${id} is not on this device`);
	const data: Record<string, unknown> = { synthesis };
	for (const field of CONSULTATION_FIELDS) data[field] = row[field];
	// Kept on the device for the screens; the push sends the fields above.
	await saveLocalRecord(db, 'consultations', id, { ...row, ...data });
}
