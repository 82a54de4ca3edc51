// Collective boards of a session's activities (brainstorming, world café, dot voting, consent
// round, retrospective): one Yjs document per session × activity, with columns, cards (text,
// colour, author's initials), moves by buttons (touch and keyboard alike), families of ideas,
// dot votes limited per participant, merged across tablets by the sync engine or a file like a
// project canvas, exported as an image or a PDF page for the session's report.
// This entry (state, domain) is what routes and other features' state may use; screens take the
// components from `components.ts`.
//
// Layout: domain/ (kinds, rules of cards and votes — pure), local/ (the board's Yjs document,
// opening it in the user's registry), state/ (one board on screen), components/ (the board,
// its export).
export {
	BOARD_KINDS,
	CARD_COLOURS,
	DEFAULT_COLUMNS,
	MAX_CARD_CHARS,
	boardKindOf,
	type BoardKind,
	type BoardSnapshot,
	type CardColour
} from './domain/board';
export { BoardState, type BoardProblem } from './state/board.svelte';
