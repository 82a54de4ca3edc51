// A session's board through the app's own sync engine and the real route, on simulated tablets
// (fake-indexeddb): the facilitator and the co-facilitator each set up the same board offline,
// write on it, and after one cycle each (plus one to pull the other's) both tablets hold the
// same board. Another facilitator's tablet keeps its card, refused by the server with a French
// reason and shown as such, never silently dropped.
import { describe, expect, inject, it } from 'vitest';
import { boardDocId, DEFAULT_COLUMNS } from '../../src/lib/features/boards/domain/board';
import {
	addCard,
	addVote,
	readBoard,
	type BoardInit
} from '../../src/lib/features/boards/local/board-doc';
import { acquireBoard } from '../../src/lib/features/boards/local/boards';
import type { LocalStore } from '../../src/lib/local/store';
import { simulatedDevices } from '../helpers/devices';
import { randomId } from '../helpers/ids';
import { createUser } from '../helpers/pocketbase';
import { push, sessionData } from '../helpers/sessions';

const url = inject('pbUrl');
const device = simulatedDevices();

async function write(store: LocalStore, init: BoardInit, text: string, voter: string) {
	const board = await acquireBoard(store, init);
	const card = addCard(board.doc, {
		column: 'col0',
		text,
		colour: 'vert',
		author: voter,
		order: 1
	});
	addVote(board.doc, card, voter);
	await board.whenSaved();
	await board.release();
}

async function read(store: LocalStore, init: BoardInit) {
	const board = await acquireBoard(store, init);
	const snapshot = readBoard(board.doc);
	await board.release();
	return snapshot;
}

describe('a session board through the sync engine', () => {
	it('merges the two facilitators’ tablets and refuses a stranger’s, visibly', async () => {
		// A facilitator of their own: the demo facilitator's sessions are counted by other specs.
		const owner = await createUser(url, {
			email: 'animateur.moteur@example.fr',
			role: 'facilitateur'
		});
		const co = await createUser(url, { email: 'co.moteur@example.fr', role: 'facilitateur' });
		const stranger = await createUser(url, {
			email: 'intrus.moteur@example.fr',
			role: 'facilitateur'
		});
		const session = randomId();
		const planned = await push(owner, [
			{
				collection: 'training_sessions',
				id: session,
				data: sessionData({ co_facilitators: [co.authStore.record!.id] })
			}
		]);
		expect(planned.rejected).toEqual([]);
		const init: BoardInit = {
			session,
			activity: 'ic-3-world-cafe',
			title: 'World café',
			kind: 'cafe',
			columns: DEFAULT_COLUMNS.cafe
		};

		const a = await device(owner);
		const b = await device(co);
		const c = await device(stranger);
		await write(a.store, init, 'Une halle couverte', 'CM');
		await write(b.store, init, 'Des bancs à l’ombre', 'PD');
		await write(c.store, init, 'Intrusion', 'XX');

		expect((await a.engine.cycle()).status).toBe('ok');
		expect((await b.engine.cycle()).status).toBe('ok');
		expect((await a.engine.cycle()).status).toBe('ok');
		const onA = await read(a.store, init);
		const onB = await read(b.store, init);
		expect(onA).toEqual(onB);
		expect(onA.cards.map((card) => card.text).sort()).toEqual([
			'Des bancs à l’ombre',
			'Une halle couverte'
		]);
		expect(onA.columns).toHaveLength(DEFAULT_COLUMNS.cafe.length);
		expect(onA.votes).toHaveLength(2);

		const refused = await c.engine.cycle();
		expect(refused.rejected).toBe(1);
		// The board's setup and the card: two updates, sent as one op, both kept as refused.
		const entries = await c.store.db.outbox.toArray();
		const board = await boardDocId(session, init.activity);
		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) {
			expect([entry.docId, entry.state, entry.status]).toEqual([board, 'rejected', 403]);
		}
		expect(entries[0]!.reason).toMatch(/animateurs de la session/);
		expect((await read(c.store, init)).cards.map((card) => card.text)).toEqual(['Intrusion']);
	});
});
