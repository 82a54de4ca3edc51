// Collective boards (issue 12) through POST /api/collab/sync against the real PocketBase of the
// test setup: a board is a Yjs document of type `board` whose scope is its training session.
// Its facilitators (owner and co-facilitators) push and pull it; another facilitator, the élus of
// the session's commune and a session the server does not know are refused; a session planned
// offline reaches the server in the same request as its first board; a replay stores nothing.
import PocketBase from 'pocketbase';
import * as Y from 'yjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeBase85, encodeBase85 } from '../../src/lib/domain/sync/base85';
import { boardDocId } from '../../src/lib/features/boards/domain/board';
import { createUser, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, opId, randomId } from '../helpers/ids';
import { pullAll, sync } from '../helpers/sync';
import { sessionData } from '../helpers/sessions';
import { DEMO_BOARD_ACTIVITY, demoBoardId } from '../../scripts/seed/demo-boards.mjs';
import { DEMO_SESSIONS } from '../../scripts/seed/demo-sessions.mjs';

const url = inject('pbUrl');

let owner: PocketBase;
let co: PocketBase;
let other: PocketBase;
let maire: PocketBase;
const session = randomId();
let board = '';

/** A Yjs update writing one card on a board. */
function cardUpdate(text: string): string {
	const doc = new Y.Doc();
	doc.getMap('cards').set(randomId(), new Y.Map([['text', text]]));
	return encodeBase85(Y.encodeStateAsUpdate(doc));
}

const boardOp = (text: string, scope = session, doc = board) => ({
	id: opId(),
	doc,
	type: 'board',
	commune: scope,
	update: cardUpdate(text)
});

beforeAll(async () => {
	// A facilitator of their own: the demo facilitator's sessions are counted by other specs.
	owner = await createUser(url, { email: 'animateur.tableaux@example.fr', role: 'facilitateur' });
	maire = await userClient(url, DEMO.maire);
	co = await createUser(url, { email: 'co.tableaux@example.fr', role: 'facilitateur' });
	other = await createUser(url, { email: 'autre.tableaux@example.fr', role: 'facilitateur' });
	board = await boardDocId(session, 'ic-2-brainstorming');
});

describe('collective boards through sync', () => {
	it('accepts a session planned offline and its first board in one request', async () => {
		const first = boardOp('Une navette le samedi');
		const response = await sync(owner, {
			device: 'd-owner',
			ops: [first],
			records: [
				{
					collection: 'training_sessions',
					id: session,
					rev: nextRev(),
					data: sessionData({ co_facilitators: [co.authStore.record!.id] })
				}
			]
		});
		expect(response.rejected).toEqual([]);
		expect(response.accepted).toEqual([first.id]);
		// A replay is accepted again and stores nothing.
		const replay = await sync(owner, { device: 'd-owner', ops: [first] });
		expect(replay.accepted).toEqual([first.id]);
		const pulled = await pullAll(co, 'd-co');
		expect(pulled.changes.filter((c) => c.doc === board)).toHaveLength(1);
	});

	it('lets the co-facilitator write and read it, with the session as its scope', async () => {
		const op = boardOp('Un jardin partagé');
		const response = await sync(co, { device: 'd-co', ops: [op] });
		expect(response.rejected).toEqual([]);
		const pulled = await pullAll(owner, 'd-owner-2');
		const changes = pulled.changes.filter((c) => c.doc === board);
		expect(changes.map((c) => [c.type, c.commune])).toEqual([
			['board', session],
			['board', session]
		]);
		const doc = new Y.Doc();
		for (const change of changes) Y.applyUpdate(doc, decodeBase85(change.update));
		const texts = [...doc.getMap<Y.Map<string>>('cards').values()].map((c) => c.get('text'));
		expect(texts.sort()).toEqual(['Un jardin partagé', 'Une navette le samedi']);
	});

	it('refuses another facilitator and the élus of the commune, who pull nothing of it', async () => {
		for (const [client, device] of [
			[other, 'd-other'],
			[maire, 'd-maire']
		] as const) {
			const op = boardOp('Intrus');
			const response = await sync(client, { device, ops: [op] });
			expect(response.accepted).toEqual([]);
			expect(response.rejected).toEqual([
				expect.objectContaining({ id: op.id, status: 403, code: 'forbidden' })
			]);
			expect(response.rejected[0]!.reason).toMatch(/animateurs de la session/);
			const pulled = await pullAll(client, device);
			expect(pulled.changes.filter((c) => c.type === 'board')).toEqual([]);
			await expect(client.collection('docs').getOne(board)).rejects.toMatchObject({
				status: 404
			});
		}
	});

	it('refuses a board of a session the server does not know, in French', async () => {
		const unknown = randomId();
		const op = boardOp('Perdu', unknown, await boardDocId(unknown, 'ic-2-gommettes'));
		const response = await sync(owner, { device: 'd-owner', ops: [op] });
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: op.id, status: 403, code: 'forbidden' })
		]);
		expect(response.rejected[0]!.reason).toMatch(/synchronisez d’abord la session/);
	});

	it('never turns a board into a project, nor a project into a board', async () => {
		const op = { ...boardOp('x'), type: 'project', commune: session };
		const response = await sync(owner, { device: 'd-owner', ops: [op] });
		expect(response.rejected).toEqual([
			expect.objectContaining({ id: op.id, status: 409, code: 'immutable' })
		]);
	});

	it('holds the demo facilitator’s filled board of the past demo session, for them only', async () => {
		const id = await boardDocId(DEMO_SESSIONS.past, DEMO_BOARD_ACTIVITY);
		expect(demoBoardId(DEMO_SESSIONS.past, DEMO_BOARD_ACTIVITY)).toBe(id);
		const demo = await userClient(url, DEMO.facilitateur);
		const pulled = await pullAll(demo, 'd-demo-board');
		const changes = pulled.changes.filter((c) => c.doc === id);
		expect(changes.map((c) => c.commune)).toEqual([DEMO_SESSIONS.past]);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, decodeBase85(changes[0]!.update));
		expect(doc.getMap('cards').size).toBe(5);
		expect(doc.getMap('votes').size).toBe(9);
		expect((await pullAll(maire, 'd-maire-demo')).changes.filter((c) => c.doc === id)).toEqual([]);
	});
});
