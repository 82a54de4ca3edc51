// Editing a post of the learning network through POST /api/collab/sync, against the real
// PocketBase of the test setup: its author changes a thread's title, text and mentions and a
// reply's text and mentions; a replay of what is stored changes nothing; another élu cannot edit
// it; a thread never moves to another space, a reply never to another thread.
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, DEMO, userClient } from '../helpers/pocketbase';
import { nextRev, randomId } from '../helpers/ids';
import { sync } from '../helpers/sync';

const url = inject('pbUrl');

let admin: PocketBase;
let maire: PocketBase;
let adjoint: PocketBase;

function post(pb: PocketBase, id: string, data: Record<string, unknown>, collection: string) {
	return sync(pb, {
		device: `d-${randomId(6)}`,
		records: [{ collection, id, rev: nextRev(), data }]
	});
}

beforeAll(async () => {
	admin = await adminClient(url);
	maire = await userClient(url, DEMO.maire);
	adjoint = await userClient(url, DEMO.adjoint);
});

describe('editing a post', () => {
	it('lets the author edit a thread; a replay changes nothing; others get 403; no other space', async () => {
		const id = randomId();
		const thread = { space_kind: 'national', space_code: '', title: 'Cantine', body: 'Bio ?' };
		expect((await post(maire, id, { ...thread, mentions: [] }, 'discussions')).rejected).toEqual(
			[]
		);
		const edited = {
			...thread,
			title: 'Cantine bio',
			body: 'Vos fournisseurs ?',
			mentions: ['11069']
		};
		expect((await post(maire, id, edited, 'discussions')).rejected).toEqual([]);
		const stored = await admin.collection('discussions').getOne(id);
		expect([stored.title, stored.body, stored.mentions]).toEqual([
			'Cantine bio',
			'Vos fournisseurs ?',
			['11069']
		]);
		const replay = await post(maire, id, edited, 'discussions');
		expect(replay.rejected).toEqual([]);
		expect((await admin.collection('discussions').getOne(id)).seq).toBe(stored.seq);

		const other = await post(adjoint, id, { ...edited, body: 'Autre' }, 'discussions');
		expect(other.rejected[0]).toMatchObject({ status: 403 });
		expect(other.rejected[0]!.reason).toMatch(/Seul son auteur/);
		const moved = await post(
			maire,
			id,
			{ ...edited, space_kind: 'departement', space_code: '11' },
			'discussions'
		);
		expect(moved.rejected[0]).toMatchObject({ status: 409, code: 'immutable' });
		expect((await admin.collection('discussions').getOne(id)).body).toBe('Vos fournisseurs ?');
	});

	it('lets the author edit a reply’s text and mentions, never move it to another thread', async () => {
		const first = randomId();
		const second = randomId();
		for (const id of [first, second]) {
			const thread = {
				space_kind: 'national',
				space_code: '',
				title: 'Fil',
				body: '',
				mentions: []
			};
			expect((await post(maire, id, thread, 'discussions')).rejected).toEqual([]);
		}
		const reply = randomId();
		const data = { parent_kind: 'discussion', parent: first, body: 'Oui', mentions: [] };
		expect((await post(adjoint, reply, data, 'comments')).rejected).toEqual([]);
		const edited = { ...data, body: 'Oui, avec Carcassonne', mentions: ['11069'] };
		expect((await post(adjoint, reply, edited, 'comments')).rejected).toEqual([]);
		const stored = await admin.collection('comments').getOne(reply);
		expect([stored.body, stored.mentions, stored.parent]).toEqual([
			'Oui, avec Carcassonne',
			['11069'],
			first
		]);
		const moved = await post(adjoint, reply, { ...edited, parent: second }, 'comments');
		expect(moved.rejected[0]).toMatchObject({ status: 409, code: 'immutable' });
		const other = await post(maire, reply, { ...edited, body: 'Non' }, 'comments');
		expect(other.rejected[0]).toMatchObject({ status: 403 });
		expect((await admin.collection('comments').getOne(reply)).body).toBe('Oui, avec Carcassonne');
	});
});
