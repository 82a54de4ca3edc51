// A collective board kept in one Yjs document (one per session × activity), so that two tablets
// that filled it offline merge without conflicts, through the sync engine or a `.collabactons`
// file, like a project canvas. Owns the document's layout: map `board` (title, kind, session,
// activity, dots per voter) and maps `columns`, `cards`, `groups`, `votes` of Y.Maps keyed by
// client ids, merged field by field. Checks nothing a user typed (domain/board does, before);
// never talks to the network.
import * as Y from 'yjs';
import { newId } from '$lib/domain/sync/ids';
import {
	BOARD_KINDS,
	CARD_COLOURS,
	DEFAULT_DOTS_PER_VOTER,
	type BoardCard,
	type BoardKind,
	type BoardSnapshot,
	type CardColour
} from '../domain/board';

type Fields = Y.Map<unknown>;

const maps = (doc: Y.Doc) => ({
	board: doc.getMap<unknown>('board'),
	columns: doc.getMap<Fields>('columns'),
	cards: doc.getMap<Fields>('cards'),
	groups: doc.getMap<Fields>('groups'),
	votes: doc.getMap<Fields>('votes')
});

function fieldsOf(values: Record<string, unknown>): Fields {
	const fields = new Y.Map<unknown>();
	for (const [key, value] of Object.entries(values)) fields.set(key, value);
	return fields;
}

const str = (map: Fields, key: string) => {
	const value = map.get(key);
	return typeof value === 'string' ? value : '';
};
const num = (map: Fields, key: string) => {
	const value = map.get(key);
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

/** What a new board is made of. */
export interface BoardInit {
	session: string;
	activity: string;
	title: string;
	kind: BoardKind;
	columns: readonly string[];
}

/**
 * Gives an empty board its title and columns. Idempotent across tablets: the columns' ids are
 * derived from their position, so two tablets that each set up the same board offline end with
 * one set of columns, not two.
 */
export function initBoard(doc: Y.Doc, init: BoardInit): void {
	const { board, columns } = maps(doc);
	if (board.get('kind')) return;
	doc.transact(() => {
		board.set('session', init.session);
		board.set('activity', init.activity);
		board.set('title', init.title);
		board.set('kind', init.kind);
		board.set('dotsPerVoter', DEFAULT_DOTS_PER_VOTER);
		init.columns.forEach((title, index) => {
			columns.set(`col${index}`, fieldsOf({ title, order: index }));
		});
	});
}

/** A Y.Map's entries by key: the same order on every replica (insertion order is not). */
const byKey = (map: Y.Map<Fields>) =>
	[...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The board as plain data (fields of another version that do not read are skipped). */
export function readBoard(doc: Y.Doc): BoardSnapshot {
	const { board, columns, cards, groups, votes } = maps(doc);
	const kind = board.get('kind');
	const dots = board.get('dotsPerVoter');
	return {
		title: typeof board.get('title') === 'string' ? (board.get('title') as string) : '',
		kind: (BOARD_KINDS as readonly unknown[]).includes(kind) ? (kind as BoardKind) : 'ideas',
		dotsPerVoter:
			typeof dots === 'number' && Number.isInteger(dots) && dots > 0
				? dots
				: DEFAULT_DOTS_PER_VOTER,
		columns: byKey(columns).map(([id, c]) => ({
			id,
			title: str(c, 'title'),
			order: num(c, 'order')
		})),
		cards: byKey(cards)
			.map(([id, c]): BoardCard => {
				const colour = c.get('colour');
				return {
					id,
					column: str(c, 'column'),
					text: str(c, 'text'),
					colour: (CARD_COLOURS as readonly unknown[]).includes(colour)
						? (colour as CardColour)
						: 'jaune',
					author: str(c, 'author'),
					order: num(c, 'order'),
					group: str(c, 'group'),
					createdAt: num(c, 'createdAt')
				};
			})
			.filter((card) => columns.has(card.column)),
		groups: byKey(groups).map(([id, g]) => ({ id, title: str(g, 'title') })),
		votes: byKey(votes)
			.map(([id, v]) => ({ id, card: str(v, 'card'), voter: str(v, 'voter'), at: num(v, 'at') }))
			.filter((vote) => cards.has(vote.card) && vote.voter !== '')
	};
}

/** Adds a card (its text already checked); returns its id. */
export function addCard(
	doc: Y.Doc,
	card: { column: string; text: string; colour: CardColour; author: string; order: number },
	now = Date.now()
): string {
	const id = newId();
	maps(doc).cards.set(id, fieldsOf({ ...card, group: '', createdAt: now }));
	return id;
}

/** Changes some fields of a card (moving it is setting `column` and `order`). */
export function updateCard(
	doc: Y.Doc,
	id: string,
	fields: Partial<Pick<BoardCard, 'column' | 'order' | 'text' | 'colour' | 'group'>>
): void {
	const card = maps(doc).cards.get(id);
	if (!card) return;
	doc.transact(() => {
		for (const [key, value] of Object.entries(fields)) card.set(key, value);
	});
}

/** Removes a card and the dots on it. */
export function removeCard(doc: Y.Doc, id: string): void {
	const { cards, votes } = maps(doc);
	doc.transact(() => {
		cards.delete(id);
		for (const [voteId, vote] of votes.entries()) if (vote.get('card') === id) votes.delete(voteId);
	});
}

/** Adds a column at the end; returns its id. */
export function addColumn(doc: Y.Doc, title: string, order: number): string {
	const id = newId();
	maps(doc).columns.set(id, fieldsOf({ title, order }));
	return id;
}

/** Renames a column. */
export function renameColumn(doc: Y.Doc, id: string, title: string): void {
	maps(doc).columns.get(id)?.set('title', title);
}

/** Creates a group (a family of ideas) and puts `cards` in it; returns its id. */
export function groupCards(doc: Y.Doc, title: string, cards: readonly string[]): string {
	const id = newId();
	const all = maps(doc);
	doc.transact(() => {
		all.groups.set(id, fieldsOf({ title }));
		for (const card of cards) all.cards.get(card)?.set('group', id);
	});
	return id;
}

/** Places one dot of `voter` on `card` (the limits are checked before, and again when read). */
export function addVote(doc: Y.Doc, card: string, voter: string, now = Date.now()): string {
	const id = newId();
	maps(doc).votes.set(id, fieldsOf({ card, voter, at: now }));
	return id;
}

/** Takes back the last dot `voter` put on `card`. */
export function removeVote(doc: Y.Doc, card: string, voter: string): void {
	const { votes } = maps(doc);
	const mine = [...votes.entries()]
		.filter(([, v]) => v.get('card') === card && v.get('voter') === voter)
		.sort(([, a], [, b]) => num(b, 'at') - num(a, 'at'));
	if (mine[0]) votes.delete(mine[0][0]);
}

/** Sets the dots each participant has (the guide: three, five past thirty ideas). */
export function setDotsPerVoter(doc: Y.Doc, dots: number): void {
	maps(doc).board.set('dotsPerVoter', dots);
}

/** Calls `listener` after every change of the board, from here or merged; returns the stop. */
export function observeBoard(doc: Y.Doc, listener: () => void): () => void {
	doc.on('update', listener);
	return () => doc.off('update', listener);
}
