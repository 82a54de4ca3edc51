// A collective board of a session activity (brainstorming, world café, dot voting, consent
// round, retrospective): which activities get one, their columns, the rules of a card and of
// dot votes. Pure: a board is read here as plain data (local/board-doc.ts keeps it in a Yjs
// document); no storage, no Yjs, no UI.

/** The kinds of boards, each for a family of the curriculum's methods. */
export const BOARD_KINDS = ['ideas', 'cafe', 'dots', 'consent', 'retro'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/**
 * Which board an activity of the curriculum uses, read from its method as the guide names it
 * (`Brainstorming…`, `World Café…`, `Vote par gommettes…`, `Décision par consentement…`,
 * `Rétrospective…`), or undefined when its method needs no shared board.
 */
export function boardKindOf(activity: { method: string }): BoardKind | undefined {
	const method = activity.method.toLowerCase();
	if (/gommettes|dot voting/.test(method)) return 'dots';
	if (/brainstorming|brainwriting/.test(method)) return 'ideas';
	if (/world café/.test(method)) return 'cafe';
	if (/consentement/.test(method)) return 'consent';
	if (/rétrospective/.test(method)) return 'retro';
	return undefined;
}

/** The columns a new board of `kind` starts with (the facilitator may add more). */
export const DEFAULT_COLUMNS: Record<BoardKind, readonly string[]> = {
	ideas: ['Idées', 'À approfondir', 'Mises de côté'],
	cafe: ['Table 1', 'Table 2', 'Table 3', 'Ce que la salle retient'],
	dots: ['Idées à départager', 'Retenues'],
	consent: [
		'Proposition',
		'Questions de clarification',
		'Réactions',
		'Objections',
		'Bonifications'
	],
	retro: ['Ce que j’ai aimé', 'Ce que j’ai appris', 'Ce qui m’a manqué', 'Ce que je souhaite']
};

/** Card colours, as sticky notes; each has a name for screen readers and the export. */
export const CARD_COLOURS = ['jaune', 'vert', 'bleu', 'rose', 'orange'] as const;
export type CardColour = (typeof CARD_COLOURS)[number];

/** Longest card text: a sticky note, not a report. */
export const MAX_CARD_CHARS = 280;
/** Longest column or group title. */
export const MAX_TITLE_CHARS = 80;
/** Most columns on one board. */
export const MAX_COLUMNS = 8;
/** Dot votes per participant, as the dot-voting guide says (three, five past thirty ideas). */
export const DEFAULT_DOTS_PER_VOTER = 3;
/** Most dots one participant may put on one card (the guide's rule: two at most). */
export const MAX_DOTS_PER_CARD = 2;

export interface BoardColumn {
	id: string;
	title: string;
	order: number;
}

export interface BoardCard {
	id: string;
	column: string;
	text: string;
	colour: CardColour;
	/** Initials of who wrote it (a participant, or the facilitator writing for them). */
	author: string;
	order: number;
	/** The id of the group (family of ideas) it belongs to, '' when none. */
	group: string;
	createdAt: number;
}

export interface BoardGroup {
	id: string;
	title: string;
}

export interface DotVote {
	id: string;
	card: string;
	/** Who voted: initials on a shared tablet (later a participant id). */
	voter: string;
	at: number;
}

/** A board as plain data. */
export interface BoardSnapshot {
	title: string;
	kind: BoardKind;
	dotsPerVoter: number;
	columns: BoardColumn[];
	cards: BoardCard[];
	groups: BoardGroup[];
	votes: DotVote[];
}

/** Why a text was refused, for the screen to word. */
export type TextProblem = 'empty' | 'tooLong';

/** The card text as stored (trimmed, NFC), or why it is refused. */
export function checkCardText(text: string): { text: string } | { problem: TextProblem } {
	const clean = text.normalize('NFC').trim();
	if (!clean) return { problem: 'empty' };
	if ([...clean].length > MAX_CARD_CHARS) return { problem: 'tooLong' };
	return { text: clean };
}

/** A column or group title as stored, or why it is refused. */
export function checkTitle(text: string): { text: string } | { problem: TextProblem } {
	const clean = text.normalize('NFC').trim().replace(/\s+/g, ' ');
	if (!clean) return { problem: 'empty' };
	if ([...clean].length > MAX_TITLE_CHARS) return { problem: 'tooLong' };
	return { text: clean };
}

/** Initials as stored: letters only, upper case, 1 to 4 of them; '' when none can be read. */
export function cleanInitials(text: string): string {
	return [...text.normalize('NFC').replace(/[^\p{L}]/gu, '')]
		.slice(0, 4)
		.join('')
		.toLocaleUpperCase('fr');
}

/**
 * The votes that count: two tablets may each accept a participant's last dot before they
 * merge, so the limits are applied again on the merged list, in a deterministic order (time,
 * then id) that every device computes alike — the earliest dots count, later extra ones do not.
 */
export function countedVotes(board: Pick<BoardSnapshot, 'votes' | 'dotsPerVoter'>): DotVote[] {
	const sorted = [...board.votes].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
	const perVoter = new Map<string, number>();
	const perVoterCard = new Map<string, number>();
	return sorted.filter((vote) => {
		const total = perVoter.get(vote.voter) ?? 0;
		const key = `${vote.voter}\u0000${vote.card}`;
		const onCard = perVoterCard.get(key) ?? 0;
		if (total >= board.dotsPerVoter || onCard >= MAX_DOTS_PER_CARD) return false;
		perVoter.set(vote.voter, total + 1);
		perVoterCard.set(key, onCard + 1);
		return true;
	});
}

/** Why a dot cannot be placed. */
export type VoteProblem = 'noVoter' | 'noDotsLeft' | 'cardFull' | 'noCard';

/** Whether `voter` may put one more dot on `card`. */
export function canVote(
	board: BoardSnapshot,
	voter: string,
	card: string
): { ok: true } | { ok: false; problem: VoteProblem } {
	if (!voter) return { ok: false, problem: 'noVoter' };
	if (!board.cards.some((c) => c.id === card)) return { ok: false, problem: 'noCard' };
	const mine = countedVotes(board).filter((v) => v.voter === voter);
	if (mine.length >= board.dotsPerVoter) return { ok: false, problem: 'noDotsLeft' };
	if (mine.filter((v) => v.card === card).length >= MAX_DOTS_PER_CARD) {
		return { ok: false, problem: 'cardFull' };
	}
	return { ok: true };
}

/** Dots left to `voter`. */
export function dotsLeft(board: BoardSnapshot, voter: string): number {
	return board.dotsPerVoter - countedVotes(board).filter((v) => v.voter === voter).length;
}

/** Counted dots per card id. */
export function tally(board: BoardSnapshot): Map<string, number> {
	const counts = new Map<string, number>();
	for (const vote of countedVotes(board)) counts.set(vote.card, (counts.get(vote.card) ?? 0) + 1);
	return counts;
}

/** The columns in order, each with its cards in order (grouped cards together, by group). */
export function boardLayout(board: BoardSnapshot): { column: BoardColumn; cards: BoardCard[] }[] {
	const groupOrder = new Map(
		[...board.groups].sort((a, b) => a.title.localeCompare(b.title, 'fr')).map((g, i) => [g.id, i])
	);
	return [...board.columns]
		.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
		.map((column) => ({
			column,
			cards: board.cards
				.filter((card) => card.column === column.id)
				.sort(
					(a, b) =>
						(groupOrder.get(a.group) ?? -1) - (groupOrder.get(b.group) ?? -1) ||
						a.order - b.order ||
						(a.id < b.id ? -1 : 1)
				)
		}));
}

/** An order value between two neighbours (either may be missing: the ends of a column). */
export function orderBetween(before?: number, after?: number): number {
	if (before === undefined && after === undefined) return 1;
	if (before === undefined) return after! - 1;
	if (after === undefined) return before + 1;
	return (before + after) / 2;
}

/** The id of the board of `activity` in `session`: the same on every tablet, so they merge. */
export async function boardDocId(session: string, activity: string): Promise<string> {
	const bytes = new Uint8Array(
		await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`board/${session}/${activity}`))
	);
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	return [...bytes.slice(0, 15)].map((b) => alphabet[b % 36]).join('');
}
