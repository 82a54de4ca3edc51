// The needs census of a commune (issue 14, item 1): the questions of a campaign, the shape and
// checks of one answer, the deterministic id of a (campaign, commune, question) row, and how the
// answers of one commune read as a profile with needs, offers and constraints. One record per
// campaign × commune × question, so two élus answering different questions never conflict and
// the same question keeps the latest answer. Pure TypeScript: never touches storage nor the UI.
// Its server twin is pocketbase/pb_hooks/lib/sync/collections/needs_surveys.js (same limits).
import { IMPACT_THEMES, isImpactTheme, type ImpactTheme } from '$lib/domain/programme';

/** The programme's three commune profiles (A acting, B willing, C not concerned yet). */
export const PROFILES = ['A', 'B', 'C'] as const;
export type Profile = (typeof PROFILES)[number];

/** What a commune could offer others. */
export const OFFER_KINDS = ['experience', 'skills', 'equipment'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** What holds a commune back. */
export const CONSTRAINT_KINDS = ['staff', 'budget', 'connectivity'] as const;
export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];

/** Limits shared with the server (lib/limits.js: CENSUS). */
export const CENSUS_LIMITS = {
	noteMax: 1000,
	offerMax: 2000,
	campaignMax: 40,
	/** Priority of a need: 0 = not a need, 1 = useful, 2 = important, 3 = urgent. */
	priorityMax: 3,
	/** Level of a constraint: 0 = none, 3 = blocking. */
	levelMax: 3,
	historyMax: 20
} as const;

/** Every question of a campaign, as the key its record carries. */
export const QUESTIONS: readonly string[] = [
	'profile',
	...IMPACT_THEMES.map((theme) => `need-${theme}`),
	...OFFER_KINDS.map((kind) => `offer-${kind}`),
	...CONSTRAINT_KINDS.map((kind) => `constraint-${kind}`)
];

export type ProfileAnswer = { profile: Profile };
export type NeedAnswer = { priority: number; note: string };
export type OfferAnswer = { text: string };
export type ConstraintAnswer = { level: number; note: string };
export type CensusAnswer = ProfileAnswer | NeedAnswer | OfferAnswer | ConstraintAnswer;

/** The data of one `needs_surveys` record as the device sends it. */
export interface CensusAnswerData {
	campaign: string;
	/** The commune's PocketBase id. */
	commune: string;
	question: string;
	answer: CensusAnswer;
	/** When the élu answered on the device (ISO 8601 UTC). */
	answered_at: string;
}

/** One earlier answer the server kept (newest last). */
export interface CensusHistoryEntry {
	answer: CensusAnswer;
	by: string;
	at: string;
}

const CAMPAIGN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isInteger(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isNote(value: unknown, max: number): value is string {
	return typeof value === 'string' && value.length <= max;
}

/** Why an answer to `question` does not read (a message key of `census.invalid`), or ''. */
export function invalidAnswer(question: string, answer: unknown): string {
	if (!QUESTIONS.includes(question)) return 'question';
	if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return 'answer';
	const value = answer as Record<string, unknown>;
	if (question === 'profile') {
		return (PROFILES as readonly unknown[]).includes(value.profile) ? '' : 'profile';
	}
	if (question.startsWith('need-')) {
		if (!isInteger(value.priority, 0, CENSUS_LIMITS.priorityMax)) return 'priority';
		return isNote(value.note, CENSUS_LIMITS.noteMax) ? '' : 'note';
	}
	if (question.startsWith('offer-')) {
		return isNote(value.text, CENSUS_LIMITS.offerMax) ? '' : 'offer';
	}
	if (!isInteger(value.level, 0, CENSUS_LIMITS.levelMax)) return 'level';
	return isNote(value.note, CENSUS_LIMITS.noteMax) ? '' : 'note';
}

/** True when `campaign` is a campaign key (`2026`, `2027-printemps`). */
export function isCampaignKey(campaign: unknown): campaign is string {
	return (
		typeof campaign === 'string' &&
		campaign.length <= CENSUS_LIMITS.campaignMax &&
		CAMPAIGN.test(campaign)
	);
}

// 32-bit FNV-1a, written the same way in the server twin (ES5, no BigInt).
function fnv1a(text: string, seed: number): number {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 16777619) >>> 0;
	}
	return hash >>> 0;
}

function base36(value: number): string {
	return ('0000000' + value.toString(36)).slice(-7);
}

/**
 * The id of the record answering `question` for `commune` in `campaign`: the same on every
 * device, so two élus answering the same question write the same record (the latest wins) and
 * never two rows. `n` + two 7-character hashes: 15 characters of [a-z0-9], as every record id.
 */
export function censusAnswerId(campaign: string, commune: string, question: string): string {
	const key = `${campaign}/${commune}/${question}`;
	return 'n' + base36(fnv1a(key, 2166136261)) + base36(fnv1a(key, 374761393));
}

/** A need of a commune, with its priority (1 to 3). */
export interface CommuneNeed {
	theme: ImpactTheme;
	priority: number;
	note: string;
}

/** What the answers of one commune say, for one campaign. */
export interface CommuneCensus {
	commune: string;
	campaign: string;
	profile: Profile | null;
	/** Needs with a priority of 1 or more, most urgent first. */
	needs: CommuneNeed[];
	offers: { kind: OfferKind; text: string }[];
	constraints: { kind: ConstraintKind; level: number; note: string }[];
	/** How many questions have an answer. */
	answered: number;
}

/** Reads the stored answers of one commune and campaign (rows that do not read are skipped). */
export function readCommuneCensus(
	commune: string,
	campaign: string,
	rows: readonly Pick<CensusAnswerData, 'campaign' | 'commune' | 'question' | 'answer'>[]
): CommuneCensus {
	const census: CommuneCensus = {
		commune,
		campaign,
		profile: null,
		needs: [],
		offers: [],
		constraints: [],
		answered: 0
	};
	for (const row of rows) {
		if (row.commune !== commune || row.campaign !== campaign) continue;
		if (invalidAnswer(row.question, row.answer)) continue;
		census.answered++;
		const answer = row.answer as unknown as Record<string, unknown>;
		const [kind, rest] = [
			row.question.split('-')[0],
			row.question.slice(row.question.indexOf('-') + 1)
		];
		if (row.question === 'profile') census.profile = answer.profile as Profile;
		else if (kind === 'need' && isImpactTheme(rest) && (answer.priority as number) > 0) {
			census.needs.push({
				theme: rest,
				priority: answer.priority as number,
				note: answer.note as string
			});
		} else if (kind === 'offer' && (answer.text as string).trim() !== '') {
			census.offers.push({ kind: rest as OfferKind, text: answer.text as string });
		} else if (kind === 'constraint' && (answer.level as number) > 0) {
			census.constraints.push({
				kind: rest as ConstraintKind,
				level: answer.level as number,
				note: answer.note as string
			});
		}
	}
	census.needs.sort(
		(a, b) =>
			b.priority - a.priority || IMPACT_THEMES.indexOf(a.theme) - IMPACT_THEMES.indexOf(b.theme)
	);
	return census;
}
