// The demo world's filled collective board: the dot-voting board of the past demo session
// (module ic-2), pushed as the demo facilitator's tablet would, through POST /api/collab/sync,
// after the session itself (demo-sessions.mjs). Ideas of the participants, grouped in families,
// with their dots. Fixed client id, card ids, times and op id: seeding again is a replay that
// stores nothing.
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { encodeZ85, pushSync, signInDemo } from './demo-client.mjs';

const FACILITATOR = 'facilitateur.demo@collabactons.fr';
export const DEMO_BOARD_ACTIVITY = 'ic-2-gommettes';
const OP_ID = 'op-demo-board-ic2-gommettes-1';

/**
 * The board id of `activity` in `session`, as src/lib/features/boards/domain/board.ts derives it
 * (tests/server/boards.spec.ts compares the two).
 * @param {string} session @param {string} activity
 */
export function demoBoardId(session, activity) {
	const bytes = createHash('sha256').update(`board/${session}/${activity}`).digest();
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	return [...bytes.subarray(0, 15)].map((b) => alphabet[b % 36]).join('');
}

const COLUMNS = ['Idées à départager', 'Retenues'];
/** [id, column, text, colour, author, group, dots by voter] */
const CARDS = [
	[
		'demoboardcard01',
		'col1',
		'Une navette vers le marché de Lézignan',
		'jaune',
		'CM',
		'f1',
		['CM', 'JA', 'MF']
	],
	['demoboardcard02', 'col0', 'Covoiturage affiché à la mairie', 'jaune', 'JA', 'f1', ['FM']],
	[
		'demoboardcard03',
		'col1',
		'Un composteur partagé par quartier',
		'vert',
		'MF',
		'f2',
		['CM', 'IG', 'FM']
	],
	['demoboardcard04', 'col0', 'Broyer les sarments ensemble', 'vert', 'IG', 'f2', ['JA']],
	['demoboardcard05', 'col0', 'Une fête des voisins au printemps', 'rose', 'FM', '', ['IG']]
];
const FAMILIES = [
	['f1', 'Se déplacer sans voiture'],
	['f2', 'Moins de déchets verts']
];

/**
 * The board's whole state as one Yjs update (the same bytes at every run).
 * @param {string} session
 */
function boardUpdate(session) {
	const doc = new Y.Doc();
	doc.clientID = 1118503;
	doc.transact(() => {
		const board = doc.getMap('board');
		board.set('session', session);
		board.set('activity', DEMO_BOARD_ACTIVITY);
		board.set('title', 'Vote par gommettes');
		board.set('kind', 'dots');
		board.set('dotsPerVoter', 3);
		const columns = doc.getMap('columns');
		COLUMNS.forEach((title, order) =>
			columns.set(
				`col${order}`,
				new Y.Map([
					['title', title],
					['order', order]
				])
			)
		);
		const groups = doc.getMap('groups');
		for (const [id, title] of FAMILIES)
			groups.set(`demoboardfam${id}0`, new Y.Map([['title', title]]));
		const cards = doc.getMap('cards');
		const votes = doc.getMap('votes');
		let at = Date.UTC(2026, 10, 5, 15, 0);
		CARDS.forEach(([id, column, text, colour, author, group, voters], order) => {
			cards.set(
				String(id),
				new Y.Map(
					Object.entries({
						column,
						text,
						colour,
						author,
						order,
						group: group ? `demoboardfam${group}0` : '',
						createdAt: at
					})
				)
			);
			for (const voter of /** @type {string[]} */ (voters)) {
				at += 1000;
				votes.set(
					`v${String(id).slice(-2)}${voter}`.padEnd(15, '0').toLowerCase(),
					new Y.Map(Object.entries({ card: id, voter, at }))
				);
			}
		});
	});
	return Y.encodeStateAsUpdate(doc);
}

/**
 * Pushes the filled board of the past demo session `session` as the demo facilitator.
 * @param {string} url the server
 * @param {string} session the past demo session's id
 * @returns {Promise<string>} the board's id
 */
export async function pushDemoBoard(url, session) {
	const pb = await signInDemo(url, FACILITATOR);
	const id = demoBoardId(session, DEMO_BOARD_ACTIVITY);
	await pushSync(pb, 'seed-demo-boards', 'demo board', {
		ops: [
			{
				id: OP_ID,
				doc: id,
				type: 'board',
				commune: session,
				update: encodeZ85(boardUpdate(session))
			}
		]
	});
	return id;
}
