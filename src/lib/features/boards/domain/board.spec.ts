import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../../scripts/seed/content.mjs';
import {
	boardDocId,
	boardKindOf,
	boardLayout,
	canVote,
	checkCardText,
	checkTitle,
	cleanInitials,
	dotsLeft,
	MAX_CARD_CHARS,
	orderBetween,
	type BoardSnapshot
} from './board';

const board = (votes: BoardSnapshot['votes'] = []): BoardSnapshot => ({
	title: 'Vote',
	kind: 'dots',
	dotsPerVoter: 3,
	columns: [
		{ id: 'b', title: 'Retenues', order: 1 },
		{ id: 'a', title: 'Idées', order: 0 }
	],
	cards: [
		{
			id: 'c1',
			column: 'a',
			text: 'x',
			colour: 'jaune',
			author: 'CM',
			order: 2,
			group: '',
			createdAt: 1
		},
		{
			id: 'c2',
			column: 'a',
			text: 'y',
			colour: 'jaune',
			author: 'CM',
			order: 1,
			group: 'g',
			createdAt: 2
		},
		{
			id: 'c3',
			column: 'b',
			text: 'z',
			colour: 'vert',
			author: 'PD',
			order: 1,
			group: '',
			createdAt: 3
		}
	],
	groups: [{ id: 'g', title: 'Mobilité' }],
	votes
});

describe('board rules', () => {
	it('finds the board of the curriculum activities that use one', () => {
		expect(
			boardKindOf({ method: 'Vote par gommettes (dot voting, ou vote pondéré à points)' })
		).toBe('dots');
		expect(
			boardKindOf({ method: "Brainstorming (Alex Osborn) précédé d'une écriture silencieuse" })
		).toBe('ideas');
		expect(boardKindOf({ method: 'Brainwriting 6-3-5 (Bernd Rohrbach)' })).toBe('ideas');
		expect(boardKindOf({ method: 'World Café (Juanita Brown et David Isaacs)' })).toBe('cafe');
		expect(boardKindOf({ method: 'Décision par consentement (gouvernance sociocratique)' })).toBe(
			'consent'
		);
		expect(boardKindOf({ method: 'Rétrospective en quatre colonnes' })).toBe('retro');
		expect(boardKindOf({ method: 'Photolangage' })).toBeUndefined();
	});

	it('gives a board to the curriculum activities whose method is done on one, and no other', () => {
		const activities = loadContent().activities as { key: string; method: string }[];
		const withBoards = activities
			.filter((a) => boardKindOf(a))
			.map((a) => `${a.key}:${boardKindOf(a)}`)
			.sort();
		expect(withBoards).toEqual([
			'es-3-brainwriting:ideas',
			'es-3-marche-sujets:dots',
			'ic-2-brainstorming:ideas',
			'ic-2-gommettes:dots',
			'ic-3-world-cafe:cafe',
			'ic-4-consentement:consent',
			'ic-4-retrospective:retro'
		]);
	});

	it('refuses an empty card and a card past its length, in characters not bytes', () => {
		expect(checkCardText('   ')).toEqual({ problem: 'empty' });
		expect(checkCardText('x'.repeat(10_000))).toEqual({ problem: 'tooLong' });
		expect(checkCardText('é'.repeat(MAX_CARD_CHARS))).toEqual({ text: 'é'.repeat(MAX_CARD_CHARS) });
		expect(checkCardText('  Une navette le samedi ')).toEqual({ text: 'Une navette le samedi' });
		expect(checkTitle('  Mobilité   douce ')).toEqual({ text: 'Mobilité douce' });
		expect(cleanInitials(' c. m-é ')).toBe('CMÉ');
	});

	it('limits dots per participant and per card', () => {
		let votes: BoardSnapshot['votes'] = [];
		const vote = (card: string, voter = 'CM') => {
			votes = [...votes, { id: `v${votes.length}`, card, voter, at: votes.length }];
		};
		expect(canVote(board(), '', 'c1')).toEqual({ ok: false, problem: 'noVoter' });
		expect(canVote(board(), 'CM', 'nope')).toEqual({ ok: false, problem: 'noCard' });
		vote('c1');
		vote('c1');
		expect(canVote(board(votes), 'CM', 'c1')).toEqual({ ok: false, problem: 'cardFull' });
		expect(canVote(board(votes), 'CM', 'c2')).toEqual({ ok: true });
		vote('c2');
		expect(dotsLeft(board(votes), 'CM')).toBe(0);
		expect(canVote(board(votes), 'CM', 'c3')).toEqual({ ok: false, problem: 'noDotsLeft' });
		expect(canVote(board(votes), 'PD', 'c3')).toEqual({ ok: true });
	});

	it('lays out columns in order, grouped cards together', () => {
		const layout = boardLayout(board());
		expect(layout.map((l) => l.column.title)).toEqual(['Idées', 'Retenues']);
		expect(layout[0]!.cards.map((c) => c.id)).toEqual(['c1', 'c2']);
		expect(orderBetween()).toBe(1);
		expect(orderBetween(1, 2)).toBe(1.5);
		expect(orderBetween(undefined, 2)).toBe(1);
		expect(orderBetween(3)).toBe(4);
	});

	it('gives the same board id on every tablet, another for another activity', async () => {
		const id = await boardDocId('session-1', 'ic-2-brainstorming');
		expect(id).toMatch(/^[a-z0-9]{15}$/);
		expect(await boardDocId('session-1', 'ic-2-brainstorming')).toBe(id);
		expect(await boardDocId('session-1', 'ic-2-gommettes')).not.toBe(id);
	});
});
