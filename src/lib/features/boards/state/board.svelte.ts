// One collective board on screen: its document opened for the session's activity, what it
// shows (columns, cards, groups, counted dots), and the facilitator's and participants'
// actions, each checked first (a refused one changes nothing and says why) and then written to
// the document, which saves it on the device and queues it for sync. Never renders; never
// reaches Yjs or storage but through local/.
import type { LocalDoc } from '$lib/local/docs';
import { syncState } from '$lib/state/sync.svelte';
import {
	boardLayout,
	canVote,
	checkCardText,
	checkTitle,
	cleanInitials,
	dotsLeft,
	MAX_COLUMNS,
	orderBetween,
	tally,
	type BoardKind,
	type BoardSnapshot,
	type CardColour,
	type TextProblem,
	type VoteProblem
} from '../domain/board';
import {
	addCard,
	addColumn,
	addVote,
	groupCards,
	observeBoard,
	readBoard,
	removeCard,
	removeVote,
	renameColumn,
	setDotsPerVoter,
	updateCard
} from '../local/board-doc';
import { acquireBoard } from '../local/boards';
import type { LocalStore } from '$lib/local/store';

/** Why the last action was refused (a message key of `boards.problems`), null when it was not. */
export type BoardProblem = TextProblem | VoteProblem | 'tooManyColumns' | 'noInitials';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export class BoardState {
	board = $state.raw<BoardSnapshot | null>(null);
	problem = $state<BoardProblem | null>(null);
	saveStatus = $state<SaveStatus>('idle');
	/** Who writes and votes on this tablet now (initials), kept while the tablet passes round. */
	voter = $state('');
	readonly layout = $derived(this.board ? boardLayout(this.board) : []);
	readonly #counts = $derived(this.board ? tally(this.board) : null);
	readonly left = $derived(this.board && this.voter ? dotsLeft(this.board, this.voter) : 0);

	readonly session: string;
	readonly activity: string;
	readonly title: string;
	readonly kind: BoardKind;
	readonly columns: readonly string[];
	#local: LocalDoc | null = null;
	#stop: (() => void) | undefined;
	#store: () => Promise<LocalStore>;

	constructor(
		init: {
			session: string;
			activity: string;
			title: string;
			kind: BoardKind;
			columns: readonly string[];
		},
		store: () => Promise<LocalStore> = () => syncState.ready()
	) {
		this.session = init.session;
		this.activity = init.activity;
		this.title = init.title;
		this.kind = init.kind;
		this.columns = init.columns;
		this.#store = store;
	}

	/** Opens the board's document (creating it on first use) and follows its changes. */
	async open(): Promise<void> {
		const local = await acquireBoard(await this.#store(), {
			session: this.session,
			activity: this.activity,
			title: this.title,
			kind: this.kind,
			columns: this.columns
		});
		this.#local = local;
		this.board = readBoard(local.doc);
		this.#stop = observeBoard(local.doc, () => {
			this.board = readBoard(local.doc);
		});
	}

	/** Releases the document. */
	async close(): Promise<void> {
		this.#stop?.();
		const local = this.#local;
		this.#local = null;
		await local?.release();
	}

	/** Sets who writes and votes now; refuses initials that hold no letter. */
	setVoter(text: string): boolean {
		const initials = cleanInitials(text);
		if (!initials) {
			this.problem = 'noInitials';
			return false;
		}
		this.voter = initials;
		this.problem = null;
		return true;
	}

	/** Adds a card at the end of `column`; false (with `problem`) when refused. */
	async addCard(column: string, text: string, colour: CardColour): Promise<boolean> {
		const checked = checkCardText(text);
		if ('problem' in checked) return this.#refuse(checked.problem);
		if (!this.voter) return this.#refuse('noInitials');
		const cards = this.layout.find((l) => l.column.id === column)?.cards ?? [];
		const order = orderBetween(cards.at(-1)?.order);
		return this.#write((doc) => {
			addCard(doc, { column, text: checked.text, colour, author: this.voter, order });
		});
	}

	/** Changes a card's text. */
	async editCard(card: string, text: string): Promise<boolean> {
		const checked = checkCardText(text);
		if ('problem' in checked) return this.#refuse(checked.problem);
		return this.#write((doc) => updateCard(doc, card, { text: checked.text }));
	}

	/** Moves a card to the end of another column (touch-friendly: a button, not a drag). */
	async moveToColumn(card: string, column: string): Promise<boolean> {
		const cards = this.layout.find((l) => l.column.id === column)?.cards ?? [];
		const order = orderBetween(cards.at(-1)?.order);
		return this.#write((doc) => updateCard(doc, card, { column, order }));
	}

	/** Moves a card one place up (-1) or down (+1) in its column. */
	async shift(card: string, by: -1 | 1): Promise<boolean> {
		const column = this.layout.find((l) => l.cards.some((c) => c.id === card));
		if (!column) return false;
		const cards = column.cards;
		const index = cards.findIndex((c) => c.id === card);
		const target = index + by;
		if (target < 0 || target >= cards.length) return false;
		const [before, after] =
			by < 0 ? [cards[target - 1], cards[target]] : [cards[target], cards[target + 1]];
		const order = orderBetween(before?.order, after?.order);
		// Cards of another group do not mix with this one: moving past one takes its group.
		return this.#write((doc) => updateCard(doc, card, { order, group: cards[target]!.group }));
	}

	async removeCard(card: string): Promise<boolean> {
		return this.#write((doc) => removeCard(doc, card));
	}

	/** Gathers `cards` in a new group titled `title` (a family of ideas). */
	async group(title: string, cards: readonly string[]): Promise<boolean> {
		const checked = checkTitle(title);
		if ('problem' in checked) return this.#refuse(checked.problem);
		if (!cards.length) return false;
		return this.#write((doc) => {
			groupCards(doc, checked.text, cards);
		});
	}

	/** Takes a card out of its group. */
	async ungroup(card: string): Promise<boolean> {
		return this.#write((doc) => updateCard(doc, card, { group: '' }));
	}

	async addColumn(title: string): Promise<boolean> {
		const checked = checkTitle(title);
		if ('problem' in checked) return this.#refuse(checked.problem);
		if ((this.board?.columns.length ?? 0) >= MAX_COLUMNS) return this.#refuse('tooManyColumns');
		const last = this.layout.at(-1)?.column.order;
		return this.#write((doc) => {
			addColumn(doc, checked.text, orderBetween(last));
		});
	}

	async renameColumn(column: string, title: string): Promise<boolean> {
		const checked = checkTitle(title);
		if ('problem' in checked) return this.#refuse(checked.problem);
		return this.#write((doc) => renameColumn(doc, column, checked.text));
	}

	/** One dot of the current voter on `card`, within the limits. */
	async vote(card: string): Promise<boolean> {
		if (!this.board) return false;
		const allowed = canVote(this.board, this.voter, card);
		if (!allowed.ok) return this.#refuse(allowed.problem);
		return this.#write((doc) => {
			addVote(doc, card, this.voter);
		});
	}

	/** Takes back one dot of the current voter from `card`. */
	async unvote(card: string): Promise<boolean> {
		if (!this.voter) return this.#refuse('noVoter');
		return this.#write((doc) => removeVote(doc, card, this.voter));
	}

	/** Counted dots on `card`, everyone's. */
	dots(card: string): number {
		return this.#counts?.get(card) ?? 0;
	}

	/** My dots on `card`. */
	mine(card: string): number {
		if (!this.board || !this.voter) return 0;
		return this.board.votes.filter((v) => v.card === card && v.voter === this.voter).length;
	}

	async setDots(dots: number): Promise<boolean> {
		if (!Number.isInteger(dots) || dots < 1 || dots > 10) return false;
		return this.#write((doc) => setDotsPerVoter(doc, dots));
	}

	#refuse(problem: BoardProblem): false {
		this.problem = problem;
		return false;
	}

	async #write(change: (doc: LocalDoc['doc']) => void): Promise<boolean> {
		const local = this.#local;
		if (!local) return false;
		this.problem = null;
		this.saveStatus = 'saving';
		change(local.doc);
		try {
			await local.whenSaved();
			this.saveStatus = 'saved';
			return true;
		} catch (error) {
			console.error('the board could not be saved', error);
			this.saveStatus = 'failed';
			return false;
		}
	}
}
