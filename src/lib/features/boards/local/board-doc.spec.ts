// Two tablets fill the same board offline, then exchange their updates (as the sync engine or a
// file would): both end identical, nothing lost, and the dot-vote limit holds on the merged
// board even when each tablet accepted a participant's last dot.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countedVotes, DEFAULT_COLUMNS, tally } from '../domain/board';
import {
	addCard,
	addColumn,
	addVote,
	groupCards,
	initBoard,
	readBoard,
	removeCard,
	removeVote,
	updateCard
} from './board-doc';

const init = {
	session: 's1',
	activity: 'ic-2-brainstorming',
	title: 'Brainstorming',
	kind: 'ideas' as const,
	columns: DEFAULT_COLUMNS.ideas
};

function exchange(a: Y.Doc, b: Y.Doc) {
	const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
	const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
	Y.applyUpdate(b, fromA);
	Y.applyUpdate(a, fromB);
}

describe('a board document', () => {
	it('merges two tablets that set it up and filled it offline', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		initBoard(a, init);
		initBoard(b, init);
		const first = addCard(a, {
			column: 'col0',
			text: 'Cantine',
			colour: 'jaune',
			author: 'CM',
			order: 1
		});
		const second = addCard(b, {
			column: 'col0',
			text: 'Navette',
			colour: 'vert',
			author: 'PD',
			order: 1
		});
		updateCard(b, second, { column: 'col1', order: 2 });
		addColumn(a, 'Plus tard', 10);
		exchange(a, b);
		const board = readBoard(a);
		expect(readBoard(b)).toEqual(board);
		expect(board.columns).toHaveLength(DEFAULT_COLUMNS.ideas.length + 1);
		expect(board.cards.map((c) => [c.text, c.column]).sort()).toEqual([
			['Cantine', 'col0'],
			['Navette', 'col1']
		]);
		const family = groupCards(a, 'Mobilité', [first, second]);
		exchange(a, b);
		expect(readBoard(b).cards.every((c) => c.group === family)).toBe(true);
		expect(readBoard(b).groups).toEqual([{ id: family, title: 'Mobilité' }]);
	});

	it('keeps the dot limit on the merged board, the earliest dots counting', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		initBoard(a, init);
		exchange(a, b);
		const cards = ['x', 'y', 'z'].map((text, i) =>
			addCard(a, { column: 'col0', text, colour: 'jaune', author: 'CM', order: i })
		);
		exchange(a, b);
		// Offline, each tablet lets "CM" place three dots: six in all, three may count.
		addVote(a, cards[0]!, 'CM', 1000);
		addVote(a, cards[0]!, 'CM', 1001);
		addVote(a, cards[1]!, 'CM', 1002);
		addVote(b, cards[2]!, 'CM', 999);
		addVote(b, cards[2]!, 'CM', 1003);
		addVote(b, cards[2]!, 'CM', 1004);
		exchange(a, b);
		const board = readBoard(a);
		expect(board.votes).toHaveLength(6);
		const counted = countedVotes(board);
		expect(counted.map((v) => v.at)).toEqual([999, 1000, 1001]);
		expect(tally(readBoard(b))).toEqual(tally(board));

		removeVote(a, cards[0]!, 'CM');
		removeCard(a, cards[2]!);
		exchange(a, b);
		expect(
			readBoard(b)
				.votes.map((v) => v.at)
				.sort()
		).toEqual([1000, 1002]);
	});
});
